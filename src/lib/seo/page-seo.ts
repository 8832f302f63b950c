import type { Translate } from '../../i18n/index.ts';
import { BCP47, LANGS, type Lang } from '../../i18n/config.ts';
import type { Article } from '../content/model.ts';
import { cardPathOf } from '../og/cards.ts';
import type { Crumb, PageMeta } from '../page-meta.ts';
import { PAGE_SIZE, type Route } from '../routing.ts';
import type { SiteModel } from '../site.ts';
import { lastModified, sortedCorrections } from '../corrections.ts';
import { orderEdition, editionNoteKey } from '../editions.ts';
import { editionTitle } from '../pages/edition.ts';
import { findTranslation } from '../translations.ts';
import { absoluteUrl, actorUrl, articleUrl, editionUrl, homeUrl, publisherLogoUrl, searchUrl, topicUrl } from '../urls.ts';
import type { StoryMeta } from './head-meta.ts';
import {
  buildBreadcrumbList,
  buildCollectionPage,
  buildEntity,
  buildGraph,
  buildNewsArticle,
  buildPublisher,
  buildWebSite,
  type EntityRef,
  type JsonLdNode,
  type NewsArticleInput,
} from './structured-data.ts';

/** What `Head.astro` needs beyond title and description to describe a page to machines. */
export interface PageSeo {
  /** Site path of the page's Open Graph card. */
  ogImagePath: string;
  story?: StoryMeta;
  jsonLd: JsonLdNode;
}

export interface SeoContext {
  model: SiteModel;
  t: Translate;
  site: URL;
}

/**
 * Which edition is the original: the earlier one, and on the same day the one in the site's
 * first language. The other edition is its translation.
 */
export function originalEdition(a: Article, b: Article): Article {
  if (a.date !== b.date) return a.date < b.date ? a : b;
  return LANGS.indexOf(a.lang) <= LANGS.indexOf(b.lang) ? a : b;
}

function mentionsOf(article: Article, ctx: SeoContext): EntityRef[] {
  return article.actors.flatMap((id) => {
    const actor = ctx.model.actors.get(id);
    return actor ? [{ kind: actor.kind, name: actor.name[article.lang], url: absoluteUrl(actorUrl(article.lang, id), ctx.site) }] : [];
  });
}

function storyMetaOf(article: Article, ctx: SeoContext): StoryMeta {
  return {
    published: article.date,
    modified: lastModified(article),
    section: ctx.t(`topic.${article.topic}.label`),
    tags: mentionsOf(article, ctx).map((entity) => entity.name),
  };
}

function newsArticleOf(article: Article, ogImage: string, ctx: SeoContext): JsonLdNode {
  const abs = (path: string) => absoluteUrl(path, ctx.site);
  const other = LANGS.filter((l) => l !== article.lang)
    .map((l) => findTranslation(ctx.model.pairs, article, l))
    .find((edition) => edition !== undefined);
  const input: NewsArticleInput = {
    url: abs(articleUrl(article)),
    headline: article.title,
    description: article.summary,
    datePublished: `${article.date}T12:00:00Z`,
    dateModified: `${lastModified(article)}T12:00:00Z`,
    corrections: sortedCorrections(article).map((c) => ({ text: c.note, datePublished: `${c.date}T12:00:00Z` })),
    inLanguage: BCP47[article.lang],
    images: [ogImage],
    about: { name: ctx.t(`topic.${article.topic}.label`), url: abs(topicUrl(article.lang, article.topic)) },
    mentions: mentionsOf(article, ctx),
    homeUrl: abs(homeUrl(article.lang)),
  };
  if (other) {
    input.edition = {
      relation: originalEdition(article, other) === article ? 'workTranslation' : 'translationOfWork',
      other: { url: abs(articleUrl(other)), inLanguage: BCP47[other.lang], headline: other.title },
    };
  }
  return buildNewsArticle(input);
}

/** The stories (or editions) a listing page shows, with the position of the first in the whole list. */
function listedItems(route: Route, ctx: SeoContext): { items: { name: string; path: string }[]; first: number; temporalCoverage?: string } | undefined {
  const stories = (articles: readonly Article[]) => articles.map((article) => ({ name: article.title, path: articleUrl(article) }));
  if (route.kind === 'edition') {
    const { edition } = route;
    const ordered = orderEdition(edition, ctx.model.editionNotes.get(editionNoteKey(route.lang, edition.id)));
    return { items: stories(ordered), first: 1, temporalCoverage: `${edition.start}/${edition.end}` };
  }
  if (route.kind === 'editions') {
    const items = ctx.model.editions[route.lang].map((edition) => ({ name: editionTitle(edition), path: editionUrl(route.lang, edition.week) }));
    return { items, first: 1 };
  }
  if (route.kind === 'corrections') {
    return { items: stories([...new Set(ctx.model.corrections[route.lang].map((c) => c.article))]), first: 1 };
  }
  const listed = listedArticles(route);
  return listed && { items: stories(listed.items), first: listed.first };
}

/** The stories a topic or actor page lists, with the position of the first in the whole list. */
function listedArticles(route: Route): { items: Article[]; first: number } | undefined {
  if (route.kind !== 'topic' && route.kind !== 'actor') return undefined;
  const { items, page } = route.page;
  return { items, first: (page - 1) * PAGE_SIZE[route.kind] + 1 };
}

function aboutOf(route: Route, ctx: SeoContext): JsonLdNode | undefined {
  const abs = (p: string) => absoluteUrl(p, ctx.site);
  if (route.kind === 'topic') {
    return { '@type': 'Thing', name: ctx.t(`topic.${route.topic}.label`), url: abs(topicUrl(route.lang, route.topic)) };
  }
  if (route.kind === 'actor') {
    const actor = ctx.model.actors.get(route.actorId);
    return actor ? buildEntity({ kind: actor.kind, name: actor.name[route.lang], url: abs(actorUrl(route.lang, route.actorId)) }) : undefined;
  }
  return undefined;
}

/** Head metadata and the JSON-LD graph of a routed page. */
export function describeSeo(route: Route, path: string, meta: PageMeta, ctx: SeoContext): PageSeo {
  const lang: Lang = route.lang;
  const abs = (p: string) => absoluteUrl(p, ctx.site);
  const home = abs(homeUrl(lang));
  const url = abs(path);
  const ogImagePath = cardPathOf(route);
  const nodes: JsonLdNode[] = [
    buildWebSite({
      name: ctx.t('site.name'),
      description: ctx.t('site.description'),
      inLanguage: BCP47[lang],
      url: home,
      searchUrl: abs(searchUrl(lang)),
    }),
    buildPublisher(ctx.t('site.name'), home, abs(publisherLogoUrl())),
  ];

  let story: StoryMeta | undefined;
  if (route.kind === 'article') {
    story = storyMetaOf(route.article, ctx);
    nodes.push(newsArticleOf(route.article, abs(ogImagePath), ctx));
  }
  const listing = listedItems(route, ctx);
  if (listing) {
    nodes.push(
      buildCollectionPage({
        url,
        name: meta.title,
        description: meta.description,
        inLanguage: BCP47[lang],
        homeUrl: home,
        about: aboutOf(route, ctx),
        items: listing.items.map((item) => ({ name: item.name, url: abs(item.path) })),
        firstPosition: listing.first,
        ...(listing.temporalCoverage && { temporalCoverage: listing.temporalCoverage }),
      }),
    );
  }
  if (meta.breadcrumbs.length > 0 && !meta.noindex) {
    const trail: Crumb[] = [...meta.breadcrumbs, { label: meta.title, href: path }];
    nodes.push(buildBreadcrumbList(trail.map((crumb) => ({ name: crumb.label, url: abs(crumb.href) }))));
  }
  return { ogImagePath, story, jsonLd: buildGraph(nodes) };
}

/**
 * The graph with the story's lead image after its card: the rendition's URL is known only when
 * the page renders (`getImage`), while the rest of the graph is page data.
 */
export function withLeadImage(graph: JsonLdNode, leadImageUrl: string): JsonLdNode {
  const nodes = graph['@graph'] as JsonLdNode[];
  return {
    ...graph,
    '@graph': nodes.map((node) => (node['@type'] === 'NewsArticle' ? { ...node, image: [...(node.image as string[]), leadImageUrl] } : node)),
  };
}
