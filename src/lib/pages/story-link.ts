import { getFixedT } from '../../i18n';
import type { Lang } from '../../i18n/config';
import type { Article } from '../content/model';
import { formatDate } from '../dates';
import type { TopicId } from '../topics';
import { articleUrl } from '../urls';

/** A story as the digest's pages and the newsletter list it: everything shown, nothing else. */
export interface StoryLink {
  id: string;
  title: string;
  summary: string;
  /** Site path, from the URL builder. */
  href: string;
  /** `YYYY-MM-DD` and as written in the page's language. */
  date: string;
  dateText: string;
  topic: TopicId;
  topicLabel: string;
}

export function toStoryLink(article: Article, lang: Lang): StoryLink {
  return {
    id: article.id,
    title: article.title,
    summary: article.summary,
    href: articleUrl(article),
    date: article.date,
    dateText: formatDate(article.date, lang),
    topic: article.topic,
    topicLabel: getFixedT(lang)(`topic.${article.topic}.label`),
  };
}
