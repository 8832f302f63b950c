import type { Lang } from '../i18n/config';
import type { Article } from './content/model';
import { findRelated } from './listing';
import type { TopicId } from './topics';

/** The parts of the site model the related-stories lookup reads. */
export interface RelatedIndex {
  byLang: Record<Lang, Article[]>;
  byTopic: Record<Lang, Record<TopicId, Article[]>>;
  byActor: Record<Lang, Map<string, Article[]>>;
}

/**
 * Same result as `findRelated(article, byLang[lang], limit)`, without scoring every story of the
 * language on every story page (that made the build quadratic). A story scores only through a
 * shared actor or the same topic, so the candidates are the stories of the article's actors plus
 * the newest few of its topic: those without a shared actor all score 3, and the topic list is
 * already newest first, so the first `limit` of them are the best of that group.
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
  if (!ranking) groups.set(group, (ranking = rankRelated(article, actors, index, limit + 1)));
  return ranking.filter((other) => other.id !== article.id).slice(0, limit);
}

const rankingsByIndex = new WeakMap<RelatedIndex, Map<string, Article[]>>();

/** One language's stories as positions in its newest-first list, for counting without lookups. */
interface LangLists {
  articles: Article[];
  topicOf: readonly TopicId[];
  /** Per actor, the positions of its stories, once per mention (as the full scan counts them). */
  byActor: Map<string, Int32Array>;
  byTopic: Map<TopicId, Int32Array>;
  /** Scratch: shared-actor count per position, zero between rankings. */
  counts: Uint16Array;
}

const listsByIndex = new WeakMap<RelatedIndex, Partial<Record<Lang, LangLists>>>();

function langListsOf(index: RelatedIndex, lang: Lang): LangLists {
  let perLang = listsByIndex.get(index);
  if (!perLang) listsByIndex.set(index, (perLang = {}));
  const cached = perLang[lang];
  if (cached) return cached;
  const articles = index.byLang[lang];
  const actorLists = new Map<string, number[]>();
  const topicLists = new Map<TopicId, number[]>();
  const add = <K>(lists: Map<K, number[]>, key: K, position: number) => {
    const list = lists.get(key);
    if (list) list.push(position);
    else lists.set(key, [position]);
  };
  articles.forEach((article, position) => {
    for (const actor of article.actors) add(actorLists, actor, position);
    add(topicLists, article.topic, position);
  });
  const lists: LangLists = {
    articles,
    topicOf: articles.map((article) => article.topic),
    byActor: new Map([...actorLists].map(([actor, positions]) => [actor, Int32Array.from(positions)])),
    byTopic: new Map([...topicLists].map(([topic, positions]) => [topic, Int32Array.from(positions)])),
    counts: new Uint16Array(articles.length),
  };
  perLang[lang] = lists;
  return lists;
}

/**
 * The full scan's ranking (score: 3 for the topic, 2 per shared actor; ties newest first) over
 * the only stories that can score: the article's actors' stories and the newest few of its
 * topic. Positions in the newest-first list stand for the stories, so a tie is the lower position.
 */
function rankRelated(article: Article, actors: Set<string>, index: RelatedIndex, limit: number): Article[] {
  const { articles, topicOf, byActor, byTopic, counts } = langListsOf(index, article.lang);
  const touched: number[] = [];
  for (const actorId of actors) {
    for (const position of byActor.get(actorId) ?? []) if (counts[position]!++ === 0) touched.push(position);
  }
  const best: { position: number; score: number }[] = [];
  const consider = (position: number, score: number) => {
    if (best.length === limit && (score < best[limit - 1]!.score || (score === best[limit - 1]!.score && position > best[limit - 1]!.position))) return;
    let at = best.length;
    while (at > 0 && (score > best[at - 1]!.score || (score === best[at - 1]!.score && position < best[at - 1]!.position))) at -= 1;
    best.splice(at, 0, { position, score });
    if (best.length > limit) best.pop();
  };
  for (const position of touched) {
    consider(position, (topicOf[position] === article.topic ? 3 : 0) + 2 * counts[position]!);
  }
  // Stories of the topic without a shared actor all score 3: the newest few are enough.
  let sameTopicOnly = 0;
  for (const position of byTopic.get(article.topic) ?? []) {
    if (sameTopicOnly >= limit + 1) break;
    if (counts[position] === 0) {
      consider(position, 3);
      sameTopicOnly += 1;
    }
  }
  for (const position of touched) counts[position] = 0;
  return best.map(({ position }) => articles[position]!);
}
