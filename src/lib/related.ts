import type { Lang } from '../i18n/config';
import type { Article } from './content/model';
import { findRelated, relatedScore } from './listing';
import type { TopicId } from './topics';

/** The parts of the site model the related-stories lookup reads. */
export interface RelatedIndex {
  byLang: Record<Lang, Article[]>;
  byTopic: Record<Lang, Record<TopicId, Article[]>>;
  byActor: Record<Lang, Map<string, Article[]>>;
}

/**
 * Groups of stories naming at most this many actors are ranked from an index of actor subsets;
 * a group naming more walks its actors' full lists (exact, but as long as the lists). A story is
 * indexed under each subset of its actors that such a group can ask for.
 */
export const MAX_INDEXED_ACTORS = 4;

/**
 * Same result as `findRelated(article, byLang[lang], limit)`, without scoring every story of the
 * language on every story page (that made the build quadratic) and without walking the article's
 * actors' lists, which grow with the archive (that made the cost per story grow).
 */
export function findRelatedIndexed(article: Article, index: RelatedIndex, limit = 3): Article[] {
  // The ranking depends only on language, topic and actor set, which many stories share: rank
  // once per group (one extra place for the story itself) and drop the story from the result.
  const actors = new Set(article.actors);
  // An actor without a list (no actor file) would hide matches: take the slow, complete path.
  if ([...actors].some((id) => !index.byActor[article.lang].has(id))) {
    return findRelated(article, index.byLang[article.lang], limit);
  }
  const group = `${article.lang}|${article.topic}|${[...actors].sort().join(',')}|${limit}`;
  let groups = rankingsByIndex.get(index);
  if (!groups) rankingsByIndex.set(index, (groups = new Map()));
  let ranking = groups.get(group);
  if (!ranking) {
    const lists = langListsOf(index, article.lang);
    const rank = actors.size <= MAX_INDEXED_ACTORS ? rankBySubsets : rankByScan;
    groups.set(group, (ranking = rank(article, actors, lists, limit + 1)));
  }
  return ranking.filter((other) => other.id !== article.id).slice(0, limit);
}

const rankingsByIndex = new WeakMap<RelatedIndex, Map<string, Article[]>>();

/** One language's stories as positions in its newest-first list (a tie is the lower position). */
interface LangLists {
  articles: Article[];
  topics: TopicId[];
  /** A small number per actor, for keys of actor sets that no actor id can make ambiguous. */
  actorNumber: Map<string, number>;
  /** Position of each topic in `topics`. */
  topicNumber: Map<TopicId, number>;
  /** Per depth, the newest stories under each topic and actor subset (`subsetIndexOf`). */
  subsetIndexes: Map<number, SubsetIndex>;
  /**
   * The keys of every subset of a story's actors where the story names at most
   * MAX_INDEXED_ACTORS: the only subsets a ranking asks for, so the only ones indexed.
   */
  wanted?: Set<number>;
  /** For `rankByScan`, built on first use. */
  scan?: ScanLists;
}

const listsByIndex = new WeakMap<RelatedIndex, Partial<Record<Lang, LangLists>>>();

function langListsOf(index: RelatedIndex, lang: Lang): LangLists {
  let perLang = listsByIndex.get(index);
  if (!perLang) listsByIndex.set(index, (perLang = {}));
  const cached = perLang[lang];
  if (cached) return cached;
  const articles = index.byLang[lang];
  const actorNumber = new Map<string, number>();
  const topics = new Set<TopicId>();
  for (const article of articles) {
    topics.add(article.topic);
    for (const actor of article.actors) if (!actorNumber.has(actor)) actorNumber.set(actor, actorNumber.size);
  }
  const topicList = [...topics];
  const topicNumber = new Map(topicList.map((topic, number) => [topic, number]));
  const lists: LangLists = { articles, topics: topicList, actorNumber, topicNumber, subsetIndexes: new Map() };
  perLang[lang] = lists;
  return lists;
}

interface SubsetIndex {
  /**
   * Key: a wanted subset's key (`forEachSubsetKey`) times the number of topics plus the topic's
   * number. Value: the positions of the newest `depth` stories of that topic naming all its actors.
   */
  bySubset: Map<number, number[]>;
  /** The newest `depth` positions of each topic. */
  byTopic: Map<TopicId, number[]>;
  /** Stories naming an actor twice: they score more than their actor set says, so always candidates. */
  repeating: number[];
}

/** Actor numbers below this fit a subset of MAX_INDEXED_ACTORS of them into one exact number key. */
const KEY_BASE = 4096;
/** Subset keys stay below KEY_BASE^MAX_INDEXED_ACTORS (2^48), times at most this many topics. */
const MAX_KEYED_TOPICS = 32;

/**
 * Calls `visit` with every non-empty subset of at most `maxSize` of `numbers` (ascending, each
 * below KEY_BASE - 1) as a number key (the numbers plus one, in base KEY_BASE); when `visit`
 * returns false, none of that subset's supersets are visited.
 */
function forEachSubsetKey(
  numbers: readonly number[],
  maxSize: number,
  visit: (key: number, size: number) => boolean | void,
  from = 0,
  prefix = 0,
  size = 0,
): void {
  for (let at = from; at < numbers.length; at += 1) {
    const key = prefix * KEY_BASE + numbers[at]! + 1;
    if (visit(key, size + 1) === false) continue;
    if (size + 1 < maxSize) forEachSubsetKey(numbers, maxSize, visit, at + 1, key, size + 1);
  }
}

function actorNumbersOf(actors: Iterable<string>, actorNumber: Map<string, number>): number[] {
  return [...new Set(actors)].map((id) => actorNumber.get(id)!).sort((a, b) => a - b);
}

function wantedOf(lists: LangLists): Set<number> {
  if (lists.wanted) return lists.wanted;
  const wanted = new Set<number>();
  for (const article of lists.articles) {
    const numbers = actorNumbersOf(article.actors, lists.actorNumber);
    if (numbers.length <= MAX_INDEXED_ACTORS) forEachSubsetKey(numbers, MAX_INDEXED_ACTORS, (key) => void wanted.add(key));
  }
  return (lists.wanted = wanted);
}

function subsetIndexOf(lists: LangLists, depth: number): SubsetIndex {
  const cached = lists.subsetIndexes.get(depth);
  if (cached) return cached;
  const wanted = wantedOf(lists);
  const bySubset = new Map<number, number[]>();
  const byTopic = new Map<TopicId, number[]>();
  const repeating: number[] = [];
  const add = <K>(map: Map<K, number[]>, key: K, position: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [position]);
    else if (list.length < depth) list.push(position);
  };
  const topicCount = lists.topics.length;
  lists.articles.forEach((article, position) => {
    const numbers = actorNumbersOf(article.actors, lists.actorNumber);
    const topic = lists.topicNumber.get(article.topic)!;
    if (numbers.length !== article.actors.length) repeating.push(position);
    add(byTopic, article.topic, position);
    // A story naming many actors would have thousands of subsets; only the wanted ones count,
    // and a subset that is not wanted has no wanted superset.
    forEachSubsetKey(numbers, MAX_INDEXED_ACTORS, (key) => {
      if (!wanted.has(key)) return false;
      add(bySubset, key * topicCount + topic, position);
    });
  });
  const index: SubsetIndex = { bySubset, byTopic, repeating };
  lists.subsetIndexes.set(depth, index);
  return index;
}

type Ranked = { position: number; score: number }[];

/** Puts a story into the best `depth` so far (score first, then the lower position, i.e. newer). */
function considerRanked(best: Ranked, depth: number, position: number, score: number): void {
  const last = best[depth - 1];
  if (last && (score < last.score || (score === last.score && position > last.position))) return;
  let at = best.length;
  while (at > 0 && (score > best[at - 1]!.score || (score === best[at - 1]!.score && position < best[at - 1]!.position))) at -= 1;
  best.splice(at, 0, { position, score });
  if (best.length > depth) best.pop();
}

/**
 * The full scan's top `depth` from a few candidates. A story o that names no actor twice scores
 * exactly its level, 3·(same topic) + 2·|X| with X its actors among the article's, and every
 * story of o's topic that names all of X scores at least that. The newest `depth` of those are
 * indexed under (X, o's topic); if o is not among them, `depth` newer stories score at least as
 * much and o is not in the top. So the lists of every non-empty subset of the article's actors in
 * every topic, the newest of its topic (X empty) and the stories naming an actor twice hold the
 * top. Lists are read from the highest level down, and once the `depth`-th best so far scores
 * more than the level still to read, no unread story can reach the top (not even by a tie).
 */
function rankBySubsets(article: Article, actors: Set<string>, lists: LangLists, depth: number): Article[] {
  const numbers = actorNumbersOf(actors, lists.actorNumber);
  // Only the language's own stories' actor sets are indexed (any other set takes the walk), and
  // only while every subset key is an exact number.
  let whole = 0;
  for (const number of numbers) whole = whole * KEY_BASE + (number ?? NaN) + 1;
  if (lists.actorNumber.size >= KEY_BASE - 1 || lists.topics.length > MAX_KEYED_TOPICS || !wantedOf(lists).has(whole)) {
    return rankByScan(article, actors, lists, depth);
  }
  const { bySubset, byTopic, repeating } = subsetIndexOf(lists, depth);
  const topicCount = lists.topics.length;
  const keysBySize: number[][] = [];
  forEachSubsetKey(numbers, MAX_INDEXED_ACTORS, (key, size) => void (keysBySize[size] ??= []).push(key));
  const levels: { size: number; sameTopic: boolean; level: number }[] = [{ size: 0, sameTopic: true, level: 3 }];
  for (let size = 1; size < keysBySize.length; size += 1) {
    levels.push({ size, sameTopic: true, level: 2 * size + 3 }, { size, sameTopic: false, level: 2 * size });
  }
  levels.sort((a, b) => b.level - a.level);
  const best: Ranked = [];
  const seen = new Set<number>();
  const offer = (positions: readonly number[]) => {
    for (const position of positions) {
      if (seen.has(position)) continue;
      seen.add(position);
      const score = relatedScore(lists.articles[position]!, article, actors);
      if (score > 0) considerRanked(best, depth, position, score);
    }
  };
  offer(repeating);
  for (const { size, sameTopic, level } of levels) {
    if (best.length === depth && best[depth - 1]!.score > level) break;
    if (size === 0) offer(byTopic.get(article.topic) ?? []);
    for (const key of size === 0 ? [] : keysBySize[size]!) {
      for (const topic of sameTopic ? [article.topic] : lists.topics) {
        if (sameTopic || topic !== article.topic) offer(bySubset.get(key * topicCount + lists.topicNumber.get(topic)!) ?? []);
      }
    }
  }
  return best.map(({ position }) => lists.articles[position]!);
}

interface ScanLists {
  topicOf: readonly TopicId[];
  /** Per actor, the positions of its stories, once per mention (as the full scan counts them). */
  byActor: Map<string, Int32Array>;
  byTopic: Map<TopicId, Int32Array>;
  /** Scratch: shared-actor count per position, zero between rankings. */
  counts: Uint16Array;
}

function scanListsOf(lists: LangLists): ScanLists {
  if (lists.scan) return lists.scan;
  const { articles } = lists;
  const actorLists = new Map<string, number[]>();
  const topicLists = new Map<TopicId, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, position: number) => {
    const list = map.get(key);
    if (list) list.push(position);
    else map.set(key, [position]);
  };
  articles.forEach((article, position) => {
    for (const actor of article.actors) add(actorLists, actor, position);
    add(topicLists, article.topic, position);
  });
  lists.scan = {
    topicOf: articles.map((article) => article.topic),
    byActor: new Map([...actorLists].map(([actor, positions]) => [actor, Int32Array.from(positions)])),
    byTopic: new Map([...topicLists].map(([topic, positions]) => [topic, Int32Array.from(positions)])),
    counts: new Uint16Array(articles.length),
  };
  return lists.scan;
}

/**
 * The full scan's ranking over the only stories that can score: the article's actors' stories
 * and the newest few of its topic. For groups with more actors than the subset index covers.
 */
function rankByScan(article: Article, actors: Set<string>, lists: LangLists, depth: number): Article[] {
  const { topicOf, byActor, byTopic, counts } = scanListsOf(lists);
  const touched: number[] = [];
  for (const actorId of actors) {
    for (const position of byActor.get(actorId) ?? []) if (counts[position]!++ === 0) touched.push(position);
  }
  const best: Ranked = [];
  const consider = (position: number, score: number) => considerRanked(best, depth, position, score);
  for (const position of touched) {
    consider(position, (topicOf[position] === article.topic ? 3 : 0) + 2 * counts[position]!);
  }
  // Stories of the topic without a shared actor all score 3: the newest few are enough.
  let sameTopicOnly = 0;
  for (const position of byTopic.get(article.topic) ?? []) {
    if (sameTopicOnly >= depth) break;
    if (counts[position] === 0) {
      consider(position, 3);
      sameTopicOnly += 1;
    }
  }
  for (const position of touched) counts[position] = 0;
  return best.map(({ position }) => lists.articles[position]!);
}
