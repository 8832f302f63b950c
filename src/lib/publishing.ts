import type { Article } from './content/model.ts';

export interface PublishOptions {
  /** The build's calendar day (`YYYY-MM-DD`, Europe/Berlin); later-dated stories wait. */
  today: string;
  /** Dev server shows drafts and scheduled stories, production never does. */
  includeUnpublished: boolean;
}

export function isPublished(article: Article, { today, includeUnpublished }: PublishOptions): boolean {
  if (includeUnpublished) return true;
  return !article.draft && article.date <= today;
}

export function selectPublished(articles: readonly Article[], options: PublishOptions): Article[] {
  return articles.filter((article) => isPublished(article, options));
}
