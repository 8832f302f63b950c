import { describe, expect, it } from 'vitest';
import { matchTerm, prefixEditDistance, TermMatch } from '../../src/lib/search/match';
import Fuse from 'fuse.js';
import { FUSE_OPTIONS, type SearchText } from '../../src/lib/search/index-data';
import { foldText, prefoldForFuse, queryTerms, significantTokens, typedTerms, tokenize, wordSpans } from '../../src/lib/search/normalize';

describe('foldText', () => {
  it('makes umlaut, plain and digraph spellings equal', () => {
    const forms = ['Europäische', 'europaische', 'EUROPAEISCHE'].map(foldText);
    expect(new Set(forms)).toEqual(new Set(['europaische']));
  });

  it('writes ß as ss and strips other diacritics', () => {
    expect(foldText('Straße')).toBe(foldText('Strasse'));
    expect(foldText('Café Zürich')).toBe('cafe zurich');
  });
});

describe('tokenize', () => {
  it('splits on punctuation and hyphens and folds each word', () => {
    expect(tokenize('Bundeswehr-Cloud: Größe, 2026!')).toEqual(['bundeswehr', 'cloud', 'grosse', '2026']);
  });

  it('keeps offsets of the original text for highlighting', () => {
    const text = 'Die Größe zählt';
    const spans = wordSpans(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['Die', 'Größe', 'zählt']);
    expect(spans[1]!.folded).toBe('grosse');
  });

  it('drops function words and single letters from significant tokens', () => {
    expect(significantTokens('Die Cloud für die Bundeswehr und a b')).toEqual(['cloud', 'bundeswehr']);
  });

  it('makes query terms distinct', () => {
    expect(queryTerms('Euro euro EURO digitaler')).toEqual(['euro', 'digitaler']);
    expect(queryTerms('  der die das ')).toEqual([]);
  });
});

describe('matchTerm', () => {
  it('grades exact, prefix, inside and typo matches', () => {
    expect(matchTerm('cloud', 'cloud')).toBe(TermMatch.Exact);
    expect(matchTerm('bundes', 'bundeswehr')).toBe(TermMatch.Prefix);
    expect(matchTerm('messung', 'quantenmessung')).toBe(TermMatch.Inside);
    expect(matchTerm(foldText('Wildbergr'), 'wildberger')).toBe(TermMatch.Fuzzy);
    expect(matchTerm(foldText('Bundeswer'), 'bundeswehr')).toBe(TermMatch.Fuzzy);
    expect(matchTerm(foldText('Quantenmesung'), 'quantenmessung')).toBe(TermMatch.Fuzzy);
  });

  it('does not forgive typos in very short terms or unrelated words', () => {
    expect(matchTerm('eu', 'ei')).toBe(TermMatch.None);
    expect(matchTerm('bund', 'bunt')).toBe(TermMatch.None);
    expect(matchTerm('bund', 'bundeswehr')).toBe(TermMatch.Prefix);
    expect(matchTerm('cloud', 'allianz')).toBe(TermMatch.None);
    expect(matchTerm('wildberger', 'wildschwein')).toBe(TermMatch.None);
  });

  it('forgives one typo in a four-letter term only as a last resort', () => {
    expect(matchTerm('clod', 'cloud')).toBe(TermMatch.None);
    expect(matchTerm('clod', 'cloud', true)).toBe(TermMatch.Fuzzy);
    expect(matchTerm('bund', 'bundeswehr', true)).toBe(TermMatch.Prefix);
    expect(matchTerm('eur', 'ezb', true)).toBe(TermMatch.None);
    expect(matchTerm('clod', 'allianz', true)).toBe(TermMatch.None);
  });

  it('measures edit distance against the best prefix', () => {
    expect(prefixEditDistance('wildbergr', 'wildberger', 2)).toBe(1);
    expect(prefixEditDistance('bundeswehr', 'bundeswehrcloud', 2)).toBe(0);
    expect(prefixEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('prefoldForFuse', () => {
  it('lower-cases, drops diacritics and writes ß as ss, as Fuse does before comparing', () => {
    expect(prefoldForFuse('Europäische Straße in Łódź, São Paulo')).toBe('europaische strasse in lodz, sao paulo');
    expect(prefoldForFuse('Plain ASCII')).toBe('plain ascii');
  });

  it('leaves Fuse ranking exactly as with the original text', () => {
    const texts: SearchText[] = [
      { title: 'Europäische Souveränität', summary: 'Die Straße der Daten', excerpt: 'Müller begrüßt Łódź', actors: ['Karsten Wildberger', 'BMDS'], topic: ['Digitalhaushalt', 'Digital budget'] },
      { title: 'Cloud für die Bundeswehr', summary: 'Souverän betrieben, São Paulo', excerpt: 'Ærø und Øresund', actors: ['Bundeswehr', 'Armed forces'], topic: ['Verteidigungscloud', 'Defence cloud'] },
      { title: 'EUROPAEISCHE Strasse', summary: 'Quantenmessung', excerpt: 'Grüße aus İstanbul', actors: ['Europäische Zentralbank', 'ECB'], topic: ['Digitaler Euro', 'Digital euro'] },
    ];
    const folded = texts.map((text) => ({
      title: prefoldForFuse(text.title),
      summary: prefoldForFuse(text.summary),
      excerpt: prefoldForFuse(text.excerpt),
      actors: text.actors.map(prefoldForFuse),
      topic: text.topic.map(prefoldForFuse),
    }));
    const ranking = (docs: SearchText[], query: string) =>
      new Fuse(docs, FUSE_OPTIONS).search(query).map((result) => [result.refIndex, result.score]);
    for (const query of ['europaische', 'Europäische Straße', 'strasse', 'lodz', 'souveran', 'Bundeswer', 'istanbul', 'Zentralbank', 'oresund', 'cloud']) {
      expect(ranking(folded, query), query).toEqual(ranking(texts, query));
      expect(ranking(texts, query).length, query).toBeGreaterThan(0);
    }
  });
});

describe('typedTerms', () => {
  it('gives every query term the spelling the reader typed first, umlauts and capitals kept', () => {
    const query = 'Europäische und europaeische Souveränität, der Bundeswer';
    const typed = typedTerms(query);
    expect([...typed.keys()]).toEqual(queryTerms(query));
    expect(Object.fromEntries(typed)).toEqual({ europaische: 'Europäische', souveranitat: 'Souveränität', bundeswer: 'Bundeswer' });
  });
});
