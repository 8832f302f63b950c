/** The site's languages. Order matters: it is the order of switchers and alternates. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const BCP47: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
export const OG_LOCALE: Record<Lang, string> = { de: 'de_DE', en: 'en_GB' };
export const TIME_ZONE = 'Europe/Berlin';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}
