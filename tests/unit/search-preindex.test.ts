import { describe, expect, it } from 'vitest';
import { unpackNumbers } from '../../src/lib/search/index-data';
import { TermMatch } from '../../src/lib/search/match';
import { addMatches, buildPreIndex } from '../../src/lib/search/preindex';
import { lookUpIn } from './search-fixtures';



const texts = ['Cloud für die Bundeswehr', 'Haushalt und Cloud', 'Bundeshaushalt', 'Cloud Cloud Haushalt'];

describe('the pre-index', () => {
  const json = buildPreIndex(texts);

  it('lists each word once, sorted, with the stories containing it as gaps', () => {
    expect(json.vocab).toEqual([...json.vocab].sort());
    expect(new Set(json.vocab).size).toBe(json.vocab.length);
    const cloud = json.vocab.indexOf('cloud');
    expect(unpackNumbers(json.postings[cloud]!)).toEqual([0, 1, 2]);
    const haushalt = json.vocab.indexOf('haushalt');
    expect(unpackNumbers(json.postings[haushalt]!)).toEqual([1, 2]);
  });

  it('gives each story its best match quality for a term', () => {
    const index = lookUpIn(json, texts.length);
    expect([...index('cloud')]).toEqual([TermMatch.Exact, TermMatch.Exact, 0, TermMatch.Exact]);
    expect([...index('haus')]).toEqual([0, TermMatch.Prefix, TermMatch.Inside, TermMatch.Prefix]);
    expect([...index('bundes')]).toEqual([TermMatch.Prefix, 0, TermMatch.Prefix, 0]);
    // Looked up twice, from the decoded postings the first lookup kept.
    expect([...index('cloud')]).toEqual([TermMatch.Exact, TermMatch.Exact, 0, TermMatch.Exact]);
    expect([...index('clod')]).toEqual([0, 0, 0, 0]);
    expect([...index('clod', true)]).toEqual([TermMatch.Fuzzy, TermMatch.Fuzzy, 0, TermMatch.Fuzzy]);
  });

  it('keeps the better quality when matches are added', () => {
    const target = new Uint8Array([0, 3, 1]);
    addMatches(target, [0, 1, 2], 2);
    expect([...target]).toEqual([2, 3, 2]);
  });
});
