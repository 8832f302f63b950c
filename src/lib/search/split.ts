import { createHash } from 'node:crypto';
import { decodeSearchIndex, groupStories } from './decode';
import { packNumbers, type SearchIndexData } from './index-data';
import { toGaps } from './preindex';
import {
  docShardFile,
  MANIFEST_FILE,
  postingShardFile,
  postingStarts,
  type DocShard,
  type GroupShard,
  type PostingShard,
  type SearchManifest,
} from './split-format';

/**
 * Stories per story shard: a query ranks at most 40 candidates and shows 20; small shards keep
 * the texts fetched for scattered candidates few.
 */
export const DOC_SHARD_SIZE = 8;
/**
 * Aimed-for bytes of postings per posting shard (before compression). Small: prefix, inside and
 * typo matches pick words all over the vocabulary (German compounds), and a large shard brings
 * its unmatched neighbours along.
 */
export const POSTING_SHARD_TARGET = 2_000;

export interface SplitIndex {
  manifest: SearchManifest;
  /** Every file by name (`MANIFEST_FILE` included), its JSON text. */
  files: Map<string, string>;
}

function fileName(kind: string, json: string): string {
  return `${kind}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
}

/** Words per posting shard as a power of two, from the index's size (so it rarely changes). */
export function postingStep(vocab: readonly string[], postings: readonly string[], target = POSTING_SHARD_TARGET): number {
  const bytes = postings.reduce((sum, list) => sum + list.length + 3, 0);
  const wordsPerShard = Math.max(1, (vocab.length * target) / Math.max(1, bytes));
  return 2 ** Math.max(0, Math.round(Math.log2(wordsPerShard)));
}

export function postingBoundaries(vocab: readonly string[], postings: readonly string[], target = POSTING_SHARD_TARGET): number[] {
  return postingStarts(vocab, postingStep(vocab, postings, target));
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
  const step = postingStep(vocab, postings);
  const starts = postingStarts(vocab, step);
  const postingHash = createHash('sha256');
  starts.forEach((first, i) => {
    const name = postingShardFile(vocab[first]!);
    if (files.has(name)) throw new Error(`search index: the posting shards of “${vocab[first]}” and another word share the name ${name}`);
    const json = JSON.stringify({ postings: postings.slice(first, starts[i + 1] ?? vocab.length) } satisfies PostingShard);
    postingHash.update(json);
    files.set(name, json);
  });

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
    postingStep: step,
    postingVersion: postingHash.digest('hex').slice(0, 12),
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
