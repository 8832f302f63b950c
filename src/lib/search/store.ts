import type { Lang } from '../../i18n/config';
import type { TopicId } from '../topics';
import { decodeSearchIndex, groupStories } from './decode';
import { unpackNumbers, type FoundByNames, type SearchIndexData } from './index-data';
import { fromGaps } from './preindex';
import { spellingInPostings } from './spelling';

/** What the engine needs to know of one story to rank and show it. */
export interface StoredDoc {
  slug: string;
  topic: TopicId;
  actors: string[];
  title: string;
  summary: string;
  excerpt: string;
}

/** The parts of an index a step of a search needs; a split store fetches the files holding them. */
export interface IndexNeed {
  /** Positions in `vocab` whose postings are read. */
  words?: readonly number[];
  actors?: readonly string[];
  topics?: readonly TopicId[];
  docs?: readonly number[];
}

/**
 * An index as the engine reads it: the small parts (vocabulary, actor and topic tables, dates)
 * at once, the rest (postings, the stories of an actor or topic, story texts) once `load` has
 * brought them in. Reading a part that was not loaded throws, so a missed shard shows as an
 * error, never as fewer results.
 */
export interface IndexStore {
  lang: Lang;
  count: number;
  /**
   * Story numbers in story order: the page language first, newest first, then the stories
   * only in the other language, newest first (the order the engine lists equal matches in).
   */
  order: ArrayLike<number>;
  /** Whether a story is in the page language (else only in the other language). */
  isOwn(doc: number): boolean;
  /** Sorted folded words of the pre-index. */
  vocab: readonly string[];
  actors: Record<string, { name: string } & FoundByNames>;
  topics: Record<TopicId, { label: string; count: number } & FoundByNames>;
  dateOf(doc: number): string;
  load(need: IndexNeed): Promise<void>;
  postings(word: number): readonly number[];
  /** A word of `vocab` as this story of its postings spells it; its postings must be loaded. */
  spellingIn(word: number, doc: number): string;
  storiesOf(kind: 'actor' | 'topic', id: string): readonly number[];
  doc(doc: number): StoredDoc;
}

/**
 * The whole index in one piece (`buildSearchIndex`): the reference tests/unit/search-split.test.ts
 * holds the split index to, result for result. Tests only: page code imports this module for its
 * types alone, so the client bundle carries neither this nor `decodeSearchIndex` (checked in dist/_astro).
 */
export function createWholeStore(data: SearchIndexData): IndexStore {
  const index = decodeSearchIndex(data);
  const postings = new Map<number, number[]>();
  const groups = groupStories(index);
  const topics = Object.fromEntries(
    Object.entries(index.topics).map(([id, topic]) => [id, { ...topic, count: groups.get(`topic:${id}`)?.length ?? 0 }]),
  ) as IndexStore['topics'];
  return {
    lang: index.lang,
    count: index.docs.length,
    // This index numbers its stories in story order.
    order: Int32Array.from(index.docs.keys()),
    isOwn: (doc) => doc < data.own,
    vocab: index.pre.vocab,
    actors: index.actors,
    topics,
    dateOf: (doc) => index.docs[doc]!.date,
    load: () => Promise.resolve(),
    postings(word) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = fromGaps(unpackNumbers(index.pre.postings[word] ?? ''))));
      return list;
    },
    spellingIn(word, doc) {
      return spellingInPostings(index.pre.vocab[word]!, index.pre.spellings[word] ?? '', index.pre.variants[word] ?? '', this.postings(word), doc);
    },
    storiesOf: (kind, id) => groups.get(`${kind}:${id}`) ?? [],
    doc(doc) {
      const meta = index.docs[doc]!;
      return { slug: meta.slug, topic: meta.topic, actors: meta.actors, ...index.storedText(doc) };
    },
  };
}
