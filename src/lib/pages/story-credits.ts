import type { Lang } from '../../i18n/config';
import type { Article } from '../content/model';

export interface SourceLine {
  title: string;
  /** Only when the source has one: a report without an address is cited by title alone. */
  url?: string;
  publisher?: string;
  /** Set when the source's language differs from the story's (for the `lang` attribute). */
  lang?: Lang;
}

export interface StoryCredits {
  /** The named author(s), or `undefined` for the editorial team's line. */
  byline?: string;
  readingMinutes: number;
  words: number;
  sources: SourceLine[];
}

/** Who wrote a story, how long it reads, and what it was written from, as the story page shows it. */
export function describeStoryCredits(article: Pick<Article, 'lang' | 'byline' | 'readingMinutes' | 'words' | 'sources'>): StoryCredits {
  return {
    ...(article.byline && { byline: article.byline }),
    readingMinutes: article.readingMinutes,
    words: article.words,
    sources: article.sources.map((source) => ({
      title: source.title,
      ...(source.url && { url: source.url }),
      ...(source.publisher && { publisher: source.publisher }),
      ...(source.lang && source.lang !== article.lang && { lang: source.lang }),
    })),
  };
}
