import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { actorTerms, excerptOf, selectSearchArticles } from '../../src/lib/search/build';
import {
  EXCERPT_WORD_BUDGET,
  excerptWordsFor,
  MAX_EXCERPT_WORDS,
  STORED_KEYS,
  type SearchIndexData,
} from '../../src/lib/search/index-data';
import { TermMatch } from '../../src/lib/search/match';
import { loadPreIndex } from '../../src/lib/search/preindex';
import { ACTORS, fixtureIndex, fixtureModel } from './search-fixtures';

describe('selectSearchArticles', () => {
  it('covers the own language first, then stories only in the other language, never drafts', () => {
    const model = fixtureModel();
    expect(model.articles.some((article) => article.draft)).toBe(true);
    const en = selectSearchArticles(model, 'en').map((article) => article.id);
    expect(en).toEqual([
      'en/ecb-digital-euro',
      'en/bundeswehr-cloud',
      'de/digitalminister-haushalt',
      'de/quanten-ausschreibung',
    ]);
    expect(selectSearchArticles(model, 'de').map((article) => article.id)).not.toContain('de/geheimer-entwurf');
  });
});

describe('buildSearchIndex', () => {
  const index: SearchIndexData = fixtureIndex('de');

  it('stores each story text once, in the Fuse index records', () => {
    expect(index.docs).toHaveLength(4);
    expect(Object.keys(index.docs[0]!).sort()).toEqual(['actors', 'date', 'lang', 'slug', 'topic']);
    expect(index.fuse.keys.map((key) => key.id)).toEqual(STORED_KEYS.map((key) => key.name));
    const parsed = Fuse.parseIndex(index.fuse as never);
    expect(parsed.size()).toBe(4);
    expect(JSON.stringify(index)).not.toContain('geheime');
  });

  it('keeps actor names and aliases once, in both languages', () => {
    expect(actorTerms(ACTORS[0]!)).toEqual(['Europäische Zentralbank', 'European Central Bank', 'EZB', 'ECB', 'Zentralbank']);
    expect(index.actors['ecb']?.name).toBe('Europäische Zentralbank');
  });

  it('pre-indexes significant words of title, summary and excerpt', () => {
    expect(index.pre.vocab).toEqual([...index.pre.vocab].sort());
    expect(index.pre.vocab).toContain('bundeswehr');
    expect(index.pre.vocab).not.toContain('die');
    const pre = loadPreIndex(index.pre, index.docs.length);
    const cloud = index.docs.findIndex((doc) => doc.slug === 'bundeswehr-cloud');
    const matched = (term: string) => [...pre.lookup(term)].flatMap((quality, doc) => (quality > 0 ? [doc] : []));
    expect(matched('bundeswehr')).toEqual([cloud]);
    expect(pre.lookup('bundeswehr')[cloud]).toBe(TermMatch.Exact);
    expect(pre.lookup('bundesweh')[cloud]).toBe(TermMatch.Prefix);
  });

  it('keeps a lean excerpt of the body, shorter as the archive grows', () => {
    expect(excerptOf('eins zwei drei vier', 3)).toBe('eins zwei drei …');
    expect(excerptOf('eins  zwei', 3)).toBe('eins zwei');
    expect(excerptWordsFor(10)).toBe(MAX_EXCERPT_WORDS);
    expect(excerptWordsFor(6000)).toBeLessThan(excerptWordsFor(600));
    expect(excerptWordsFor(6000) * 6000).toBeLessThanOrEqual(EXCERPT_WORD_BUDGET);
  });
});
