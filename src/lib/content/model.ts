import type { Lang } from '../../i18n/config.ts';
import type { TopicId } from '../topics.ts';
import type { ActorKind, StoryKind } from './schema.ts';

/** A story edition in one language, as the pure core sees it (no Astro types). */
export interface Article {
  /** Collection id, e.g. `de/bundeswehr-cloud`. Used to render the MDX body. */
  id: string;
  lang: Lang;
  slug: string;
  title: string;
  summary: string;
  /** `YYYY-MM-DD` */
  date: string;
  updated?: string;
  topic: TopicId;
  actors: string[];
  translationKey: string;
  draft: boolean;
  readingMinutes: number;
  /** Words in the body, as the story loader counted them. */
  words: number;
  kind: StoryKind;
  /** The editor's choice for the front page's lead. */
  lead: boolean;
  /** Author(s); the editorial team when absent. */
  byline?: string;
  /** The body's opening words as plain text (as many as the search index uses), for search. */
  text: string;
  /** The loader's digest of the source file; changes with any edit (incremental build keys). */
  digest?: string;
  /** Ids of the actors the body quotes (`<Quote actor>`), whose current names the page prints. */
  quotedActors: string[];
  image?: { src: unknown; alt: string; caption?: string; credit?: string; chart?: boolean; narrow?: unknown };
  sources: { title: string; url?: string; publisher?: string; lang?: Lang }[];
  /** Dated corrections, as written (the page sorts them). */
  corrections: { date: string; note: string }[];
  /** Earlier slugs whose URLs lead here. */
  aliases: string[];
}

export interface Actor {
  id: string;
  name: { de: string; en: string };
  kind: ActorKind;
  role: { de: string; en: string };
  aliases: string[];
}
