import type { Lang } from '../i18n/config';
import type { Article } from './content/model';
import { compareNewestFirst, findRelated } from './listing';
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

function rankRelated(article: Article, actors: Set<string>, index: RelatedIndex, limit: number): Article[] {
  const { lang } = article;
  const candidates = new Map<string, Article>();
  for (const actorId of actors) {
    for (const other of index.byActor[lang].get(actorId) ?? []) candidates.set(other.id, other);
  }
  let sameTopicOnly = 0;
  for (const other of index.byTopic[lang][article.topic]) {
    if (sameTopicOnly >= limit + 1) break;
    if (!candidates.has(other.id)) {
      candidates.set(other.id, other);
      sameTopicOnly += 1;
    }
  }

  const best: { other: Article; score: number }[] = [];
  for (const other of candidates.values()) {
    if (other.lang !== lang) continue;
    let shared = 0;
    for (const actor of other.actors) if (actors.has(actor)) shared += 1;
    const score = (other.topic === article.topic ? 3 : 0) + 2 * shared;
    if (score > 0) insertTopK(best, { other, score }, limit);
  }
  return best.map(({ other }) => other);
}

function ranksBefore(a: { other: Article; score: number }, b: { other: Article; score: number }): boolean {
  return a.score !== b.score ? a.score > b.score : compareNewestFirst(a.other, b.other) < 0;
}

/** Keeps `best` sorted and at most `limit` long: O(limit) per candidate instead of a full sort. */
function insertTopK(best: { other: Article; score: number }[], item: { other: Article; score: number }, limit: number) {
  if (best.length === limit && !ranksBefore(item, best[limit - 1]!)) return;
  let position = best.length;
  while (position > 0 && ranksBefore(item, best[position - 1]!)) position -= 1;
  best.splice(position, 0, item);
  if (best.length > limit) best.pop();
}
