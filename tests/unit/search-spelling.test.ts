import { describe, expect, it } from 'vitest';
import { unpackNumbers } from '../../src/lib/search/index-data';
import { buildPreIndex, fromGaps } from '../../src/lib/search/preindex';
import {
  countSpellings,
  decodeSpelling,
  decodeSpellings,
  encodeSpelling,
  encodeSpellings,
  spellingInPostings,
  spellingVariants,
} from '../../src/lib/search/spelling';

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
    const { spellings, forms } = spellingVariants(counts);
    // Case alone does not make another word: one spelling, its most frequent form.
    expect(spellings.get('bundeswehr')).toEqual(['Bundeswehr']);
    expect(spellings.get('resume')).toEqual(['Re\u0301sume\u0301']);
    expect(spellings.get('europaischen')).toEqual(['Europäischen']);
    // Once each: a tie, and upper case comes first in code-unit order.
    expect(spellings.get('die')).toEqual(['Die']);
    expect(forms.size).toBe(0);
  });

  it('keeps words that fold alike apart, the most frequent first, and knows each written form’s', () => {
    const { spellings, forms } = spellingVariants(new Map([['Förderung', 3], ['Forderung', 1], ['forderung', 1], ['FÖRDERUNG', 1]]));
    expect(spellings.get('forderung')).toEqual(['Förderung', 'Forderung']);
    expect(forms.get('FÖRDERUNG')).toEqual({ word: 'forderung', variant: 0 });
    expect(forms.get('forderung')).toEqual({ word: 'forderung', variant: 1 });
    expect(decodeSpellings('forderung', encodeSpellings('forderung', ['Förderung', 'Forderung']))).toEqual(['Förderung', 'Forderung']);
  });

  it('takes the first spelling in code-unit order among equally frequent ones', () => {
    expect(spellingVariants(new Map([['cloud', 2], ['Cloud', 2]])).spellings.get('cloud')).toEqual(['Cloud']);
    expect(spellingVariants(new Map([['Cloud', 2], ['cloud', 2]])).spellings.get('cloud')).toEqual(['Cloud']);
    expect(spellingVariants(new Map([['Cloud', 1], ['cloud', 3]])).spellings.get('cloud')).toEqual(['cloud']);
  });

  it('are in the pre-index beside each word, each story’s own where spellings are different words', () => {
    const texts = ['Die Förderung der Bundeswehr', 'Eine Forderung an die Bundeswehr', 'Förderung der Cloud', 'die cloud'];
    const pre = buildPreIndex(texts);
    const spellingIn = (word: string, doc: number) => {
      const position = pre.vocab.indexOf(word);
      return spellingInPostings(word, pre.spellings[position]!, pre.variants[position]!, fromGaps(unpackNumbers(pre.postings[position]!)), doc);
    };
    expect(pre.spellings).toHaveLength(pre.vocab.length);
    expect(pre.variants).toHaveLength(pre.vocab.length);
    expect([0, 1, 2].map((doc) => spellingIn('forderung', doc))).toEqual(['Förderung', 'Forderung', 'Förderung']);
    expect(pre.variants[pre.vocab.indexOf('forderung')]).toBe('010');
    expect(spellingIn('bundeswehr', 1)).toBe('Bundeswehr');
    expect(pre.variants[pre.vocab.indexOf('bundeswehr')]).toBe('');
    // Case alone: the most frequent form (a tie here, so upper case).
    expect(spellingIn('cloud', 3)).toBe('Cloud');
  });
});
