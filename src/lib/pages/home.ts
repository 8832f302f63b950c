import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { TOPIC_IDS, type TopicId } from '../topics';
import type { Article } from '../content/model';
import { actorUrl, editionUrl, homeUrl, topicUrl } from '../urls';
import { editionTitle } from './edition';
import { buildFrame, paginationOf, toStoryCard, type CountedLink, type PageContext, type PageFrame, type Pagination, type StoryCard } from './frame';
import { selectFrontPage } from './front-page';

/** How many of the most mentioned actors the home page lists. */
const TOP_ACTORS = 8;

export interface TopicCount {
  topic: TopicId;
  count: number;
}

/** A front page story with its picture (the story's figure; the topic's drawing without one). */
export interface StoryTeaser extends StoryCard {
  image?: Article['image'];
  readingMinutes: number;
}

/** The first home page's hierarchy (src/lib/pages/front-page.ts); later pages are plain listings. */
export interface FrontPageData {
  lead?: StoryTeaser;
  secondary: StoryTeaser[];
  sections: { topic: TopicId; href: string; total: number; stories: StoryCard[] }[];
}

export interface HomePage extends PageFrame {
  kind: 'home';
  /** On the first page only. */
  front?: FrontPageData;
  /** The latest weekly edition, once editions exist: linked under the top stories. */
  latestEdition?: { href: string; title: string };
  stories: StoryCard[];
  pagination: Pagination;
  topics: TopicCount[];
  topActors: CountedLink[];
}

export function buildHomePage(route: Extract<Route, { kind: 'home' }>, model: SiteModel, context: PageContext): HomePage {
  const { lang } = route;
  return {
    kind: 'home',
    ...buildFrame(route, model, context),
    ...(route.page.page === 1 && { front: frontPageOf(model, lang) }),
    ...(route.page.page === 1 && latestEditionOf(model, lang)),
    stories: route.page.items.map(toStoryCard),
    pagination: paginationOf(route.page, (n) => homeUrl(lang, n)),
    topics: topicCountsOf(model, lang),
    topActors: model.actorRanking.slice(0, TOP_ACTORS).flatMap(({ id }) => {
      const actor = model.actors.get(id);
      const count = model.byActor[lang].get(id)?.length ?? 0;
      return actor && count > 0 ? [{ href: actorUrl(lang, id), label: actor.name[lang], count }] : [];
    }),
  };
}

/** The newest weekly edition of the language (editions are newest first). */
function latestEditionOf(model: SiteModel, lang: Route['lang']): Pick<HomePage, 'latestEdition'> {
  const edition = model.editions[lang][0];
  return edition ? { latestEdition: { href: editionUrl(lang, edition.week), title: editionTitle(edition) } } : {};
}

function toTeaser(article: Article): StoryTeaser {
  return { ...toStoryCard(article), ...(article.image && { image: article.image }), readingMinutes: article.readingMinutes };
}

function frontPageOf(model: SiteModel, lang: Route['lang']): FrontPageData {
  const front = selectFrontPage(model.byLang[lang], model.byTopic[lang]);
  return {
    ...(front.lead && { lead: toTeaser(front.lead) }),
    secondary: front.secondary.map(toTeaser),
    sections: front.sections.map(({ topic, total, stories }) => ({ topic, href: topicUrl(lang, topic), total, stories: stories.map(toStoryCard) })),
  };
}

/** Every topic with its number of stories in the language (home and topics pages). */
export function topicCountsOf(model: SiteModel, lang: Route['lang']): TopicCount[] {
  return TOPIC_IDS.map((topic) => ({ topic, count: model.byTopic[lang][topic].length }));
}
