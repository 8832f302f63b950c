import { describe, expect, it } from 'vitest';
import { getFixedT, resources } from '../../src/i18n';
import { TOPIC_IDS } from '../../src/lib/topics';
import { ACTOR_KINDS } from '../../src/lib/content/schema';

describe('UI strings', () => {
  it('has the same keys in German and English', () => {
    expect(Object.keys(resources.de).sort()).toEqual(Object.keys(resources.en).sort());
  });

  it('has no empty strings', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const [key, value] of Object.entries(resources[lang])) {
        expect(value.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(resources.de) as (keyof typeof resources.de)[]) {
      expect(vars(resources.de[key]), key).toEqual(vars(resources.en[key]));
    }
  });

  it('pluralises article counts', () => {
    expect(getFixedT('de')('article.count', { count: 1 })).toBe('1 Artikel');
    expect(getFixedT('de')('article.count', { count: 3 })).toBe('3 Artikel');
    expect(getFixedT('en')('article.count', { count: 1 })).toBe('1 story');
    expect(getFixedT('en')('article.count', { count: 3 })).toBe('3 stories');
  });

  it('labels every topic and actor kind in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const t = getFixedT(lang);
      for (const topic of TOPIC_IDS) {
        expect(t(`topic.${topic}.label`)).not.toMatch(/^topic\./);
        expect(t(`topic.${topic}.description`)).not.toMatch(/^topic\./);
      }
      for (const kind of ACTOR_KINDS) expect(t(`actor.kind.${kind}`)).not.toMatch(/^actor\./);
    }
    expect(getFixedT('de')('topic.budget.label')).not.toBe(getFixedT('en')('topic.budget.label'));
  });

  it('interpolates without HTML-escaping (Astro escapes on output)', () => {
    expect(getFixedT('en')('nav.pageOf', { page: 2, last: 5 })).toBe('Page 2 of 5');
  });

  it('uses typographic apostrophes and quotes, never straight ones', () => {
    const straight: string[] = [];
    for (const lang of ['de', 'en'] as const) {
      for (const [key, value] of Object.entries(resources[lang])) {
        if (/['"]/.test(value)) straight.push(`${lang}:${key}: ${value}`);
      }
    }
    expect(straight).toEqual([]);
  });

  it('calls a story by one word per language: Artikel, story (the site’s name aside)', () => {
    const offWords = { de: /\b(Digests?|Meldung(en)?|Beitr(a|ä)ge?|Storys?)\b/, en: /\b(digests?|articles?|items?)\b/i };
    const found: string[] = [];
    for (const lang of ['de', 'en'] as const) {
      for (const [key, value] of Object.entries(resources[lang])) {
        if (offWords[lang].test(value.replaceAll('Souverän Digest', ''))) found.push(`${lang}:${key}: ${value}`);
      }
    }
    expect(found).toEqual([]);
  });
});
