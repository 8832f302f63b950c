import type { Lang } from '../../i18n/config.ts';
import type { TopicId } from '../topics.ts';
import type { FoundByNames } from './index-data.ts';

/**
 * The split search index of one language. The manifest is all a query needs before it knows its
 * words: the vocabulary (so typo tolerance, prefix and inside matches compare the term with every
 * word, exactly as one index did, wherever the typo is), the actor and topic tables and the dates.
 * Then the engine fetches the posting shards of the words that matched, the story lists of the
 * actors and topics that matched, and the story shards of the candidates it ranks and shows.
 * Story-list files are named by a hash of their content; posting shards by their first word and
 * story shards by number, each kind with a hash of all its files in their URLs, so a manifest
 * never meets a shard of another build, the manifest need not list thousands of names, and an
 * edit changes only the files whose content it changed.
 */
export interface SearchManifest {
  version: 7;
  lang: Lang;
  /** Stories in the page language; the other `count - own` exist only in the other language. */
  own: number;
  count: number;
  /**
   * Stories are numbered oldest first, both languages merged by date (`stableNumbers`), so a new
   * story changes no other story's number; these (packed gaps) are the ones only in the other
   * language.
   */
  foreign: string;
  /** Story dates by story number, as runs: `[date, how many stories in a row]`. */
  dates: [string, number][];
  vocab: string[];
  /**
   * How many stories each word of `vocab` is in (packed, see `packNumbers`): what the search
   * page weighs its guess of the next letter typed by (`likelyNextQuery`), before it has any
   * postings.
   */
  storyCounts: string;
  /**
   * Posting shards: contiguous ranges of `vocab`, starting at these positions (packed gaps, see
   * `packNumbers`), each named after its first word (`postingShardFile`). Boundaries are chosen
   * word by word from the word and the size of its postings alone (`startsShard`), so a new word
   * moves no other boundary and shards hold about the same bytes.
   */
  postingStarts: string;
  /**
   * The same postings a second time, in suffix shards: the words sorted by their reversed
   * spelling (`suffixOrder`), shards starting at these places of that order, named after their
   * first reversed word (`suffixShardFile`). Inside matches of German compounds end alike
   * (`cloudzentralbank`, `datenzentralbank`): one suffix shard holds what would be a dozen
   * word-range shards, and the engine fetches whichever shards cover its words in the fewest
   * files. One hash of both kinds is in their URLs.
   */
  suffixStarts: string;
  postingVersion: string;
  /**
   * Stories `i * docShardSize …` are in the story shard `docShardFile(i)`, and again, in
   * bigger pieces, stories `i * docChunkSize …` in the story chunk `docChunkFile(i)`.
   */
  docShardSize: number;
  docShards: number;
  docChunkSize: number;
  docChunks: number;
  /** A hash of all story shards, part of their URLs (`searchShardUrl`). */
  docVersion: string;
  actorTable: ({ id: string; name: string; file: string } & FoundByNames)[];
  topicTable: ({ id: TopicId; label: string; count: number; file: string } & FoundByNames)[];
}

/**
 * A posting shard: per word of its range, the story numbers as packed gaps (see `packNumbers`),
 * the word as the texts spell it (`encodeSpellings`) and, for a word with several spellings,
 * which one each of its stories has (`spellingOf`), so a result can name its own word.
 */
export interface PostingShard {
  postings: string[];
  spellings: string[];
  variants: string[];
}

/** The stories of one actor or topic, packed gaps. */
export interface GroupShard {
  docs: string;
}

/** A range of stories: `[slug, topic, actor ids, title, summary, excerpt]` each. */
export interface DocShard {
  docs: [string, TopicId, string[], string, string, string][];
}

/** The manifest's file name; story-list files are `g-<hash>`. */
export const MANIFEST_FILE = 'index';

export function docShardFile(shard: number): string {
  return `d-${shard}`;
}

export function docChunkFile(chunk: number): string {
  return `c-${chunk}`;
}

/** A word-based hash for shard boundaries and names: stable whatever other words come and go. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * Whether a word starts a shard: with a chance of its postings' bytes in `target` (by its
 * hash, so always the same answer), so a shard holds about `target` bytes whatever its words.
 */
export function startsShard(word: string, bytes: number, target: number): boolean {
  return wordHash(word) % 4096 < 4096 * Math.min(1, bytes / target);
}

export function postingShardFile(firstWord: string): string {
  return `p-${wordHash(firstWord).toString(36)}`;
}

export function reverseWord(word: string): string {
  let reversed = '';
  for (let i = word.length - 1; i >= 0; i--) reversed += word[i];
  return reversed;
}

/** Positions in `vocab` ordered by their words spelt backwards (code unit order, as in the build). */
export function suffixOrder(vocab: readonly string[]): number[] {
  const reversed = vocab.map(reverseWord);
  return vocab.map((_, position) => position).sort((a, b) => (reversed[a]! < reversed[b]! ? -1 : reversed[a]! > reversed[b]! ? 1 : 0));
}

/** A suffix shard by its first word spelt backwards (see `SearchManifest.suffixShards`). */
export function suffixShardFile(firstReversedWord: string): string {
  return `s-${wordHash(firstReversedWord).toString(36)}`;
}

/** The version a shard's URL carries (see `SearchManifest`); story lists need none. */
export function shardVersion(manifest: SearchManifest, file: string): string | undefined {
  if (file.startsWith('d-') || file.startsWith('c-')) return manifest.docVersion;
  if (file.startsWith('p-') || file.startsWith('s-')) return manifest.postingVersion;
  return undefined;
}
