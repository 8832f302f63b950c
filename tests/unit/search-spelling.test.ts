import { describe, expect, it } from 'vitest';
import { buildPreIndex } from '../../src/lib/search/preindex';
import { commonSpelling, countSpellings, decodeSpelling, encodeSpelling } from '../../src/lib/search/spelling';

describe('spellings of folded index words', () => {
  it('ship as a mark when the word is the folded one or its capitalised form, else in full', () => {
    expect(encodeSpelling('cloud', 'cloud')).toBe('');
    expect(encodeSpelling('bundeswehr', 'Bundeswehr')).toBe('^');
    expect(encodeSpelling('europaische', 'Europäische')).toBe('Europäische');
    expect(encodeSpelling('bsi', 'BSI')).toBe('BSI');
    for (const [word, spelling] of [
      ['cloud', 'cloud'],
      ['bundeswehr', 'Bundeswehr'],
      ['europaische', 'Europäische'],
      ['strasse', 'Straße'],
      ['bsi', 'BSI'],
    ] as const) {
      expect(decodeSpelling(word, encodeSpelling(word, spelling))).toBe(spelling);
    }
  });

  it('counts each folded word’s spellings, a decomposed accent kept in its word', () => {
    const counts = new Map<string, Map<string, number>>();
    countSpellings('Die Bundeswehr, die bundeswehr-nahe Bundeswehr.', counts);
    countSpellings('Re\u0301sume\u0301 der Europäischen', counts);
    expect(counts.get('bundeswehr')).toEqual(
      new Map([
        ['Bundeswehr', 2],
        ['bundeswehr', 1],
      ]),
    );
    expect(counts.get('resume')).toEqual(new Map([['Re\u0301sume\u0301', 1]]));
    expect(counts.get('europaischen')).toEqual(new Map([['Europäischen', 1]]));
    expect(counts.has('re')).toBe(false);
  });

  it('takes the most frequent spelling, the first in code-unit order among equals, else the word', () => {
    expect(commonSpelling('cloud', new Map([['Cloud', 1], ['cloud', 3]]))).toBe('cloud');
    expect(commonSpelling('cloud', new Map([['cloud', 2], ['Cloud', 2]]))).toBe('Cloud');
    expect(commonSpelling('cloud', undefined)).toBe('cloud');
  });

  it('are in the pre-index beside each word, as its texts most often spell it', () => {
    const pre = buildPreIndex(['Die Bundeswehr und die Europäische Zentralbank', 'Europäische Cloud', 'die europaeische cloud']);
    const spelling = (word: string) => decodeSpelling(word, pre.spellings[pre.vocab.indexOf(word)]!);
    expect(pre.spellings).toHaveLength(pre.vocab.length);
    expect(spelling('bundeswehr')).toBe('Bundeswehr');
    expect(spelling('europaische')).toBe('Europäische');
    expect(spelling('cloud')).toBe('Cloud');
    expect(spelling('zentralbank')).toBe('Zentralbank');
  });
});
