import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorNames, encodeTexts, excerptOf, selectSearchArticles } from '../../src/lib/search/build';
import { decodeSearchIndex } from '../../src/lib/search/decode';
import {
  EXCERPT_WORD_BUDGET,
  excerptWordsFor,
  MAX_EXCERPT_WORDS,
  packNumbers,
  unpackNumbers,
  STORED_KEYS,
  type SearchIndexData,
} from '../../src/lib/search/index-data';
import { TermMatch } from '../../src/lib/search/match';
import { ACTORS, fixtureIndex, fixtureModel, lookUpIn } from './search-fixtures';



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

  it('stores each story once, in columns, its text as numbers into one table of spellings', () => {
    expect(index.slugs).toHaveLength(4);
    for (const column of [index.dates, index.topics, index.actors]) expect(column).toHaveLength(4);
    expect(index.texts).toHaveLength(STORED_KEYS.length);
    expect(new Set(index.words).size).toBe(index.words.length);
    expect(JSON.stringify(index)).not.toContain('geheime');
    expect(JSON.stringify(index)).not.toContain('"slug"');
    const decoded = decodeSearchIndex(index);
    const cloud = decoded.docs.findIndex((doc) => doc.slug === 'bundeswehr-cloud');
    expect(decoded.docs[cloud]).toEqual({
      slug: 'bundeswehr-cloud',
      lang: 'de',
      date: '2026-02-12',
      topic: 'defence-cloud',
      actors: ['bundeswehr'],
    });
    expect(decoded.storedText(cloud).title).toBe('Hensoldt baut eine souveräne Cloud für die Bundeswehr');
    expect(decoded.storedText(cloud).summary).toBe('Die Streitkräfte erhalten eine Cloud, die in Deutschland betrieben wird.');
  });

  it('numbers spellings by frequency and decodes them back', () => {
    const { words, texts } = encodeTexts([['b a a', 'a  c']]);
    expect(words).toEqual(['a', 'b', 'c']);
    expect(texts).toEqual([['1 0 0', '0 2']]);
    expect(unpackNumbers(packNumbers([0, 35, 36, 1000]))).toEqual([0, 35, 36, 1000]);
    expect(unpackNumbers('')).toEqual([]);
  });

  it('marks the stories that exist only in the other language', () => {
    const en = decodeSearchIndex(fixtureIndex('en'));
    expect(en.docs.map((doc) => doc.lang)).toEqual(['en', 'en', 'de', 'de']);
  });

  it('keeps actor names and aliases once, in both languages, each name with its language', () => {
    // `Europaeische Zentralbank`, an alias folding like the German name, is that name again.
    expect(actorNames(ACTORS[0]!)).toEqual({
      terms: ['Europäische Zentralbank', 'European Central Bank', 'EZB', 'ECB', 'Zentralbank'],
      termLangs: ['de', 'en', '', '', ''],
    });
    // A name both languages give has neither.
    expect(actorNames(ACTORS[2]!)).toEqual({ terms: ['Bundeswehr', 'Streitkräfte', 'German armed forces'], termLangs: ['', '', ''] });
    expect(index.actorTable.find((actor) => actor.id === 'ecb')?.name).toBe('Europäische Zentralbank');
  });

  it('pre-indexes significant words of title, summary and excerpt', () => {
    expect(index.pre.vocab).toEqual([...index.pre.vocab].sort());
    expect(index.pre.vocab).toContain('bundeswehr');
    expect(index.pre.vocab).not.toContain('die');
    const pre = lookUpIn(index.pre, index.slugs.length);
    const cloud = index.slugs.indexOf('bundeswehr-cloud');
    const matched = (term: string) => [...pre(term)].flatMap((quality, doc) => (quality > 0 ? [doc] : []));
    expect(matched('bundeswehr')).toEqual([cloud]);
    expect(pre('bundeswehr')[cloud]).toBe(TermMatch.Exact);
    expect(pre('bundesweh')[cloud]).toBe(TermMatch.Prefix);
  });

  it('keeps a lean excerpt of the body, shorter as the archive grows', () => {
    expect(excerptOf('eins zwei drei vier', 3)).toBe('eins zwei drei …');
    expect(excerptOf('eins  zwei', 3)).toBe('eins zwei');
    expect(excerptOf(' eins\n zwei drei ', 3)).toBe('eins\nzwei drei');
    // Same as splitting the whole text, for every cut of texts with odd spacing.
    const bySplit = (text: string, words: number) => {
      const parts = text.split(/\s+/).filter(Boolean);
      return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
    };
    for (const text of ['', '  ', 'a', ' a  b\tc\n', 'ä ö ü ß — x', 'one two three four five']) {
      for (let words = 1; words <= 6; words++) expect(excerptOf(text, words).replaceAll('\n', ' '), `${JSON.stringify(text)}, ${words}`).toBe(bySplit(text, words));
    }
    // The stored lead is cut from the pre-index's longer cut (collectSearchRows sends only that):
    // the same as cutting the text, its "…" included.
    const texts = fc.array(fc.constantFrom('a', 'ä', '…', 'b.', ' ', '  ', '\n', ' \n '), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (text, longer, shorter) => {
        expect(excerptOf(excerptOf(text, longer), shorter)).toBe(excerptOf(text, Math.min(longer, shorter)));
      }),
    );
    expect(excerptWordsFor(10)).toBe(MAX_EXCERPT_WORDS);
    expect(excerptWordsFor(6000)).toBeLessThan(excerptWordsFor(600));
    expect(excerptWordsFor(6000) * 6000).toBeLessThanOrEqual(EXCERPT_WORD_BUDGET);
  });
});
