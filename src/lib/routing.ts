import { LANGS, otherLang, type Lang } from '../i18n/config.ts';
import type { Article } from './content/model.ts';
import { paginate, type Page } from './listing.ts';
import type { SiteModel } from './site.ts';
import { TOPIC_IDS, type TopicId } from './topics.ts';
import type { Edition } from './editions.ts';
import { findEditionTranslation, findTranslation } from './translations.ts';
import {
  actorUrl,
  actorsUrl,
  articleUrl,
  correctionsUrl,
  editionUrl,
  editionsUrl,
  homeUrl,
  LEGAL_PAGES,
  legalUrl,
  newsroomUrl,
  notFoundUrl,
  searchUrl,
  topicUrl,
  topicsUrl,
  type LegalPage,
} from './urls.ts';

export const PAGE_SIZE = { home: 12, topic: 20, actor: 20 } as const;

export type Route =
  | { kind: 'home'; lang: Lang; page: Page<Article> }
  | { kind: 'article'; lang: Lang; article: Article }
  | { kind: 'topics'; lang: Lang }
  | { kind: 'topic'; lang: Lang; topic: TopicId; page: Page<Article> }
  | { kind: 'actors'; lang: Lang }
  | { kind: 'actor'; lang: Lang; actorId: string; page: Page<Article> }
  | { kind: 'search'; lang: Lang }
  | { kind: 'newsroom'; lang: Lang }
  | { kind: 'legal'; lang: Lang; page: LegalPage }
  | { kind: 'notFound'; lang: Lang }
  | { kind: 'editions'; lang: Lang }
  | { kind: 'edition'; lang: Lang; edition: Edition }
  | { kind: 'corrections'; lang: Lang }
  /** An old slug (`aliases` frontmatter) that leads to the story's current URL. */
  | { kind: 'alias'; lang: Lang; from: string; article: Article };

export interface RoutedPage {
  /** Path with leading and trailing slash, from the URL builder. */
  path: string;
  route: Route;
}

/** Where a route lives in a given language (same story, topic, actor, page number). */
function pathInLang(route: Route, lang: Lang, model: SiteModel): string | undefined {
  switch (route.kind) {
    case 'home':
      return pageExists(model.byLang[lang].length, PAGE_SIZE.home, route.page.page)
        ? homeUrl(lang, route.page.page)
        : undefined;
    case 'article': {
      const edition = route.lang === lang ? route.article : findTranslation(model.pairs, route.article, lang);
      return edition ? articleUrl(edition) : undefined;
    }
    case 'topics':
      return topicsUrl(lang);
    case 'topic':
      return pageExists(model.byTopic[lang][route.topic].length, PAGE_SIZE.topic, route.page.page)
        ? topicUrl(lang, route.topic, route.page.page)
        : undefined;
    case 'actors':
      return actorsUrl(lang);
    case 'actor':
      return pageExists(model.byActor[lang].get(route.actorId)?.length ?? 0, PAGE_SIZE.actor, route.page.page)
        ? actorUrl(lang, route.actorId, route.page.page)
        : undefined;
    case 'search':
      return searchUrl(lang);
    case 'newsroom':
      return newsroomUrl(lang);
    case 'legal':
      return legalUrl(lang, route.page);
    case 'notFound':
      return notFoundUrl(lang);
    case 'editions':
      return editionsUrl(lang);
    case 'edition': {
      const edition = route.lang === lang ? route.edition : findEditionTranslation(model.editionPairs, route.edition, lang);
      return edition ? editionUrl(lang, edition.week) : undefined;
    }
    case 'corrections':
      return correctionsUrl(lang);
    case 'alias':
      return lang === route.lang ? articleUrl({ lang, slug: route.from }) : undefined;
  }
}

function pageExists(count: number, pageSize: number, page: number): boolean {
  return page === 1 || page <= Math.ceil(count / pageSize);
}

/** Every language's URL of this page, only where that page exists: hreflang's source. */
export function alternatesOf(route: Route, model: SiteModel): Partial<Record<Lang, string>> {
  const result: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const path = pathInLang(route, lang, model);
    if (path) result[lang] = path;
  }
  return result;
}

export interface LanguageSwitch {
  lang: Lang;
  href: string;
  /** False when the story is not translated and the link leads to its topic instead. */
  sameContent: boolean;
}

/** The switcher's target: the same page in the other language, or the story's topic there. */
export function languageSwitchOf(route: Route, model: SiteModel): LanguageSwitch {
  const lang = otherLang(route.lang);
  const direct = pathInLang(route, lang, model);
  if (direct) return { lang, href: direct, sameContent: true };
  if (route.kind === 'article') {
    return { lang, href: `${topicUrl(lang, route.article.topic)}#${UNTRANSLATED_ANCHOR}`, sameContent: false };
  }
  const fallback =
    route.kind === 'topic'
      ? topicUrl(lang, route.topic)
      : route.kind === 'actor'
        ? actorUrl(lang, route.actorId)
        : route.kind === 'edition'
          ? editionsUrl(lang)
          : homeUrl(lang);
  return { lang, href: fallback, sameContent: false };
}

/** Fragment that reveals the "not yet translated" note on a topic page (CSS :target, no JS). */
export const UNTRANSLATED_ANCHOR = 'not-translated';

/** All pages of the site, computed once from the model. */
export function buildRoutes(model: SiteModel, options: { newsroom: boolean }): RoutedPage[] {
  const pages: RoutedPage[] = [];
  for (const lang of LANGS) {
    for (const page of paginate(model.byLang[lang], PAGE_SIZE.home)) {
      pages.push({ path: homeUrl(lang, page.page), route: { kind: 'home', lang, page } });
    }
    for (const article of model.byLang[lang]) {
      pages.push({ path: articleUrl(article), route: { kind: 'article', lang, article } });
    }
    pages.push({ path: topicsUrl(lang), route: { kind: 'topics', lang } });
    for (const topic of TOPIC_IDS) {
      for (const page of paginate(model.byTopic[lang][topic], PAGE_SIZE.topic)) {
        pages.push({ path: topicUrl(lang, topic, page.page), route: { kind: 'topic', lang, topic, page } });
      }
    }
    pages.push({ path: actorsUrl(lang), route: { kind: 'actors', lang } });
    for (const [actorId, articles] of model.byActor[lang]) {
      for (const page of paginate(articles, PAGE_SIZE.actor)) {
        pages.push({ path: actorUrl(lang, actorId, page.page), route: { kind: 'actor', lang, actorId, page } });
      }
    }
    pages.push({ path: searchUrl(lang), route: { kind: 'search', lang } });
    for (const page of LEGAL_PAGES) pages.push({ path: legalUrl(lang, page), route: { kind: 'legal', lang, page } });
    if (options.newsroom) pages.push({ path: newsroomUrl(lang), route: { kind: 'newsroom', lang } });
    pages.push({ path: notFoundUrl(lang), route: { kind: 'notFound', lang } });
    pages.push(...digestRoutes(model, lang));
  }
  assertUniquePaths(pages);
  return pages;
}

/** Editions, their archive, the corrections list and the old URLs of renamed stories. */
function digestRoutes(model: SiteModel, lang: Lang): RoutedPage[] {
  const pages: RoutedPage[] = [{ path: editionsUrl(lang), route: { kind: 'editions', lang } }];
  for (const edition of model.editions[lang]) {
    pages.push({ path: editionUrl(lang, edition.week), route: { kind: 'edition', lang, edition } });
  }
  pages.push({ path: correctionsUrl(lang), route: { kind: 'corrections', lang } });
  for (const article of model.byLang[lang]) {
    for (const from of article.aliases) {
      pages.push({ path: articleUrl({ lang, slug: from }), route: { kind: 'alias', lang, from, article } });
    }
  }
  return pages;
}

/** What made a page, for the error: the story file where there is one. */
function describeRoute(route: Route): string {
  if (route.kind === 'article') return `the story articles/${route.article.id}.mdx`;
  if (route.kind === 'alias') return `aliases: [${route.from}] of articles/${route.article.id}.mdx`;
  return `the ${route.kind} page`;
}

/** Astro would render only one of two pages with the same path, and only warn: a page lost. */
function assertUniquePaths(pages: readonly RoutedPage[]): void {
  const seen = new Map<string, Route>();
  for (const { path, route } of pages) {
    const other = seen.get(path);
    if (other) {
      const fix = other.kind === 'alias' || route.kind === 'alias' ? 'remove or change the alias' : 'change one of their URLs in src/lib/urls.ts';
      throw new Error(`Two pages would have the path ${path} (${describeRoute(other)} and ${describeRoute(route)}); ${fix}`);
    }
    seen.set(path, route);
  }
}
