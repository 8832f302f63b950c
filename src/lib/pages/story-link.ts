import { getFixedT } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/config.ts';
import type { Article } from '../content/model.ts';
import { formatDate } from '../dates.ts';
import { toStoryCard, type StoryCard } from './frame.ts';

/**
 * A story as the digest's pages and the newsletter list it: the listing card plus what an email,
 * which has no components to format it, needs written out (date and topic label).
 */
export interface StoryLink extends StoryCard {
  id: string;
  dateText: string;
  topicLabel: string;
}

export function toStoryLink(article: Article, lang: Lang): StoryLink {
  return {
    ...toStoryCard(article),
    id: article.id,
    dateText: formatDate(article.date, lang),
    topicLabel: getFixedT(lang)(`topic.${article.topic}.label`),
  };
}
