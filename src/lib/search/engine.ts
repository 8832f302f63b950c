import Fuse from 'fuse.js';
import type { Lang } from '../../i18n/config';
import type { TopicId } from '../topics';
import { decodeSearchIndex, type SearchIndex } from './decode';
import { FUSE_OPTIONS, type SearchIndexData, type SearchText } from './index-data';
import { matchTerm, mayForgiveAsLastResort, TermMatch } from './match';
import { memoizeByString } from './memo';
import { prefoldForFuse, queryTerms, significantTokens, tokenize } from './normalize';
import { addMatches, loadPreIndex, type DocMatches } from './preindex';

export interface SearchFilters {
  topic?: TopicId | undefined;
  year?: string | undefined;
}

export interface SearchOutcome {
  terms: string[];
  /** Terms that matched nothing as typed and were read with one typo forgiven (`matchTerm`). */
  lastResortTerms: string[];
  /** Story numbers, best first: the page language before the other language. */
  docs: number[];
}

/**
 * Fuse ranks at most this many candidates, the best by pre-index match quality; the rest
 * (all matching every word) follow. Keeps each keystroke well inside one frame.
 */
const MAX_RANKED = 40;

type WordTable = { word: string; id: string }[];

function wordTable(entries: Record<string, { terms: string[] }>): WordTable {
  return Object.entries(entries).flatMap(([id, { terms }]) =>
    [...new Set(terms.flatMap(tokenize))].map((word) => ({ word, id })),
  );
}

function groupDocs<K>(keysOf: (doc: number) => K[], count: number): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (let doc = 0; doc < count; doc++) {
    for (const key of keysOf(doc)) {
      const list = groups.get(key);
      if (list) list.push(doc);
      else groups.set(key, [doc]);
    }
  }
  return groups;
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

export interface SearchEngine {
  data: SearchIndex;
  textOf(doc: number): SearchText;
  search(query: string, filters?: SearchFilters): SearchOutcome;
}

export function createSearchEngine(json: SearchIndexData): SearchEngine {
  const data = decodeSearchIndex(json);
  const count = data.docs.length;
  const preIndex = loadPreIndex(data.pre, count);
  const actorWords = wordTable(data.actors);
  const topicWords = wordTable(data.topics);
  const docsByActor = groupDocs((doc) => data.docs[doc]!.actors, count);
  const docsByTopic = groupDocs<string>((doc) => [data.docs[doc]!.topic], count);
  const cache = new Map<string, { docs: DocMatches; lastResort: boolean }>();

  function decodeText(doc: number): SearchText {
    const meta = data.docs[doc]!;
    return {
      ...data.storedText(doc),
      actors: meta.actors.flatMap((id) => data.actors[id]?.terms ?? []),
      topic: data.topics[meta.topic].terms,
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

  /**
   * Stories with a word, actor name or topic label matching the term, with match quality; for a
   * four-letter term that matches nothing, those within one typo (`lastResort`).
   */
  function docsMatching(term: string): { docs: DocMatches; lastResort: boolean } {
    let found = cache.get(term);
    if (found) return found;
    found = { docs: lookUp(term, false), lastResort: false };
    if (!found.docs.some((quality) => quality > 0) && mayForgiveAsLastResort(term)) found = { docs: lookUp(term, true), lastResort: true };
    if (cache.size > 100) cache.clear();
    cache.set(term, found);
    return found;
  }

  function lookUp(term: string, lastResort: boolean): DocMatches {
    const docs = preIndex.lookup(term, lastResort);
    for (const [table, byId] of [
      [actorWords, docsByActor],
      [topicWords, docsByTopic],
    ] as const) {
      for (const { word, id } of table) {
        const quality = matchTerm(term, word, lastResort);
        if (quality !== TermMatch.None) addMatches(docs, byId.get(id) ?? [], quality);
      }
    }
    return docs;
  }

  function passesFilters(doc: number, filters: SearchFilters): boolean {
    const meta = data.docs[doc]!;
    if (filters.topic && meta.topic !== filters.topic) return false;
    if (filters.year && !meta.date.startsWith(filters.year)) return false;
    return true;
  }

  /**
   * Fuse ranks the best candidates (already ordered by match quality, then date). Stories it
   * does not match found a word in the body beyond the stored lead; they follow, as do the
   * candidates beyond `MAX_RANKED`.
   */
  function rank(candidates: number[], terms: string[]): number[] {
    const ranked = candidates.slice(0, MAX_RANKED);
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

  /**
   * Outcomes by terms and filters: a space, a function word or a single letter typed next
   * leaves the terms unchanged, and "show more" asks again for the query on screen.
   */
  const outcomes = new Map<string, SearchOutcome>();

  function search(query: string, filters: SearchFilters = {}): SearchOutcome {
    const terms = queryTerms(query);
    const key = JSON.stringify([terms, filters.topic ?? '', filters.year ?? '']);
    let outcome = outcomes.get(key);
    if (!outcome) {
      outcome = searchTerms(terms, filters);
      if (outcomes.size >= 20) outcomes.clear();
      outcomes.set(key, outcome);
    }
    return outcome;
  }

  function searchTerms(terms: string[], filters: SearchFilters): SearchOutcome {
    if (terms.length === 0) {
      if (!filters.topic && !filters.year) return { terms, lastResortTerms: [], docs: [] };
      const all = [...Array(count).keys()].filter((doc) => passesFilters(doc, filters));
      return { terms, lastResortTerms: [], docs: ownLanguageFirst(all, data) };
    }
    // Every term must match; the sum of match qualities orders the candidates, newest first
    // within the same sum (a counting sort keeps story order).
    const found = terms.map(docsMatching);
    const matches = found.map(({ docs }) => docs);
    const lastResortTerms = terms.filter((_, i) => found[i]!.lastResort);
    const buckets: number[][] = [];
    for (let doc = 0; doc < count; doc++) {
      let total = 0;
      for (const match of matches) {
        const quality = match[doc]!;
        if (quality === 0) {
          total = 0;
          break;
        }
        total += quality;
      }
      if (total > 0 && passesFilters(doc, filters)) (buckets[total] ??= []).push(doc);
    }
    const candidates = buckets.reverse().flatMap((bucket) => bucket ?? []);
    return { terms, lastResortTerms, docs: ownLanguageFirst(rank(candidates, terms), data) };
  }

  return { data, textOf, search };
}

function ownLanguageFirst(docs: number[], data: SearchIndex): number[] {
  const lang: Lang = data.lang;
  const own = docs.filter((doc) => data.docs[doc]!.lang === lang);
  const other = docs.filter((doc) => data.docs[doc]!.lang !== lang);
  return [...own, ...other];
}
