import Fuse from 'fuse.js';
import { otherLang, type Lang } from '../../i18n/config';
import type { TopicId } from '../topics';
import { FUSE_OPTIONS, type SearchText } from './index-data';
import { matchTerm, mayForgiveAsLastResort, TermMatch } from './match';
import { memoizeByString } from './memo';
import { prefoldForFuse, queryTerms, significantTokens, tokenize } from './normalize';
import { addMatches, matchVocab, type DocMatches } from './preindex';
import type { IndexStore } from './store';

export type SearchSort = 'relevance' | 'date';

export interface SearchFilters {
  topic?: TopicId | undefined;
  year?: string | undefined;
  /** Two digits, `01` … `12`; only with a year. */
  month?: string | undefined;
  /** Relevance unless `date` (newest first). */
  sort?: SearchSort | undefined;
}

export interface SearchOutcome {
  terms: string[];
  /** Terms that matched nothing as typed and were read with one typo forgiven (`matchTerm`). */
  lastResortTerms: string[];
  /** Per term, what it matched: so a result can name its own word or name that matched. */
  matched: TermHits[];
  /** Story numbers, best first: the page language before the other language. */
  docs: number[];
}

/** What a result needs besides its text. */
export interface SearchDoc {
  slug: string;
  lang: Lang;
  date: string;
  topic: TopicId;
  actors: string[];
}

/**
 * Fuse ranks at most this many candidates, the best by pre-index match quality; the rest
 * (all matching every word) follow. Keeps each keystroke well inside one frame.
 */
export const MAX_RANKED = 40;

type WordTable = { word: string; id: string }[];

function wordTable(entries: Record<string, { terms: string[] }>): WordTable {
  return Object.entries(entries).flatMap(([id, { terms }]) =>
    [...new Set(terms.flatMap(tokenize))].map((word) => ({ word, id })),
  );
}

/** A candidate's text for the results, the same prefolded for Fuse, and Fuse's record of it. */
interface Prepared {
  text: SearchText;
  folded: SearchText;
  record: object;
}

function prefoldText(text: SearchText): SearchText {
  return {
    title: prefoldForFuse(text.title),
    summary: prefoldForFuse(text.summary),
    excerpt: prefoldForFuse(text.excerpt),
    actors: text.actors.map(prefoldForFuse),
    topic: text.topic.map(prefoldForFuse),
  };
}

/** Words (positions in `vocab`), actors and topics a term matches, with their match quality. */
export interface TermHits {
  words: { word: number; quality: TermMatch }[];
  actors: { id: string; quality: TermMatch }[];
  topics: { id: TopicId; quality: TermMatch }[];
}

/** The stories a term matches (their match quality), and what it matched. */
interface TermStories {
  docs: DocMatches;
  lastResort: boolean;
  matched: TermHits;
}

export interface SearchEngine {
  lang: Lang;
  store: IndexStore;
  /** A story's data; its shard must be loaded (`loadDocs`). */
  meta(doc: number): SearchDoc;
  textOf(doc: number): SearchText;
  loadDocs(docs: readonly number[]): Promise<void>;
  search(query: string, filters?: SearchFilters): Promise<SearchOutcome>;
}

/** Whether a filter asks for anything (the sort alone does not). */
export function hasFilter(filters: SearchFilters): boolean {
  return Boolean(filters.topic || filters.year);
}

export function createSearchEngine(store: IndexStore): SearchEngine {
  const { count, vocab, order } = store;
  /** Each story's place in story order (`IndexStore.order`). */
  const place = new Int32Array(count);
  for (let i = 0; i < count; i++) place[order[i]!] = i;
  const actorWords = wordTable(store.actors);
  const topicWords = wordTable(store.topics);
  const cache = new Map<string, TermStories>();

  function meta(doc: number): SearchDoc {
    const stored = store.doc(doc);
    return {
      slug: stored.slug,
      lang: store.isOwn(doc) ? store.lang : otherLang(store.lang),
      date: store.dateOf(doc),
      topic: stored.topic,
      actors: stored.actors,
    };
  }

  function decodeText(doc: number): SearchText {
    const stored = store.doc(doc);
    return {
      title: stored.title,
      summary: stored.summary,
      excerpt: stored.excerpt,
      actors: stored.actors.flatMap((id) => store.actors[id]?.terms ?? []),
      topic: store.topics[stored.topic].terms,
    };
  }

  /** A candidate's text, decoded once and shared by Fuse and the result presentation. */
  function textOf(doc: number): SearchText {
    return prepared(doc).text;
  }

  /**
   * Fuse tokenizes every field of every candidate again for each query (its inverted index
   * for token search is built per collection); the same texts come back keystroke after
   * keystroke, so their tokens are remembered. Same tokenizer, same tokens.
   */
  const fuseOptions = { ...FUSE_OPTIONS, tokenize: memoizeByString(significantTokens, 4_000) };

  /**
   * A candidate's text, its prefolded copy for Fuse and Fuse's index record of that (values
   * and field-length norms), made when a story first becomes one and kept: much cheaper than
   * shipping Fuse's index of the whole archive, and consecutive keystrokes rank mostly the
   * same stories.
   */
  const fuseKeys = Fuse.createIndex(FUSE_OPTIONS.keys, []).toJSON().keys;
  const preparedDocs = new Map<number, Prepared>();
  function prepared(doc: number): Prepared {
    let entry = preparedDocs.get(doc);
    if (!entry) {
      const text = decodeText(doc);
      const folded = prefoldText(text);
      entry = { text, folded, record: Fuse.createIndex(FUSE_OPTIONS.keys, [folded]).toJSON().records[0]! };
      if (preparedDocs.size >= 2_000) preparedDocs.clear();
      preparedDocs.set(doc, entry);
    }
    return entry;
  }

  /** Compares the term with every word of the vocabulary and of the actor and topic tables. */
  function hitsOf(term: string, lastResort: boolean): TermHits {
    const hits: TermHits = { words: matchVocab(vocab, term, lastResort), actors: [], topics: [] };
    for (const { word, id } of actorWords) {
      const quality = matchTerm(term, word, lastResort);
      if (quality !== TermMatch.None) hits.actors.push({ id, quality });
    }
    for (const { word, id } of topicWords) {
      const quality = matchTerm(term, word, lastResort);
      if (quality !== TermMatch.None) hits.topics.push({ id: id as TopicId, quality });
    }
    return hits;
  }

  /** Whether any story has what the term matched: a vocabulary word always has one. */
  function findsStories(hits: TermHits): boolean {
    return hits.words.length > 0 || hits.actors.length > 0 || hits.topics.some(({ id }) => store.topics[id].count > 0);
  }

  /**
   * Stories with a word, actor name or topic label matching the term, with match quality; for a
   * four-letter term that matches nothing, those within one typo (`lastResort`). Only the
   * postings and story lists of what matched are loaded.
   */
  async function docsMatching(term: string): Promise<TermStories> {
    const cached = cache.get(term);
    if (cached) return cached;
    let hits = hitsOf(term, false);
    let lastResort = false;
    if (!findsStories(hits) && mayForgiveAsLastResort(term)) {
      hits = hitsOf(term, true);
      lastResort = true;
    }
    await store.load({
      words: hits.words.map(({ word }) => word),
      actors: hits.actors.map(({ id }) => id),
      topics: hits.topics.map(({ id }) => id),
    });
    const docs: DocMatches = new Uint8Array(count);
    for (const { word, quality } of hits.words) addMatches(docs, store.postings(word), quality);
    for (const { id, quality } of hits.actors) addMatches(docs, store.storiesOf('actor', id), quality);
    for (const { id, quality } of hits.topics) addMatches(docs, store.storiesOf('topic', id), quality);
    const found = { docs, lastResort, matched: hits };
    if (cache.size > 100) cache.clear();
    cache.set(term, found);
    return found;
  }

  /** Stories a filter lets through, as a test by story number. */
  async function filterOf(filters: SearchFilters): Promise<(doc: number) => boolean> {
    let inTopic: Uint8Array | undefined;
    if (filters.topic) {
      await store.load({ topics: [filters.topic] });
      inTopic = new Uint8Array(count);
      for (const doc of store.storiesOf('topic', filters.topic)) inTopic[doc] = 1;
    }
    const day = filters.year ? (filters.month ? `${filters.year}-${filters.month}` : filters.year) : '';
    return (doc) => (!inTopic || inTopic[doc] === 1) && (!day || store.dateOf(doc).startsWith(day));
  }

  /**
   * Fuse ranks the best candidates (already ordered by match quality, then date). Stories it
   * does not match found a word in the body beyond the stored lead; they follow, as do the
   * candidates beyond `MAX_RANKED`.
   */
  async function rank(candidates: number[], terms: string[]): Promise<number[]> {
    const ranked = candidates.slice(0, MAX_RANKED);
    await store.load({ docs: ranked });
    const index = Fuse.parseIndex<SearchText>({
      keys: fuseKeys,
      records: ranked.map((doc, position) => ({ ...prepared(doc).record, i: position })),
    } as never);
    const fuse = new Fuse(
      ranked.map((doc) => prepared(doc).folded),
      fuseOptions,
      index,
    );
    const order = fuse.search(terms.join(' ')).map((result) => ranked[result.refIndex]!);
    const found = new Set(order);
    return [...order, ...ranked.filter((doc) => !found.has(doc)), ...candidates.slice(MAX_RANKED)];
  }

  /** Newest first; stories of the same day keep their order. */
  function byDate(docs: number[]): number[] {
    return docs
      .map((doc) => ({ doc, date: store.dateOf(doc) }))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : place[a.doc]! - place[b.doc]!))
      .map(({ doc }) => doc);
  }

  /**
   * Outcomes by terms and filters: a space, a function word or a single letter typed next
   * leaves the terms unchanged, and "show more" asks again for the query on screen.
   */
  const outcomes = new Map<string, Promise<SearchOutcome>>();

  function search(query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const terms = queryTerms(query);
    const key = JSON.stringify([terms, filters.topic ?? '', filters.year ?? '', filters.month ?? '', filters.sort ?? '']);
    let outcome = outcomes.get(key);
    if (!outcome) {
      outcome = searchTerms(terms, filters);
      outcome.catch(() => outcomes.delete(key));
      if (outcomes.size >= 20) outcomes.clear();
      outcomes.set(key, outcome);
    }
    return outcome;
  }

  async function searchTerms(terms: string[], filters: SearchFilters): Promise<SearchOutcome> {
    const passes = await filterOf(filters);
    const byDateWanted = filters.sort === 'date';
    if (terms.length === 0) {
      if (!hasFilter(filters)) return { terms, lastResortTerms: [], matched: [], docs: [] };
      const all = Array.from(order).filter(passes);
      return { terms, lastResortTerms: [], matched: [], docs: ownLanguageFirst(byDateWanted ? byDate(all) : all, store) };
    }
    // Every term must match; the sum of match qualities orders the candidates, newest first
    // within the same sum (a counting sort keeps story order).
    const found = await Promise.all(terms.map(docsMatching));
    const matches = found.map(({ docs }) => docs);
    const lastResortTerms = terms.filter((_, i) => found[i]!.lastResort);
    const buckets: number[][] = [];
    for (let i = 0; i < count; i++) {
      const doc = order[i]!;
      let total = 0;
      for (const match of matches) {
        const quality = match[doc]!;
        if (quality === 0) {
          total = 0;
          break;
        }
        total += quality;
      }
      if (total > 0 && passes(doc)) (buckets[total] ??= []).push(doc);
    }
    const candidates = buckets.reverse().flatMap((bucket) => bucket ?? []);
    const ordered = byDateWanted ? byDate(candidates) : await rank(candidates, terms);
    return { terms, lastResortTerms, matched: found.map(({ matched }) => matched), docs: ownLanguageFirst(ordered, store) };
  }

  return {
    lang: store.lang,
    store,
    meta,
    textOf,
    loadDocs: (docs) => store.load({ docs }),
    search,
  };
}

function ownLanguageFirst(docs: number[], store: IndexStore): number[] {
  return [...docs.filter((doc) => store.isOwn(doc)), ...docs.filter((doc) => !store.isOwn(doc))];
}
