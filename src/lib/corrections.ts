import type { Article } from './content/model.ts';

export interface ListedCorrection {
  article: Article;
  /** `YYYY-MM-DD` */
  date: string;
  note: string;
}

/** A story's corrections, newest first (as the story's correction box shows them). */
export function sortedCorrections(article: Article): { date: string; note: string }[] {
  return [...article.corrections].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Every correction of these stories, newest first; same day: the newer story first. */
export function listCorrections(articles: readonly Article[]): ListedCorrection[] {
  return articles
    .flatMap((article) => sortedCorrections(article).map((correction) => ({ article, ...correction })))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The last day the story changed: its `updated` date or its newest correction, whichever is later. */
export function lastModified(article: Article): string {
  let day = article.updated ?? article.date;
  for (const correction of article.corrections) if (correction.date > day) day = correction.date;
  return day;
}
