import { LANGS, type Lang } from '../i18n/config.ts';
import type { Article } from './content/model.ts';
import type { Edition } from './editions.ts';

/** One story: its editions by language, keyed by `translationKey`. */
type TranslationPair = Partial<Record<Lang, Article>>;
export type PairMap = ReadonlyMap<string, TranslationPair>;

/** Items of any kind grouped by a shared key, one per language: the idea behind every pair map. */
export function pairBy<T extends { lang: Lang }>(items: readonly T[], keyOf: (item: T) => string): Map<string, Partial<Record<Lang, T>>> {
  const pairs = new Map<string, Partial<Record<Lang, T>>>();
  for (const item of items) {
    const key = keyOf(item);
    const pair = pairs.get(key) ?? {};
    pair[item.lang] = item;
    pairs.set(key, pair);
  }
  return pairs;
}

/** The single source of truth for switcher, hreflang and sitemap alternates. */
export function buildPairMap(articles: readonly Article[]): PairMap {
  return pairBy(articles, (article) => article.translationKey);
}

/** Editions pair by ISO week: the German and English edition of the same week. */
export type EditionPairMap = ReadonlyMap<string, Partial<Record<Lang, Edition>>>;

export function buildEditionPairMap(editions: Record<Lang, readonly Edition[]>): EditionPairMap {
  return pairBy(LANGS.flatMap((lang) => editions[lang]), (edition) => edition.id);
}

export function findEditionTranslation(pairs: EditionPairMap, edition: Edition, lang: Lang): Edition | undefined {
  return pairs.get(edition.id)?.[lang];
}

export function findTranslation(pairs: PairMap, article: Article, lang: Lang): Article | undefined {
  return pairs.get(article.translationKey)?.[lang];
}

/** Languages that have an edition of this story, in site order. */
export function editionLangs(pairs: PairMap, article: Article): Lang[] {
  const pair = pairs.get(article.translationKey) ?? {};
  return LANGS.filter((lang) => pair[lang] !== undefined);
}
