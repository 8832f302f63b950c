import Fuse from 'fuse.js';
import { LANGS, otherLang, type Lang } from '../../i18n/config';
import type { Actor, Article } from '../content/model';
import type { SiteModel } from '../site';
import { TOPIC_IDS, type TopicId } from '../topics';
import { findTranslation } from '../translations';
import { excerptWordsFor, LEAD_WORDS, STORED_KEYS, type FuseIndexJson, type SearchDoc, type SearchIndexData } from './index-data';
import { foldText } from './normalize';
import { buildPreIndex } from './preindex';

export type TopicLabels = Record<Lang, Record<TopicId, string>>;

/**
 * The stories a language's search covers: its own editions first, then stories that exist
 * only in the other language. Drafts never, even when the model includes them (dev view).
 */
export function selectSearchArticles(model: SiteModel, lang: Lang): Article[] {
  const own = model.byLang[lang];
  const otherOnly = model.byLang[otherLang(lang)].filter((article) => !findTranslation(model.pairs, article, lang));
  return [...own, ...otherOnly].filter((article) => !article.draft);
}

/** Distinct by folded form, first spelling wins (`Europäische`/`Europaeische` kept once). */
function distinctTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const folded = foldText(term);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

export function actorTerms(actor: Actor): string[] {
  return distinctTerms([...LANGS.map((lang) => actor.name[lang]), ...actor.aliases]);
}

export function excerptOf(text: string, words: number): string {
  const parts = text.split(/\s+/).filter(Boolean);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
}

export interface BuildSearchIndexOptions {
  topicLabels: TopicLabels;
  /** Body words per story; by default the share of the index-wide word budget. */
  excerptWords?: number;
}

export function buildSearchIndex(model: SiteModel, lang: Lang, options: BuildSearchIndexOptions): SearchIndexData {
  const articles = selectSearchArticles(model, lang);
  const usedActors = new Set(articles.flatMap((article) => article.actors));
  const actors: SearchIndexData['actors'] = {};
  for (const id of [...usedActors].sort()) {
    const actor = model.actors.get(id);
    if (actor) actors[id] = { name: actor.name[lang], terms: actorTerms(actor) };
  }
  const topics = Object.fromEntries(
    TOPIC_IDS.map((id) => [
      id,
      { label: options.topicLabels[lang][id], terms: distinctTerms(LANGS.map((l) => options.topicLabels[l][id])) },
    ]),
  ) as SearchIndexData['topics'];

  const docs: SearchDoc[] = articles.map(({ slug, lang: docLang, date, topic, actors: ids }) => ({
    slug,
    lang: docLang,
    date,
    topic,
    actors: ids.filter((id) => id in actors),
  }));
  const excerptWords = options.excerptWords ?? excerptWordsFor(articles.length);
  const texts = articles.map((article) => ({
    title: article.title,
    summary: article.summary,
    excerpt: excerptOf(article.text, Math.min(LEAD_WORDS, excerptWords)),
  }));
  const fuse = Fuse.createIndex(
    STORED_KEYS.map((key) => ({ ...key })),
    texts,
  ).toJSON() as unknown as FuseIndexJson;
  // Actor and topic words are resolved through their own small tables at run time.
  // The pre-index also covers body words beyond the stored lead, as far as the budget allows.
  const pre = buildPreIndex(
    articles.map((article) => `${article.title} ${article.summary} ${excerptOf(article.text, excerptWords)}`),
  );
  return { version: 1, lang, docs, actors, topics, fuse, pre };
}
