import { selectSearchArticles } from '../search/build';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { TOPIC_IDS, type TopicId } from '../topics';
import { searchIndexUrl, searchUrl, topicUrl } from '../urls';
import { buildFrame, toStoryCard, type PageContext, type PageFrame, type StoryCard } from './frame';
import { selectSearchStart } from './search-start';

export interface SearchPage extends PageFrame {
  kind: 'search';
  indexUrl: string;
  /** The topic filter's options and the links shown when nothing matches. */
  topics: { topic: TopicId; href: string }[];
  /** The year filter's options, newest first: the years of the stories the index holds. */
  years: string[];
  /** The month filter's options (within a year), January first, named in the page language. */
  months: { value: string; label: string }[];
  /** Shown before anything is typed: example searches, topics with stories, the latest stories. */
  start: { examples: { label: string; href: string }[]; topics: { topic: TopicId; href: string }[]; latest: StoryCard[] };
}

export function buildSearchPage(route: Extract<Route, { kind: 'search' }>, model: SiteModel, context: PageContext): SearchPage {
  const { lang } = route;
  return {
    kind: 'search',
    ...buildFrame(route, model, context),
    indexUrl: searchIndexUrl(lang),
    topics: TOPIC_IDS.map((topic) => ({ topic, href: topicUrl(lang, topic) })),
    start: startOf(model, lang),
    years: [...new Set(selectSearchArticles(model, lang).map((article) => article.date.slice(0, 4)))].sort().reverse(),
    months: monthsOf(lang),
  };
}

function startOf(model: SiteModel, lang: Route['lang']): SearchPage['start'] {
  const start = selectSearchStart(model, lang);
  return {
    examples: start.examples.map((label) => ({ label, href: `${searchUrl(lang)}?${new URLSearchParams({ q: label })}` })),
    topics: start.topics.map((topic) => ({ topic, href: topicUrl(lang, topic) })),
    latest: start.latest.map(toStoryCard),
  };
}

function monthsOf(lang: Route['lang']): SearchPage['months'] {
  const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1).padStart(2, '0'), label: format.format(Date.UTC(2026, i, 1)) }));
}
