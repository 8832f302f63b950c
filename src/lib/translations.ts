import { LANGS, type Lang } from '../i18n/config';
import type { Article } from './content/model';

/** One story: its editions by language, keyed by `translationKey`. */
type TranslationPair = Partial<Record<Lang, Article>>;
export type PairMap = ReadonlyMap<string, TranslationPair>;

/** The single source of truth for switcher, hreflang and sitemap alternates. */
export function buildPairMap(articles: readonly Article[]): PairMap {
  const pairs = new Map<string, TranslationPair>();
  for (const article of articles) {
    const pair = pairs.get(article.translationKey) ?? {};
    pair[article.lang] = article;
    pairs.set(article.translationKey, pair);
  }
  return pairs;
}

export function findTranslation(pairs: PairMap, article: Article, lang: Lang): Article | undefined {
  return pairs.get(article.translationKey)?.[lang];
}

/** Languages that have an edition of this story, in site order. */
export function editionLangs(pairs: PairMap, article: Article): Lang[] {
  const pair = pairs.get(article.translationKey) ?? {};
  return LANGS.filter((lang) => pair[lang] !== undefined);
}
