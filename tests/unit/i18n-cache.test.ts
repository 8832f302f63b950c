import { describe, expect, it } from 'vitest';
import { getFixedT } from '../../src/i18n';

// getFixedT remembers what it returned; languages and options must stay apart.
describe('getFixedT with remembered plain strings', () => {
  it('keeps each language and still interpolates and pluralises', () => {
    const de = getFixedT('de');
    const en = getFixedT('en');
    expect(de('nav.home')).toBe('Start');
    expect(en('nav.home')).toBe('Home');
    expect(de('nav.home')).toBe('Start');
    expect(en('article.count', { count: 1 })).toBe('1 story');
    expect(en('article.count', { count: 3 })).toBe('3 stories');
    expect(de('article.count', { count: 3 })).toBe('3 Artikel');
    // Remembered with their options: the same key with other options is another string.
    expect(en('article.count', { count: 1 })).toBe('1 story');
    expect(en('og.imageAlt', { title: 'A' })).not.toBe(en('og.imageAlt', { title: 'B' }));
    expect(en('og.imageAlt', { title: 'A' })).toContain('A');
  });
});
