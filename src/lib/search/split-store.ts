import type { TopicId } from '../topics';
import { unpackNumbers } from './index-data';
import { fromGaps } from './preindex';
import {
  docShardFile,
  postingShardFile,
  postingStarts,
  shardVersion,
  type DocShard,
  type GroupShard,
  type PostingShard,
  type SearchManifest,
} from './split-format';
import type { IndexNeed, IndexStore, StoredDoc } from './store';

/** Fetches one file of the split index by name (and version, for story shards) and parses it. */
export type FetchShard = (file: string, version?: string) => Promise<unknown>;

/** The shard holding a word: the last shard whose range starts at or before it (`starts` ascending). */
export function postingShardOf(starts: readonly number[], word: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= word) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The split index (see `SearchManifest`) as the engine reads it: each file is fetched once,
 * when a query first needs it, and kept for the rest of the visit.
 */
export function createSplitStore(manifest: SearchManifest, fetchShard: FetchShard): IndexStore {
  const loading = new Map<string, Promise<unknown>>();
  const postingLists = new Map<number, string>();
  const decodedPostings = new Map<number, number[]>();
  const groups = new Map<string, number[]>();
  const docs = new Map<number, StoredDoc>();
  const groupFiles = new Map<string, string>([
    ...manifest.actorTable.map((actor) => [`actor:${actor.id}`, actor.file] as const),
    ...manifest.topicTable.map((topic) => [`topic:${topic.id}`, topic.file] as const),
  ]);
  const starts = postingStarts(manifest.vocab, manifest.postingStep);
  const dates: string[] = manifest.dates.flatMap(([date, count]) => Array<string>(count).fill(date));

  /** Each file once (two story lists, or empty ones, may share a file), for every use of it. */
  function once(file: string, use: (content: unknown) => void): Promise<void> {
    let promise = loading.get(file);
    if (!promise) {
      promise = fetchShard(file, shardVersion(manifest, file));
      // A failed fetch may be tried again by the next query.
      promise.catch(() => loading.delete(file));
      loading.set(file, promise);
    }
    return promise.then(use);
  }

  function loadPostingShard(shard: number): Promise<void> {
    const first = starts[shard]!;
    return once(postingShardFile(manifest.vocab[first]!), (content) => (content as PostingShard).postings.forEach((list, i) => postingLists.set(first + i, list)));
  }

  function loadGroup(key: string): Promise<void> {
    const file = groupFiles.get(key);
    if (!file) return Promise.resolve();
    return once(file, (content) => groups.set(key, fromGaps(unpackNumbers((content as GroupShard).docs))));
  }

  function loadDocShard(shard: number): Promise<void> {
    const file = docShardFile(shard);
    if (shard >= manifest.docShards) return Promise.reject(new Error(`search index: no story shard ${shard}`));
    return once(file, (content) =>
      (content as DocShard).docs.forEach(([slug, topic, actors, title, summary, excerpt], i) =>
        docs.set(shard * manifest.docShardSize + i, { slug, topic, actors, title, summary, excerpt }),
      ),
    );
  }

  return {
    lang: manifest.lang,
    own: manifest.own,
    count: manifest.count,
    vocab: manifest.vocab,
    actors: Object.fromEntries(manifest.actorTable.map(({ id, name, terms }) => [id, { name, terms }])),
    topics: Object.fromEntries(manifest.topicTable.map(({ id, label, terms, count }) => [id, { label, terms, count }])) as IndexStore['topics'],
    dateOf: (doc) => dates[doc]!,
    async load(need: IndexNeed) {
      const shards = new Set((need.words ?? []).map((word) => postingShardOf(starts, word)));
      const docShards = new Set((need.docs ?? []).map((doc) => Math.floor(doc / manifest.docShardSize)));
      await Promise.all([
        ...[...shards].map(loadPostingShard),
        ...(need.actors ?? []).map((id) => loadGroup(`actor:${id}`)),
        ...(need.topics ?? []).map((id: TopicId) => loadGroup(`topic:${id}`)),
        ...[...docShards].map(loadDocShard),
      ]);
    },
    postings(word) {
      let list = decodedPostings.get(word);
      if (!list) {
        const packed = postingLists.get(word);
        if (packed === undefined) throw new Error(`search index: postings of word ${word} not loaded`);
        decodedPostings.set(word, (list = fromGaps(unpackNumbers(packed))));
      }
      return list;
    },
    storiesOf(kind, id) {
      const key = `${kind}:${id}`;
      const list = groups.get(key);
      if (!list && groupFiles.has(key)) throw new Error(`search index: stories of ${key} not loaded`);
      return list ?? [];
    },
    doc(doc) {
      const stored = docs.get(doc);
      if (!stored) throw new Error(`search index: story ${doc} not loaded`);
      return stored;
    },
  };
}
