import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { TOPIC_IDS, type TopicId } from '../topics';
import { actorUrl, homeUrl } from '../urls';
import { buildFrame, paginationOf, toStoryCard, type CountedLink, type PageContext, type PageFrame, type Pagination, type StoryCard } from './frame';

/** How many of the most mentioned actors the home page lists. */
const TOP_ACTORS = 8;

export interface TopicCount {
  topic: TopicId;
  count: number;
}

export interface HomePage extends PageFrame {
  kind: 'home';
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

/** Every topic with its number of stories in the language (home and topics pages). */
export function topicCountsOf(model: SiteModel, lang: Route['lang']): TopicCount[] {
  return TOPIC_IDS.map((topic) => ({ topic, count: model.byTopic[lang][topic].length }));
}
