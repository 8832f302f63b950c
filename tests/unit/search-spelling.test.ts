import { describe, expect, it } from 'vitest';
import { buildPreIndex } from '../../src/lib/search/preindex';
import { commonSpellings, countSpellings, decodeSpelling, encodeSpelling } from '../../src/lib/search/spelling';

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

  it('counts each spelling, a decomposed accent kept in its word, and takes each folded word’s most frequent', () => {
    const counts = new Map<string, number>();
    countSpellings('Die Bundeswehr, die bundeswehr-nahe Bundeswehr.', counts);
    countSpellings('Re\u0301sume\u0301 der Europäischen', counts);
    expect(counts.get('Bundeswehr')).toBe(2);
    expect(counts.get('bundeswehr')).toBe(1);
    expect(counts.get('Re\u0301sume\u0301')).toBe(1);
    expect(counts.has('Re')).toBe(false);
    const spellings = commonSpellings(counts);
    expect(spellings.get('bundeswehr')).toBe('Bundeswehr');
    expect(spellings.get('resume')).toBe('Re\u0301sume\u0301');
    expect(spellings.get('europaischen')).toBe('Europäischen');
    // Once each: a tie, and upper case comes first in code-unit order.
    expect(spellings.get('die')).toBe('Die');
  });

  it('takes the first spelling in code-unit order among equally frequent ones', () => {
    expect(commonSpellings(new Map([['cloud', 2], ['Cloud', 2]])).get('cloud')).toBe('Cloud');
    expect(commonSpellings(new Map([['Cloud', 2], ['cloud', 2]])).get('cloud')).toBe('Cloud');
    expect(commonSpellings(new Map([['Cloud', 1], ['cloud', 3]])).get('cloud')).toBe('cloud');
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
