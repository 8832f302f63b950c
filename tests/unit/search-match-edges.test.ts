import { describe, expect, it } from 'vitest';
import { decodeSearchIndex } from '../../src/lib/search/decode';
import { createSearchEngine } from '../../src/lib/search/engine';
import { createWholeStore } from '../../src/lib/search/store';
import { matchTerm, mayForgiveAsLastResort, prefixEditDistance, TermMatch } from '../../src/lib/search/match';
import { TOPIC_IDS } from '../../src/lib/topics';
import { fixtureIndex, TOPIC_LABELS } from './search-fixtures';

describe('prefixEditDistance', () => {
  it('is the smallest distance to any prefix of the word', async () => {
    expect(prefixEditDistance('cloud', 'cloud', 2)).toBe(0);
    expect(prefixEditDistance('clud', 'cloudy', 2)).toBe(1);
    expect(prefixEditDistance('cluod', 'cloud', 2)).toBe(2);
    expect(prefixEditDistance('wildbergr', 'wildberger', 1)).toBe(1);
    // The last letter of the word counts: 'euro' against 'eur' needs one insertion.
    expect(prefixEditDistance('euro', 'eur', 1)).toBe(1);
    expect(prefixEditDistance('ab', 'b', 1)).toBe(1);
  });

  it('stops at max + 1 when the distance must exceed max', async () => {
    expect(prefixEditDistance('zzzzz', 'cloud', 1)).toBe(2);
    expect(prefixEditDistance('zzzzz', 'cloud', 2)).toBe(3);
    // A word too short to come within max edits.
    expect(prefixEditDistance('bundeswehr', 'bund', 2)).toBe(3);
    expect(prefixEditDistance('bundeswehr', 'bundesw', 3)).toBe(3);
  });

  it('handles words longer than its reusable rows', async () => {
    const long = 'a'.repeat(100);
    expect(prefixEditDistance(long, `${long}b`, 1)).toBe(0);
    expect(prefixEditDistance(`${'a'.repeat(99)}b`, long, 1)).toBe(1);
  });
});

describe('typos forgiven by term length', () => {
  it('forgives none below five letters, one from five, two from eight', async () => {
    expect(matchTerm('bunf', 'bund')).toBe(TermMatch.None);
    expect(matchTerm('clowd', 'cloud')).toBe(TermMatch.Fuzzy);
    expect(matchTerm('cluod', 'cloud')).toBe(TermMatch.None);
    expect(matchTerm('haushlat', 'haushalt')).toBe(TermMatch.Fuzzy);
    expect(matchTerm('hauhslt', 'haushalt')).toBe(TermMatch.None);
  });

  it('forgives one typo in a four-letter term only as a last resort', async () => {
    expect(mayForgiveAsLastResort('abc')).toBe(false);
    expect(mayForgiveAsLastResort('clod')).toBe(true);
    expect(mayForgiveAsLastResort('cloud')).toBe(false);
    expect(matchTerm('clod', 'cloud')).toBe(TermMatch.None);
    expect(matchTerm('clod', 'cloud', true)).toBe(TermMatch.Fuzzy);
    expect(matchTerm('clxx', 'cloud', true)).toBe(TermMatch.None);
    expect(matchTerm('clo', 'xcloud', true)).toBe(TermMatch.None);
  });
});

describe('the engine finds stories through their actors and topic', () => {
  const engineOf = (lang: 'de' | 'en') => ({ data: decodeSearchIndex(fixtureIndex(lang)), search: createSearchEngine(createWholeStore(fixtureIndex(lang))).search });
  const engines = { de: engineOf('de'), en: engineOf('en') };

  it('finds every story of an actor by an alias, and every story of a topic by its label', async () => {
    for (const engine of Object.values(engines)) {
      const { docs } = engine.data;
      const ofActor = (id: string) => docs.flatMap((doc, i) => (doc.actors.includes(id) ? [i] : []));
      expect((await engine.search('NRC')).docs.sort()).toEqual(ofActor('nrc').sort());
      expect((await engine.search('Streitkräfte')).docs.sort()).toEqual(expect.arrayContaining(ofActor('bundeswehr')));
      for (const topic of TOPIC_IDS) {
        const label = TOPIC_LABELS[engine.data.lang][topic];
        const ofTopic = docs.flatMap((doc, i) => (doc.topic === topic ? [i] : []));
        expect((await engine.search(label)).docs, label).toEqual(expect.arrayContaining(ofTopic));
      }
    }
  });

  it('lists a filter without terms in full, own language first, and nothing for neither', async () => {
    const engine = engines.de;
    const own = engine.data.docs.flatMap((doc, i) => (doc.lang === 'de' && doc.date.startsWith('2026') ? [i] : []));
    const other = engine.data.docs.flatMap((doc, i) => (doc.lang !== 'de' && doc.date.startsWith('2026') ? [i] : []));
    expect(await engine.search('', { year: '2026' })).toEqual({ terms: [], lastResortTerms: [], matched: [], docs: [...own, ...other] });
    expect(await engine.search('', {})).toEqual({ terms: [], lastResortTerms: [], matched: [], docs: [] });
    expect((await engine.search('Cloud', { year: '1999' })).docs).toEqual([]);
  });
});
