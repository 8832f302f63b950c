import type { Lang } from '../../i18n/config';
import type { TopicId } from '../topics';

/**
 * The split search index of one language. The manifest is all a query needs before it knows its
 * words: the vocabulary (so typo tolerance, prefix and inside matches compare the term with every
 * word, exactly as one index did, wherever the typo is), the actor and topic tables and the dates.
 * Then the engine fetches the posting shards of the words that matched, the story lists of the
 * actors and topics that matched, and the story shards of the candidates it ranks and shows.
 * Posting and story-list files are named by a hash of their content, so a manifest never meets
 * a shard of another build and an edit renames only the files whose content it changed; story
 * shards are numbered, with a hash of them all in their URL.
 */
export interface SearchManifest {
  version: 3;
  lang: Lang;
  own: number;
  count: number;
  /** Story dates in story order, as runs: `[date, how many stories in a row]`. */
  dates: [string, number][];
  vocab: string[];
  /** Posting shards: contiguous ranges of `vocab`, each from its `first` word up to the next shard's. */
  postingShards: { first: number; file: string }[];
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

/** The manifest's file name; posting and story-list files are `p-<hash>` and `g-<hash>`. */
export const MANIFEST_FILE = 'index';

export function docShardFile(shard: number): string {
  return `d-${shard}`;
}
