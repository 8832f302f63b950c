import type { Article } from './content/model.ts';

function compareNewestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function sortNewestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort(compareNewestFirst);
}

export interface MonthGroup {
  /** `YYYY-MM` */
  month: string;
  articles: Article[];
}

/** Groups articles (already sorted newest first) by publication month, keeping the order. */
export function groupByMonth(articles: readonly Article[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const article of articles) {
    const month = article.date.slice(0, 7);
    const last = groups.at(-1);
    if (last && last.month === month) last.articles.push(article);
    else groups.push({ month, articles: [article] });
  }
  return groups;
}

export interface Page<T> {
  items: T[];
  page: number;
  lastPage: number;
}

export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastPage }, (_, index) => ({
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    page: index + 1,
    lastPage,
  }));
}

/**
 * Related stories in the same language: scored by shared actors (2 each) and same topic (3),
 * newest first on ties.
 */
export function findRelated(article: Article, candidates: readonly Article[], limit = 3): Article[] {
  const actors = new Set(article.actors);
  return candidates
    .filter((other) => other.lang === article.lang && other.id !== article.id)
    .map((other) => ({ other, score: relatedScore(other, article, actors) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || compareNewestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** How related `other` is to `article` (whose actors are `actors`): 3 for the same topic, 2 per mention of one of the actors. */
export function relatedScore(other: Article, article: Article, actors: ReadonlySet<string>): number {
  let score = other.topic === article.topic ? 3 : 0;
  for (const actor of other.actors) if (actors.has(actor)) score += 2;
  return score;
}

/** How many stories each actor appears in, most first (ties by id). */
export function rankActors(articles: readonly Article[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const actor of new Set(article.actors)) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

type ActorRanking = { id: string; count: number }[];
/** Rankings per story list (by identity), for `rankActorsOnce`. */
const actorRankings = new WeakMap<readonly Article[], ActorRanking>();

/**
 * `rankActors` of a list of the site model, ranked once per list: every page of a topic's
 * listing (and its cache key) shows the topic's actors, and ranking the topic's stories for each
 * of its pages made the topic listings quadratic in the archive. The model's lists are not
 * changed after it is built.
 */
export function rankActorsOnce(articles: readonly Article[]): ActorRanking {
  let ranking = actorRankings.get(articles);
  if (!ranking) actorRankings.set(articles, (ranking = rankActors(articles)));
  return ranking;
}

/** Rankings per story list (by identity): every page of an actor's listing, and its cache key, ask again. */
const coActorRankings = new WeakMap<readonly Article[], Map<string, ActorRanking>>();

/** Actors who appear in the same stories as `actorId`, most shared stories first. */
export function rankCoActors(actorId: string, articles: readonly Article[]): ActorRanking {
  let byActor = coActorRankings.get(articles);
  if (!byActor) coActorRankings.set(articles, (byActor = new Map()));
  let ranking = byActor.get(actorId);
  if (!ranking) {
    ranking = rankActors(articles.filter((a) => a.actors.includes(actorId))).filter(({ id }) => id !== actorId);
    byActor.set(actorId, ranking);
  }
  return ranking;
}
