import { createHash } from 'node:crypto';
import { decodeSearchIndex, groupStories } from './decode.ts';
import { packNumbers, unpackNumbers, type SearchIndexData } from './index-data.ts';
import { fromGaps, toGaps } from './preindex.ts';
import {
  docChunkFile,
  docShardFile,
  MANIFEST_FILE,
  postingShardFile,
  reverseWord,
  startsShard,
  suffixOrder,
  suffixShardFile,
  type DocShard,
  type GroupShard,
  type PostingShard,
  type SearchManifest,
} from './split-format.ts';

/**
 * Stories per story shard and per story chunk: a query ranks at most 40 candidates and shows
 * 20. Candidates far apart come in small shards (few bytes each), candidates close together
 * (newest first: most of them) in chunks (few files); the engine picks per query.
 */
export const DOC_SHARD_SIZE = 8;
export const DOC_CHUNK_SIZE = 64;
/**
 * Aimed-for bytes of postings per posting shard (before compression). Small: prefix and typo
 * matches pick neighbouring words, inside matches words that end alike (the suffix shards), and
 * a large shard brings unmatched neighbours along.
 */
export const POSTING_SHARD_TARGET = 4_000;

export interface SplitIndex {
  manifest: SearchManifest;
  /** Every file by name (`MANIFEST_FILE` included), its JSON text. */
  files: Map<string, string>;
}

function fileName(kind: string, json: string): string {
  return `${kind}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
}

/** Where shards of these words (in this order, with these postings) start: see `startsShard`. */
export function postingBoundaries(words: readonly string[], postings: readonly string[], target = POSTING_SHARD_TARGET): number[] {
  return words.flatMap((word, position) => (position === 0 || startsShard(word, postings[position]!.length + 3, target) ? [position] : []));
}

/**
 * The split index's story numbers, oldest first (`SearchManifest.foreign`): for each story of
 * `data` (page language newest first, then the other language newest first) its number. Both
 * languages' stories are merged by date, each keeping its order, so a new story gets the next
 * number and leaves every other story's number, shard and postings as they were.
 */
export function stableNumbers(dates: readonly string[], own: number): number[] {
  const numbers = new Array<number>(dates.length);
  let ownNext = own - 1;
  let foreignNext = dates.length - 1;
  for (let next = 0; next < dates.length; next++) {
    const takeOwn = foreignNext < own || (ownNext >= 0 && dates[ownNext]! < dates[foreignNext]!);
    numbers[takeOwn ? ownNext-- : foreignNext--] = next;
  }
  return numbers;
}

function renumber(packed: string, numbers: readonly number[]): string {
  return packNumbers(toGaps(fromGaps(unpackNumbers(packed)).map((doc) => numbers[doc]!).sort((a, b) => a - b)));
}

/** A word's postings in the split index's numbers, and its stories' spelling digits in their new order. */
function renumberWithVariants(packed: string, variants: string, numbers: readonly number[]): { postings: string; variants: string } {
  if (variants === '') return { postings: renumber(packed, numbers), variants };
  const pairs = fromGaps(unpackNumbers(packed))
    .map((doc, i) => ({ number: numbers[doc]!, variant: variants[i] ?? '0' }))
    .sort((a, b) => a.number - b.number);
  return { postings: packNumbers(toGaps(pairs.map(({ number }) => number))), variants: pairs.map(({ variant }) => variant).join('') };
}

/** Splits one language's index into a manifest and shards (see `SearchManifest`). */
export function splitSearchIndex(data: SearchIndexData): SplitIndex {
  const index = decodeSearchIndex(data);
  const numbers = stableNumbers(data.dates, data.own);
  const storyAt = new Array<number>(numbers.length);
  numbers.forEach((number, doc) => (storyAt[number] = doc));
  const files = new Map<string, string>();
  const add = (kind: string, content: object): string => {
    const json = JSON.stringify(content);
    const name = fileName(kind, json);
    const existing = files.get(name);
    if (existing !== undefined && existing !== json) throw new Error(`search index: two shards hash to ${name}`);
    files.set(name, json);
    return name;
  };

  const { vocab, spellings } = data.pre;
  const renumbered = data.pre.postings.map((list, word) => renumberWithVariants(list, data.pre.variants[word] ?? '', numbers));
  const postings = renumbered.map((word) => word.postings);
  const variants = renumbered.map((word) => word.variants);
  const starts = postingBoundaries(vocab, postings);
  const postingHash = createHash('sha256');
  starts.forEach((first, i) => {
    const name = postingShardFile(vocab[first]!);
    if (files.has(name)) throw new Error(`search index: the posting shards of “${vocab[first]}” and another word share the name ${name}`);
    const end = starts[i + 1] ?? vocab.length;
    const json = JSON.stringify({
      postings: postings.slice(first, end),
      spellings: spellings.slice(first, end),
      variants: variants.slice(first, end),
    } satisfies PostingShard);
    postingHash.update(json);
    files.set(name, json);
  });

  const order = suffixOrder(vocab);
  const reversed = order.map((position) => reverseWord(vocab[position]!));
  const suffixStarts = postingBoundaries(reversed, order.map((position) => postings[position]!));
  suffixStarts.forEach((first, i) => {
    const name = suffixShardFile(reversed[first]!);
    if (files.has(name)) throw new Error(`search index: the suffix shards of “${vocab[order[first]!]}” and another word share the name ${name}`);
    const positions = order.slice(first, suffixStarts[i + 1] ?? vocab.length);
    const json = JSON.stringify({
      postings: positions.map((position) => postings[position]!),
      spellings: positions.map((position) => spellings[position]!),
      variants: positions.map((position) => variants[position]!),
    } satisfies PostingShard);
    postingHash.update(json);
    files.set(name, json);
  });

  const groups = groupStories(index);
  const groupFile = (key: string): string =>
    add('g', { docs: packNumbers(toGaps((groups.get(key) ?? []).map((doc) => numbers[doc]!).sort((a, b) => a - b))) } satisfies GroupShard);

  // Story shards are named by number (thousands of hashes would outweigh the rest of the
  // manifest); one hash of them all goes into their URLs instead, so a manifest never meets
  // the story shards of another build.
  const docHash = createHash('sha256');
  const storyFiles = (size: number, fileOf: (shard: number) => string): number => {
    let shard = 0;
    for (let start = 0; start < index.docs.length; start += size, shard++) {
      const docs: DocShard['docs'] = [];
      for (let number = start; number < Math.min(index.docs.length, start + size); number++) {
        const doc = storyAt[number]!;
        const meta = index.docs[doc]!;
        const text = index.storedText(doc);
        docs.push([meta.slug, meta.topic, meta.actors, text.title, text.summary, text.excerpt]);
      }
      const json = JSON.stringify({ docs } satisfies DocShard);
      docHash.update(json);
      files.set(fileOf(shard), json);
    }
    return shard;
  };
  const docShards = storyFiles(DOC_SHARD_SIZE, docShardFile);
  const docChunks = storyFiles(DOC_CHUNK_SIZE, docChunkFile);
  const docVersion = docHash.digest('hex').slice(0, 12);

  const dates: [string, number][] = [];
  for (const doc of storyAt.map((position) => index.docs[position]!)) {
    const last = dates[dates.length - 1];
    if (last && last[0] === doc.date) last[1]++;
    else dates.push([doc.date, 1]);
  }

  const manifest: SearchManifest = {
    version: 7,
    lang: data.lang,
    own: data.own,
    count: index.docs.length,
    foreign: packNumbers(toGaps(numbers.slice(data.own).sort((a, b) => a - b))),
    dates,
    vocab,
    storyCounts: packNumbers(postings.map((list) => unpackNumbers(list).length)),
    postingStarts: packNumbers(toGaps(starts)),
    suffixStarts: packNumbers(toGaps(suffixStarts)),
    postingVersion: postingHash.digest('hex').slice(0, 12),
    docShardSize: DOC_SHARD_SIZE,
    docShards,
    docChunkSize: DOC_CHUNK_SIZE,
    docChunks,
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
