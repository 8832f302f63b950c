import type { IFuseOptions } from 'fuse.js';
import type { Lang } from '../../i18n/config.ts';
import type { TopicId } from '../topics.ts';
import { significantTokens } from './normalize.ts';

/**
 * The names an actor or topic is found by, distinct by folded form, and the language of each:
 * `''` for an alias, whose language the data does not give, or a name both languages share.
 * A result names the one that matched, marked in its language (`Verteidigungscloud` on an English page).
 */
export interface FoundByNames {
  terms: string[];
  termLangs: (Lang | '')[];
}

/** The searchable text of one story, as given to `Fuse.createIndex`. */
export interface SearchText {
  title: string;
  summary: string;
  /** The opening words of the body: lean, but enough for body matches and a snippet. */
  excerpt: string;
  /** Every name and alias of the story's actors, both languages. */
  actors: string[];
  /** The topic's label in both languages. */
  topic: string[];
}

/**
 * The per-language index served as static JSON, compact: one column per field (no repeated
 * keys), integer ids for stories, actors, topics and words, and story texts stored once as
 * word numbers into a shared table of spellings (`words`). Only the candidates of a query
 * are decoded (see `decodeSearchIndex`); Fuse builds its small index over those at run time,
 * so nothing is stored twice. `pre` is the build-time word → stories map that narrows the
 * candidates before Fuse ranks them.
 */
export interface SearchIndexData {
  version: 2;
  lang: Lang;
  /** Stories 0 … own-1 are in the page language, the rest only in the other language. */
  own: number;
  slugs: string[];
  dates: string[];
  /** Position in `topicTable`, per story. */
  topics: number[];
  /** Positions in `actorTable`, per story. */
  actors: number[][];
  actorTable: ({ id: string; name: string } & FoundByNames)[];
  topicTable: ({ id: TopicId; label: string } & FoundByNames)[];
  /** Every spelling used in the texts, the most frequent first (so they get short numbers). */
  words: string[];
  /** Per stored field (`STORED_KEYS` order), per story: its words as positions in `words` (see `packNumbers`). */
  texts: string[][];
  pre: PreIndexJson;
}

export interface PreIndexJson {
  /** Sorted folded words. */
  vocab: string[];
  /** For each word, the ascending story numbers as gaps, first number absolute (see `packNumbers`). */
  postings: string[];
  /** For each word, how the texts spell it (`encodeSpellings`: several where spellings are different words). */
  spellings: string[];
  /** For each word with several spellings, which one each story of its postings has (`spellingOf`); else `''`. */
  variants: string[];
}

/**
 * Number lists ship as one string each (base 36, space-separated): far fewer values for
 * `JSON.parse` to build than nested arrays, and only the lists a query needs are unpacked.
 */
export function packNumbers(numbers: readonly number[]): string {
  return numbers.map((n) => n.toString(36)).join(' ');
}

export function unpackNumbers(packed: string): number[] {
  return packed === '' ? [] : packed.split(' ').map((n) => parseInt(n, 36));
}

/** Field order matters: records address values by key position. */
const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'summary', weight: 1.5 },
  { name: 'excerpt', weight: 1 },
  { name: 'actors', weight: 2 },
  { name: 'topic', weight: 1 },
] as const satisfies ReadonlyArray<{ name: keyof SearchText; weight: number }>;

/**
 * Fuse's own fuzzy matching, German-aware: diacritics ignored, token search with every word
 * required, and our tokenizer (digraph folding, no function words) on both sides.
 */
export const FUSE_OPTIONS = {
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  useTokenSearch: true,
  tokenMatch: 'all',
  tokenize: significantTokens,
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.4,
  includeScore: true,
} satisfies IFuseOptions<SearchText>;

/**
 * Body words pre-indexed in the whole index, shared out evenly between the stories: a small
 * site finds words anywhere in its bodies, 5,000 stories keep their opening words. This is
 * what holds the index under its size budget as the archive grows.
 */
export const EXCERPT_WORD_BUDGET = 40_000;
export const MAX_EXCERPT_WORDS = 400;
/** Of those, the lead that is stored as text for Fuse to rank and for the snippet. */
export const LEAD_WORDS = 30;

export function excerptWordsFor(stories: number): number {
  return Math.min(MAX_EXCERPT_WORDS, Math.floor(EXCERPT_WORD_BUDGET / Math.max(1, stories)));
}

/**
 * Fields whose text is stored per story. Actor names and topic labels are the same for many
 * stories, so they ship once in their own tables and join a story's text only when it is a
 * candidate of a query.
 */
export const STORED_KEYS = SEARCH_KEYS.filter((key) => key.name !== 'actors' && key.name !== 'topic');
