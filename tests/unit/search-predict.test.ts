import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/lib/search/engine';
import { unpackNumbers } from '../../src/lib/search/index-data';
import { fetchAhead, likelyNextLetter, likelyNextQuery } from '../../src/lib/search/predict';
import { presentResults } from '../../src/lib/search/results';
import { splitSearchIndex } from '../../src/lib/search/split';
import { MANIFEST_FILE, type SearchManifest } from '../../src/lib/search/split-format';
import { createSplitStore } from '../../src/lib/search/split-store';
import { fixtureIndex } from './search-fixtures';

const VOCAB = ['daten', 'datenbank', 'datenschutz', 'datum', 'digital', 'digitale', 'digitaler', 'quanten', 'quantenchemie', 'quantencomputer', 'quantenmessung'];
/** `da…` and `quantenc…` have more words, `di…` and `quantenm…` more stories. */
const COUNTS = [1, 1, 1, 1, 9, 4, 4, 2, 1, 1, 5];

describe('the next letter a reader probably types', () => {
  it('is the one that goes on to the most stories, not the most words', () => {
    expect(likelyNextLetter(VOCAB, COUNTS, 'd')).toBe('i');
    expect(likelyNextLetter(VOCAB, COUNTS, 'di')).toBe('g');
    expect(likelyNextLetter(VOCAB, COUNTS, 'digital')).toBe('e');
    expect(likelyNextLetter(VOCAB, COUNTS, 'quanten')).toBe('m');
  });

  it('is none where no word goes on', () => {
    expect(likelyNextLetter(VOCAB, COUNTS, 'digitaler')).toBeUndefined();
    expect(likelyNextLetter(VOCAB, COUNTS, 'x')).toBeUndefined();
    expect(likelyNextLetter(VOCAB, COUNTS, '')).toBeUndefined();
  });

  it('goes on from the last word of the query, folded, and not after a space', () => {
    expect(likelyNextQuery('Cloud Dig', VOCAB, COUNTS)).toBe('Cloud Digi');
    expect(likelyNextQuery('Quantenmeß', VOCAB, COUNTS)).toBe('Quantenmeßu');
    expect(likelyNextQuery('digital ', VOCAB, COUNTS)).toBeUndefined();
    expect(likelyNextQuery('digital,', VOCAB, COUNTS)).toBeUndefined();
    expect(likelyNextQuery('', VOCAB, COUNTS)).toBeUndefined();
  });
});

describe('fetching ahead', () => {
  const { files } = splitSearchIndex(fixtureIndex('de'));
  const manifest = JSON.parse(files.get(MANIFEST_FILE)!) as SearchManifest;
  const counts = unpackNumbers(manifest.storyCounts);

  function engineCounting() {
    const fetched: string[] = [];
    const store = createSplitStore(manifest, async (file) => {
      fetched.push(file);
      return JSON.parse(files.get(file)!);
    });
    return { engine: createSearchEngine(store), fetched };
  }

  /** A word start of the fixtures that goes on (first letters of their longest word). */
  const word = [...manifest.vocab].sort((a, b) => b.length - a.length)[0]!;
  const typed = word.slice(0, 4);

  it('counts the stories of every word in the manifest', () => {
    expect(counts).toHaveLength(manifest.vocab.length);
    expect(counts.every((count) => count >= 1)).toBe(true);
  });

  it('fetches what the likely next query needs, so typing it fetches nothing more', async () => {
    const { engine, fetched } = engineCounting();
    await presentResults(engine, await engine.search(typed));
    const next = await fetchAhead(engine, counts, typed, {}, () => true);
    expect(next).toBe(likelyNextQuery(typed, manifest.vocab, counts));
    expect(next).toBeDefined();
    const before = fetched.length;
    const page = await presentResults(engine, await engine.search(next!));
    expect(page.total).toBeGreaterThan(0);
    expect(fetched.length).toBe(before);

    // The same keystroke without fetching ahead does fetch.
    const cold = engineCounting();
    await presentResults(cold.engine, await cold.engine.search(typed));
    const coldBefore = cold.fetched.length;
    await presentResults(cold.engine, await cold.engine.search(next!));
    expect(cold.fetched.length).toBeGreaterThan(coldBefore);
  });

  it('fetches nothing once a newer query came in', async () => {
    const { engine, fetched } = engineCounting();
    await presentResults(engine, await engine.search(typed));
    const before = fetched.length;
    await fetchAhead(engine, counts, typed, {}, () => false);
    expect(fetched.length).toBe(before);
  });
});
