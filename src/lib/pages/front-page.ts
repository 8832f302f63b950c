import type { Article } from '../content/model';
import { TOPIC_IDS, type TopicId } from '../topics';

/** How many stories each part of the front page shows. */
export const FRONT_PAGE_SIZES = { secondary: 3, perTopic: 4 } as const;

export interface TopicSection {
  topic: TopicId;
  /** Stories of the topic not already shown above, newest first. */
  stories: Article[];
  /** All stories of the topic in this language (for "all N stories"). */
  total: number;
}

export interface FrontPage {
  /** The editor's choice (the newest story marked `lead: true`), else the newest story. */
  lead?: Article;
  /** The next newest stories, shown with a picture. */
  secondary: Article[];
  /** One section per topic that has stories not shown above, in the topics' order. */
  sections: TopicSection[];
}

/**
 * The front page's hierarchy from one language's published stories (newest first) and the same
 * stories by topic. Every story appears at most once.
 */
export function selectFrontPage(
  stories: readonly Article[],
  byTopic: Readonly<Record<TopicId, readonly Article[]>>,
  sizes: { secondary: number; perTopic: number } = FRONT_PAGE_SIZES,
): FrontPage {
  const lead = stories.find((story) => story.lead) ?? stories[0];
  const secondary = stories.filter((story) => story !== lead).slice(0, sizes.secondary);
  const shown = new Set<Article | undefined>([lead, ...secondary]);
  const sections = TOPIC_IDS.flatMap((topic) => {
    const all = byTopic[topic];
    const rest = all.filter((story) => !shown.has(story)).slice(0, sizes.perTopic);
    return rest.length > 0 ? [{ topic, stories: rest, total: all.length }] : [];
  });
  return { ...(lead && { lead }), secondary, sections };
}
