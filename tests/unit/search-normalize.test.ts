import { describe, expect, it } from 'vitest';
import { matchTerm, prefixEditDistance, TermMatch } from '../../src/lib/search/match';
import { foldText, queryTerms, significantTokens, tokenize, wordSpans } from '../../src/lib/search/normalize';

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

  it('measures edit distance against the best prefix', () => {
    expect(prefixEditDistance('wildbergr', 'wildberger', 2)).toBe(1);
    expect(prefixEditDistance('bundeswehr', 'bundeswehrcloud', 2)).toBe(0);
    expect(prefixEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
