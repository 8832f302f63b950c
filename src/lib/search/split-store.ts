import type { TopicId } from '../topics';
import { unpackNumbers } from './index-data';
import { partitionPoint } from './partition';
import { fromGaps } from './preindex';
import { spellingInPostings } from './spelling';
import {
  docChunkFile,
  docShardFile,
  postingShardFile,
  reverseWord,
  shardVersion,
  suffixOrder,
  suffixShardFile,
  type DocShard,
  type GroupShard,
  type PostingShard,
  type SearchManifest,
} from './split-format';
import type { IndexNeed, IndexStore, StoredDoc } from './store';

/** Fetches one file of the split index by name (and version, for story shards) and parses it. */
export type FetchShard = (file: string, version?: string) => Promise<unknown>;

/** A story chunk instead of this many story shards (a file more costs more than its bytes). */
const CHUNK_SAVES = 3;

/** The shard holding a word: the last shard whose range starts at or before it (`starts` ascending). */
export function postingShardOf(starts: readonly number[], word: number): number {
  return Math.max(0, partitionPoint(starts, (start) => start <= word) - 1);
}

/**
 * The split index (see `SearchManifest`) as the engine reads it: each file is fetched once,
 * when a query first needs it, and kept for the rest of the visit.
 */
export function createSplitStore(manifest: SearchManifest, fetchShard: FetchShard): IndexStore {
  const loading = new Map<string, Promise<unknown>>();
  const postingLists = new Map<number, string>();
  const decodedPostings = new Map<number, number[]>();
  const spellingCodes = new Map<number, { spellings: string; variants: string }>();
  const groups = new Map<string, number[]>();
  const docs = new Map<number, StoredDoc>();
  const groupFiles = new Map<string, string>([
    ...manifest.actorTable.map((actor) => [`actor:${actor.id}`, actor.file] as const),
    ...manifest.topicTable.map((topic) => [`topic:${topic.id}`, topic.file] as const),
  ]);
  const starts = fromGaps(unpackNumbers(manifest.postingStarts));
  const suffixStarts = fromGaps(unpackNumbers(manifest.suffixStarts));
  const order = suffixOrder(manifest.vocab);
  /** Each word's place in `order`. */
  const suffixRank = new Int32Array(order.length);
  order.forEach((position, rank) => (suffixRank[position] = rank));
  const dates: string[] = manifest.dates.flatMap(([date, count]) => Array<string>(count).fill(date));
  const foreign = new Uint8Array(manifest.count);
  for (const doc of fromGaps(unpackNumbers(manifest.foreign))) foreign[doc] = 1;
  /** Story order (see `IndexStore.order`): the page language newest first, then the rest newest first. */
  const storyOrder = new Int32Array(manifest.count);
  let next = 0;
  for (const wanted of [0, 1]) for (let doc = manifest.count - 1; doc >= 0; doc--) if (foreign[doc] === wanted) storyOrder[next++] = doc;

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

  /** A posting shard's lists and spellings, its `i`-th word being `wordAt(i)` of `vocab`. */
  function keepPostings(shard: PostingShard, wordAt: (i: number) => number): void {
    shard.postings.forEach((list, i) => {
      const word = wordAt(i);
      postingLists.set(word, list);
      spellingCodes.set(word, { spellings: shard.spellings[i] ?? '', variants: shard.variants[i] ?? '' });
    });
  }

  /** A word's two shards: its range of `vocab` and its range of `order`. */
  interface ShardChoice {
    file: string;
    load: () => Promise<void>;
  }

  function forwardShard(word: number): ShardChoice {
    const first = starts[postingShardOf(starts, word)]!;
    const file = postingShardFile(manifest.vocab[first]!);
    return { file, load: () => once(file, (content) => keepPostings(content as PostingShard, (i) => first + i)) };
  }

  function suffixShard(word: number): ShardChoice {
    const first = suffixStarts[postingShardOf(suffixStarts, suffixRank[word]!)]!;
    const file = suffixShardFile(reverseWord(manifest.vocab[order[first]!]!));
    return {
      file,
      load: () => once(file, (content) => keepPostings(content as PostingShard, (i) => order[first + i]!)),
    };
  }

  /**
   * The fewest shards that hold the postings of all these words (greedy set cover: files
   * already fetched or on their way first, then the shard with most of the words left; a
   * tie goes to the word-range shard). Which shard brought a list never changes the list.
   */
  function loadPostings(words: readonly number[]): Promise<void>[] {
    let left = [...new Set(words)].filter((word) => !postingLists.has(word));
    const choices = new Map(left.map((word) => [word, [forwardShard(word), suffixShard(word)]] as const));
    const loads: Promise<void>[] = [];
    while (left.length > 0) {
      const covers = new Map<string, { choice: ShardChoice; words: number }>();
      for (const word of left) {
        for (const choice of choices.get(word)!) {
          const entry = covers.get(choice.file);
          if (entry) entry.words++;
          else covers.set(choice.file, { choice, words: 1 });
        }
      }
      let best: { choice: ShardChoice; words: number } | undefined;
      for (const entry of covers.values()) {
        const score = entry.words + (loading.has(entry.choice.file) ? left.length : 0);
        const bestScore = best ? best.words + (loading.has(best.choice.file) ? left.length : 0) : -1;
        if (score > bestScore) best = entry;
      }
      const chosen = best!.choice.file;
      loads.push(best!.choice.load());
      left = left.filter((word) => !choices.get(word)!.some((choice) => choice.file === chosen));
    }
    return loads;
  }

  function loadGroup(key: string): Promise<void> {
    const file = groupFiles.get(key);
    if (!file) return Promise.resolve();
    return once(file, (content) => groups.set(key, fromGaps(unpackNumbers((content as GroupShard).docs))));
  }

  function loadStories(file: string, first: number): Promise<void> {
    return once(file, (content) =>
      (content as DocShard).docs.forEach(([slug, topic, actors, title, summary, excerpt], i) =>
        docs.set(first + i, { slug, topic, actors, title, summary, excerpt }),
      ),
    );
  }

  /**
   * The stories' texts: a chunk where it saves `CHUNK_SAVES` shard files or more (or is on its
   * way already), the shards of the rest.
   */
  function loadDocs(wanted: readonly number[]): Promise<void>[] {
    const { docShardSize, docChunkSize } = manifest;
    const byChunk = new Map<number, Set<number>>();
    for (const doc of wanted) {
      if (docs.has(doc)) continue;
      if (doc < 0 || doc >= manifest.count) return [Promise.reject(new Error(`search index: no story ${doc}`))];
      const chunk = Math.floor(doc / docChunkSize);
      let shards = byChunk.get(chunk);
      if (!shards) byChunk.set(chunk, (shards = new Set()));
      shards.add(Math.floor(doc / docShardSize));
    }
    const loads: Promise<void>[] = [];
    for (const [chunk, shards] of byChunk) {
      if (shards.size >= CHUNK_SAVES || loading.has(docChunkFile(chunk))) loads.push(loadStories(docChunkFile(chunk), chunk * docChunkSize));
      else for (const shard of shards) loads.push(loadStories(docShardFile(shard), shard * docShardSize));
    }
    return loads;
  }

  return {
    lang: manifest.lang,
    count: manifest.count,
    order: storyOrder,
    isOwn: (doc) => foreign[doc] === 0,
    vocab: manifest.vocab,
    // Each entry as the manifest has it, without the story list's file, which `load` looks up.
    actors: Object.fromEntries(manifest.actorTable.map(({ id, file: _file, ...actor }) => [id, actor])),
    topics: Object.fromEntries(manifest.topicTable.map(({ id, file: _file, ...topic }) => [id, topic])) as IndexStore['topics'],
    dateOf: (doc) => dates[doc]!,
    async load(need: IndexNeed) {
      await Promise.all([
        ...loadPostings(need.words ?? []),
        ...(need.actors ?? []).map((id) => loadGroup(`actor:${id}`)),
        ...(need.topics ?? []).map((id: TopicId) => loadGroup(`topic:${id}`)),
        ...loadDocs(need.docs ?? []),
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
    spellingIn(word, doc) {
      const codes = spellingCodes.get(word);
      if (codes === undefined) throw new Error(`search index: spelling of word ${word} not loaded`);
      return spellingInPostings(manifest.vocab[word]!, codes.spellings, codes.variants, this.postings(word), doc);
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
