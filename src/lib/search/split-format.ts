import type { Lang } from '../../i18n/config';
import type { TopicId } from '../topics';

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
  version: 3;
  lang: Lang;
  own: number;
  count: number;
  /** Story dates in story order, as runs: `[date, how many stories in a row]`. */
  dates: [string, number][];
  vocab: string[];
  /**
   * Posting shards: contiguous ranges of `vocab`, starting where `postingStarts(vocab, postingStep)`
   * says, each named after its first word (`postingShardFile`), with a hash of them all in their URL.
   */
  postingStep: number;
  postingVersion: string;
  /** Stories `i * docShardSize …` are in the story shard `docShardFile(i)`. */
  docShardSize: number;
  docShards: number;
  /** A hash of all story shards, part of their URLs (`searchShardUrl`). */
  docVersion: string;
  actorTable: { id: string; name: string; terms: string[]; file: string }[];
  topicTable: { id: TopicId; label: string; terms: string[]; count: number; file: string }[];
}

/** A posting shard: per word of its range, the story numbers as packed gaps (see `packNumbers`). */
export interface PostingShard {
  postings: string[];
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

/** A word-based hash for shard boundaries and names: stable whatever other words come and go. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * Where posting shards start: at the first word, and at every word whose hash is a multiple of
 * `step`. The boundaries depend on the words alone, so an edit that adds or drops a word moves
 * no other boundary, and a shard's words are neighbours in sorted order.
 */
export function postingStarts(vocab: readonly string[], step: number): number[] {
  return vocab.flatMap((word, position) => (position === 0 || wordHash(word) % step === 0 ? [position] : []));
}

export function postingShardFile(firstWord: string): string {
  return `p-${wordHash(firstWord).toString(36)}`;
}

/** The version a shard's URL carries (see `SearchManifest`); story lists need none. */
export function shardVersion(manifest: SearchManifest, file: string): string | undefined {
  if (file.startsWith('d-')) return manifest.docVersion;
  if (file.startsWith('p-')) return manifest.postingVersion;
  return undefined;
}
