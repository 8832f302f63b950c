import { LANGS, type Lang } from '../i18n/config.ts';
import type { Actor, Article } from './content/model.ts';
import { placeholderPublisher, type Publisher } from './content/publisher.ts';
import { rankActors, sortNewestFirst } from './listing.ts';
import { selectPublished, type PublishOptions } from './publishing.ts';
import { TOPIC_IDS, type TopicId } from './topics.ts';
import { buildEditionPairMap, buildPairMap, type EditionPairMap, type PairMap } from './translations.ts';
import type { EditionNote } from './content/edition-note.ts';
import { buildEditions, indexEditionNotes, type Edition } from './editions.ts';
import { listCorrections, type ListedCorrection } from './corrections.ts';

/** Everything the pages need, computed once per build from the raw collections. */
export interface SiteModel {
  /** Published stories, newest first. */
  articles: Article[];
  byLang: Record<Lang, Article[]>;
  byTopic: Record<Lang, Record<TopicId, Article[]>>;
  byActor: Record<Lang, Map<string, Article[]>>;
  pairs: PairMap;
  actors: Map<string, Actor>;
  /** Actors sorted by how many stories (both languages) mention them. */
  actorRanking: { id: string; count: number }[];
  /** Weekly editions per language, newest first; a week appears once it has a published story. */
  editions: Record<Lang, Edition[]>;
  /** The edition that lists a story, by the story's id (a story page names it). */
  editionOfStory: ReadonlyMap<string, Edition>;
  /** Editions of the same ISO week in both languages. */
  editionPairs: EditionPairMap;
  /** Editors' edition files by `editionNoteKey(lang, id)`. */
  editionNotes: ReadonlyMap<string, EditionNote>;
  /** Every correction of a published story, newest first. */
  corrections: Record<Lang, ListedCorrection[]>;
  /** Who publishes the site (imprint, privacy page); placeholders until launch. */
  publisher: Publisher;
}

function emptyTopics(): Record<TopicId, Article[]> {
  return Object.fromEntries(TOPIC_IDS.map((id) => [id, []])) as unknown as Record<TopicId, Article[]>;
}

export function buildSiteModel(
  allArticles: readonly Article[],
  allActors: readonly Actor[],
  options: PublishOptions & { publisher?: Publisher },
  editionNotes: readonly EditionNote[] = [],
): SiteModel {
  const articles = sortNewestFirst(selectPublished(allArticles, options));
  const actors = new Map(allActors.map((actor) => [actor.id, actor]));
  const byLang = { de: [], en: [] } as Record<Lang, Article[]>;
  const byTopic = { de: emptyTopics(), en: emptyTopics() };
  const byActor = { de: new Map(), en: new Map() } as Record<Lang, Map<string, Article[]>>;
  for (const lang of LANGS) for (const id of actors.keys()) byActor[lang].set(id, []);

  for (const article of articles) {
    byLang[article.lang].push(article);
    byTopic[article.lang][article.topic].push(article);
    for (const actorId of new Set(article.actors)) byActor[article.lang].get(actorId)?.push(article);
  }

  const editions = buildEditions(byLang);
  return {
    articles,
    byLang,
    editions,
    editionOfStory: new Map(LANGS.flatMap((lang) => editions[lang].flatMap((edition) => edition.articles.map((story) => [story.id, edition] as const)))),
    editionPairs: buildEditionPairMap(editions),
    editionNotes: indexEditionNotes(editionNotes),
    corrections: { de: listCorrections(byLang.de), en: listCorrections(byLang.en) },
    byTopic,
    byActor,
    pairs: buildPairMap(articles),
    actors,
    actorRanking: rankActors(articles),
    publisher: options.publisher ?? placeholderPublisher(),
  };
}
