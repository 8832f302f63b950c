import { createHash } from 'node:crypto';
import { decodeSearchIndex, groupStories } from './decode';
import { packNumbers, type SearchIndexData } from './index-data';
import { toGaps } from './preindex';
import { docShardFile, MANIFEST_FILE, type DocShard, type GroupShard, type PostingShard, type SearchManifest } from './split-format';

/**
 * Stories per story shard: a query ranks at most 40 candidates and shows 20; small shards keep
 * the texts fetched for scattered candidates few.
 */
export const DOC_SHARD_SIZE = 8;
/** Aimed-for bytes of postings per posting shard (before compression). */
export const POSTING_SHARD_TARGET = 8_000;

export interface SplitIndex {
  manifest: SearchManifest;
  /** Every file by name (`MANIFEST_FILE` included), its JSON text. */
  files: Map<string, string>;
}

function fileName(kind: string, json: string): string {
  return `${kind}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
}

/** A word-based hash for shard boundaries: stable whatever other words come and go. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * Where posting shards start: at the first word, and at every word whose hash is a multiple
 * of the words-per-shard step (a power of two from the index's size). The boundaries depend
 * on the words alone, so an edit that adds or drops a word moves no other boundary, and a
 * shard's words are neighbours in sorted order: the words of a prefix share few shards.
 */
export function postingBoundaries(vocab: readonly string[], postings: readonly string[], target = POSTING_SHARD_TARGET): number[] {
  const bytes = postings.reduce((sum, list) => sum + list.length + 3, 0);
  const wordsPerShard = Math.max(1, (vocab.length * target) / Math.max(1, bytes));
  const step = 2 ** Math.max(0, Math.round(Math.log2(wordsPerShard)));
  return vocab.flatMap((word, position) => (position === 0 || wordHash(word) % step === 0 ? [position] : []));
}

/** Splits one language's index into a manifest and shards (see `SearchManifest`). */
export function splitSearchIndex(data: SearchIndexData): SplitIndex {
  const index = decodeSearchIndex(data);
  const files = new Map<string, string>();
  const add = (kind: string, content: object): string => {
    const json = JSON.stringify(content);
    const name = fileName(kind, json);
    const existing = files.get(name);
    if (existing !== undefined && existing !== json) throw new Error(`search index: two shards hash to ${name}`);
    files.set(name, json);
    return name;
  };

  const { vocab, postings } = data.pre;
  const starts = postingBoundaries(vocab, postings);
  const postingShards = starts.map((first, i) => ({
    first,
    file: add('p', { postings: postings.slice(first, starts[i + 1] ?? vocab.length) } satisfies PostingShard),
  }));

  const groups = groupStories(index);
  const groupFile = (key: string): string => add('g', { docs: packNumbers(toGaps(groups.get(key) ?? [])) } satisfies GroupShard);

  const docShards: string[] = [];
  const docHash = createHash('sha256');
  for (let start = 0; start < index.docs.length; start += DOC_SHARD_SIZE) {
    const docs: DocShard['docs'] = [];
    for (let doc = start; doc < Math.min(index.docs.length, start + DOC_SHARD_SIZE); doc++) {
      const meta = index.docs[doc]!;
      const text = index.storedText(doc);
      docs.push([meta.slug, meta.topic, meta.actors, text.title, text.summary, text.excerpt]);
    }
    const json = JSON.stringify({ docs } satisfies DocShard);
    docHash.update(json);
    docShards.push(json);
  }
  // Story shards are named by number (thousands of hashes would outweigh the rest of the
  // manifest); one hash of them all goes into their URLs instead, so a manifest never meets
  // the story shards of another build.
  const docVersion = docHash.digest('hex').slice(0, 12);
  docShards.forEach((json, shard) => files.set(docShardFile(shard), json));

  const dates: [string, number][] = [];
  for (const doc of index.docs) {
    const last = dates[dates.length - 1];
    if (last && last[0] === doc.date) last[1]++;
    else dates.push([doc.date, 1]);
  }

  const manifest: SearchManifest = {
    version: 3,
    lang: data.lang,
    own: data.own,
    count: index.docs.length,
    dates,
    vocab,
    postingShards,
    docShardSize: DOC_SHARD_SIZE,
    docShards: docShards.length,
    docVersion,
    actorTable: data.actorTable.map((actor) => ({ ...actor, file: groupFile(`actor:${actor.id}`) })),
    topicTable: data.topicTable.map((topic) => ({
      ...topic,
      count: groups.get(`topic:${topic.id}`)?.length ?? 0,
      file: groupFile(`topic:${topic.id}`),
    })),
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return { manifest, files };
}
