import { LANGS, type Lang } from '../../i18n/config.ts';
import { homeUrl, notFoundUrl } from '../urls.ts';

/** The bilingual not-found page: what a host that knows no rules serves for every missing path. */
export const BILINGUAL_NOT_FOUND = '/404.html';

export interface NotFoundRule {
  lang: Lang;
  /** Missing paths under this prefix (`/de/`) get this language's page. */
  prefix: string;
  /** The page's file, e.g. `/de/nicht-gefunden/index.html`. */
  file: string;
}

/** A missing `/de/…` path answers with the German page, `/en/…` with the English one. */
export function notFoundRules(): NotFoundRule[] {
  return LANGS.map((lang) => ({ lang, prefix: homeUrl(lang), file: `${notFoundUrl(lang)}index.html` }));
}

/** The file served, with status 404, for a missing path. */
export function notFoundFileFor(path: string): string {
  return notFoundRules().find((rule) => path.startsWith(rule.prefix))?.file ?? BILINGUAL_NOT_FOUND;
}
