import i18next, { type TOptions } from 'i18next';
import type { Lang } from './config.ts';
import de from './locales/de.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Every UI string key; plural forms are addressed by their base key plus `count`. */
type UiKey = StripPlural<keyof typeof en>;
export type Translate = (key: UiKey, options?: TOptions) => string;

export const resources = { de, en } as const;

/** The site's one i18next instance, initialised synchronously with bundled resources. */
const instance = i18next.createInstance();
void instance.init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: 'de',
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes on output; escaping here too would double-escape.
  interpolation: { escapeValue: false },
});

const cache = new Map<Lang, Translate>();
/** Enough for every count and date a build formats; titles interpolated once each may push it out. */
const MAX_REMEMBERED = 20_000;

/**
 * A translation depends only on its key and options, and pages ask for the same ones thousands
 * of times (reading times, counts, page numbers): each language remembers what it returned.
 */
export function getFixedT(lang: Lang): Translate {
  let t = cache.get(lang);
  if (!t) {
    const fixed = instance.getFixedT(lang);
    const remembered = new Map<string, string>();
    t = (key, options) => {
      const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
      let text = remembered.get(id);
      if (text === undefined) {
        text = fixed(key, options ?? {}) as string;
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        remembered.set(id, text);
      }
      return text;
    };
    cache.set(lang, t);
  }
  return t;
}
