import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { buildFrame, type PageContext, type PageFrame } from './frame';
import { topicCountsOf, type TopicCount } from './home';

export interface TopicsPage extends PageFrame {
  kind: 'topics';
  topics: TopicCount[];
}

export function buildTopicsPage(route: Extract<Route, { kind: 'topics' }>, model: SiteModel, context: PageContext): TopicsPage {
  return { kind: 'topics', ...buildFrame(route, model, context), topics: topicCountsOf(model, route.lang) };
}
