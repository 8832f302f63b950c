import { groupByMonth } from '../listing';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import type { TopicId } from '../topics';
import { topicFeedUrl, topicUrl } from '../urls';
import { buildFrame, paginationOf, toStoryCard, type PageContext, type PageFrame, type Pagination, type StoryCard } from './frame';

export interface TopicPage extends PageFrame {
  kind: 'topic';
  topic: TopicId;
  feedUrl: string;
  /** The page's stories under their month (`YYYY-MM`), newest first. */
  months: { month: string; stories: StoryCard[] }[];
  pagination: Pagination;
}

export function buildTopicPage(route: Extract<Route, { kind: 'topic' }>, model: SiteModel, context: PageContext): TopicPage {
  const { lang, topic } = route;
  return {
    kind: 'topic',
    ...buildFrame(route, model, context),
    topic,
    feedUrl: topicFeedUrl(lang, topic),
    months: groupByMonth(route.page.items).map((group) => ({ month: group.month, stories: group.articles.map(toStoryCard) })),
    pagination: paginationOf(route.page, (n) => topicUrl(lang, topic, n)),
  };
}
