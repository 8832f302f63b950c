import { selectSearchArticles } from '../search/build';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { TOPIC_IDS, type TopicId } from '../topics';
import { searchIndexUrl, topicUrl } from '../urls';
import { buildFrame, type PageContext, type PageFrame } from './frame';

export interface SearchPage extends PageFrame {
  kind: 'search';
  indexUrl: string;
  /** The topic filter's options and the links shown when nothing matches. */
  topics: { topic: TopicId; href: string }[];
  /** The year filter's options, newest first: the years of the stories the index holds. */
  years: string[];
}

export function buildSearchPage(route: Extract<Route, { kind: 'search' }>, model: SiteModel, context: PageContext): SearchPage {
  const { lang } = route;
  return {
    kind: 'search',
    ...buildFrame(route, model, context),
    indexUrl: searchIndexUrl(lang),
    topics: TOPIC_IDS.map((topic) => ({ topic, href: topicUrl(lang, topic) })),
    years: [...new Set(selectSearchArticles(model, lang).map((article) => article.date.slice(0, 4)))].sort().reverse(),
  };
}
