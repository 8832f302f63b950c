import { groupByMonth, rankActorsOnce } from '../listing';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { TOPIC_IDS, type TopicId } from '../topics';
import { actorUrl, topicFeedUrl, topicUrl } from '../urls';
import { buildFrame, paginationOf, toStoryCard, type CountedLink, type PageContext, type PageFrame, type Pagination, type StoryCard } from './frame';

/** How many of the topic's most mentioned actors its page lists beside the stories. */
const TOPIC_ACTORS = 6;

export interface TopicPage extends PageFrame {
  kind: 'topic';
  topic: TopicId;
  feedUrl: string;
  /** The page's stories under their month (`YYYY-MM`), newest first. */
  months: { month: string; stories: StoryCard[] }[];
  pagination: Pagination;
  /** Beside the stories: the actors most mentioned in this topic's stories of the language. */
  actors: CountedLink[];
  otherTopics: { topic: TopicId; href: string; count: number }[];
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
    actors: rankActorsOnce(model.byTopic[lang][topic]).flatMap(({ id, count }) => {
      const actor = model.actors.get(id);
      return actor ? [{ href: actorUrl(lang, id), label: actor.name[lang], count }] : [];
    }).slice(0, TOPIC_ACTORS),
    otherTopics: TOPIC_IDS.filter((other) => other !== topic).map((other) => ({ topic: other, href: topicUrl(lang, other), count: model.byTopic[lang][other].length })),
  };
}
