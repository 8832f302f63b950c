import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build';
import { createSearchEngine, type SearchFilters, type SearchOutcome } from '../../src/lib/search/engine';
import { presentResults } from '../../src/lib/search/results';
import { postingBoundaries, splitSearchIndex, stableNumbers } from '../../src/lib/search/split';
import { docChunkFile, docShardFile, MANIFEST_FILE, postingShardFile, reverseWord, suffixOrder, suffixShardFile, type SearchManifest } from '../../src/lib/search/split-format';
import { excerptWordsFor, unpackNumbers, type SearchIndexData } from '../../src/lib/search/index-data';
import { fromGaps } from '../../src/lib/search/preindex';
import { createSplitStore } from '../../src/lib/search/split-store';
import { createWholeStore } from '../../src/lib/search/store';
import { buildSiteModel } from '../../src/lib/site';
import { createActors, createRandom, createStories } from '../../scripts/lib/synthetic-stories';
import { ACTORS, ARTICLES, fixtureIndex, TOPIC_LABELS } from './search-fixtures';

function splitEngine(files: Map<string, string>) {
  const fetched: string[] = [];
  const manifest = JSON.parse(files.get(MANIFEST_FILE)!) as SearchManifest;
  const store = createSplitStore(manifest, async (file) => {
    fetched.push(file);
    const json = files.get(file);
    if (json === undefined) throw new Error(`no file ${file}`);
    return JSON.parse(json);
  });
  return { engine: createSearchEngine(store), fetched };
}

/** The whole index's outcome in the split index's story numbers (`stableNumbers`). */
function renumbered(outcome: SearchOutcome, data: SearchIndexData): SearchOutcome {
  const numbers = stableNumbers(data.dates, data.own);
  return { ...outcome, docs: outcome.docs.map((doc) => numbers[doc]!) };
}

describe('the split search index', () => {
  it('is the same, byte for byte, for the same stories', () => {
    const a = splitSearchIndex(fixtureIndex('de')).files;
    const b = splitSearchIndex(fixtureIndex('de')).files;
    expect([...a]).toEqual([...b]);
  });

  it('names every shard as the manifest says', () => {
    const { manifest, files } = splitSearchIndex(fixtureIndex('de'));
    const order = suffixOrder(manifest.vocab);
    const named = [
      ...fromGaps(unpackNumbers(manifest.postingStarts)).map((first) => postingShardFile(manifest.vocab[first]!)),
      ...fromGaps(unpackNumbers(manifest.suffixStarts)).map((first) => suffixShardFile(reverseWord(manifest.vocab[order[first]!]!))),
      ...Array.from({ length: manifest.docShards }, (_, shard) => docShardFile(shard)),
      ...Array.from({ length: manifest.docChunks }, (_, chunk) => docChunkFile(chunk)),
      ...manifest.actorTable.map((actor) => actor.file),
      ...manifest.topicTable.map((topic) => topic.file),
    ];
    expect(new Set([...named, MANIFEST_FILE])).toEqual(new Set(files.keys()));
    for (const name of named) expect(name).toMatch(/^(g-[0-9a-f]{12}|[ps]-[0-9a-z]+|[dc]-\d+)$/);
  });

  it('starts posting shards at words chosen by the words alone, so a new word moves no other boundary', () => {
    const vocab = Array.from({ length: 400 }, (_, i) => `wort${i.toString(36).padStart(3, '0')}`).sort();
    const postings = vocab.map(() => 'x'.repeat(100));
    const boundaries = postingBoundaries(vocab, postings, 1_000);
    expect(boundaries.length).toBeGreaterThan(10);
    expect(boundaries[0]).toBe(0);
    const starts = (v: string[], b: number[]) => b.map((position) => v[position]);
    const more = [...vocab, 'wort0zz'].sort();
    expect(starts(more, postingBoundaries(more, [...postings, 'x'.repeat(100)], 1_000))).toEqual(
      expect.arrayContaining(starts(vocab, boundaries).filter((word) => word !== 'wort0zz')),
    );
  });

  it('changes few files when one story’s text is edited', () => {
    const actors = createActors(createRandom(7), 30);
    const stories = createStories(5, 300, actors);
    const filesOf = (edited: typeof stories) =>
      splitSearchIndex(
        buildSearchIndex(buildSiteModel(edited, actors, { today: '2030-01-01', includeUnpublished: false }), 'de', { topicLabels: TOPIC_LABELS }),
      ).files;
    const before = filesOf(stories);
    const target = stories.findIndex((story) => story.lang === 'de');
    const after = filesOf(stories.map((story, i) => (i === target ? { ...story, summary: `${story.summary} Glasfaserausbau` } : story)));
    const changed = [...after].filter(([name, json]) => before.get(name) !== json).map(([name]) => name);
    // The manifest (it names the shards), the edited story's shard and chunk (its text is in
    // both), the new word's posting shard and suffix shard (its postings are in both).
    expect(changed).toContain(MANIFEST_FILE);
    for (const kind of ['d-', 'c-', 'p-', 's-']) expect(changed.filter((name) => name.startsWith(kind)), kind).toHaveLength(1);
    expect(changed.length).toBeLessThanOrEqual(5);
    expect(after.size).toBeGreaterThan(50);
  });
});

describe('a new story', () => {
  it('changes one story shard, and only the posting shards of its words', () => {
    const actors = createActors(createRandom(7), 30);
    const stories = createStories(5, 251, actors);
    const dataOf = (list: typeof stories) =>
      buildSearchIndex(buildSiteModel(list, actors, { today: '2030-01-01', includeUnpublished: false }), 'de', { topicLabels: TOPIC_LABELS });
    const template = stories.find((story) => story.lang === 'de')!;
    const added = { ...template, id: 'de/neue-geschichte', slug: 'neue-geschichte', translationKey: 'neue-geschichte', date: '2029-12-31', summary: `${template.summary} Glasfaserausbau` };
    const before = dataOf(stories);
    const after = dataOf([...stories, added]);
    // Precondition: the body words indexed per story depend on the archive's size; these sizes share them.
    expect(excerptWordsFor(after.slugs.length)).toBe(excerptWordsFor(before.slugs.length));
    const old = splitSearchIndex(before).files;
    const { manifest, files } = splitSearchIndex(after);
    const changed = [...files].filter(([name, json]) => old.get(name) !== json).map(([name]) => name);
    // The newest story gets the last number: only the last story shard changes.
    expect(changed.filter((name) => name.startsWith('d-'))).toEqual([docShardFile(manifest.docShards - 1)]);
    expect(changed.filter((name) => name.startsWith('c-'))).toEqual([docChunkFile(manifest.docChunks - 1)]);
    expect(JSON.parse(files.get(docShardFile(manifest.docShards - 1))!).docs.at(-1)[0]).toBe('neue-geschichte');
    // Posting and suffix shards change only where they hold a word of the new story.
    const words = new Set(after.pre.vocab.filter((_, word) => unpackNumbers(after.pre.postings[word]!).length > 0 && fromGaps(unpackNumbers(after.pre.postings[word]!)).includes(after.slugs.indexOf('neue-geschichte'))));
    const order = suffixOrder(manifest.vocab);
    const wordsOf = new Map<string, string[]>();
    const forward = fromGaps(unpackNumbers(manifest.postingStarts));
    forward.forEach((first, i) => wordsOf.set(postingShardFile(manifest.vocab[first]!), manifest.vocab.slice(first, forward[i + 1] ?? manifest.vocab.length)));
    const suffix = fromGaps(unpackNumbers(manifest.suffixStarts));
    suffix.forEach((first, i) =>
      wordsOf.set(suffixShardFile(reverseWord(manifest.vocab[order[first]!]!)), order.slice(first, suffix[i + 1] ?? order.length).map((word) => manifest.vocab[word]!)),
    );
    const postingChanges = changed.filter((name) => /^[ps]-/.test(name));
    expect(postingChanges.length).toBeGreaterThan(0);
    for (const name of postingChanges) expect(wordsOf.get(name)!.some((word) => words.has(word)), name).toBe(true);
    // Besides: the manifest, and the story lists of its topic and actors (named by content).
    const others = changed.filter((name) => !/^[psdc]-/.test(name));
    expect(others).toContain(MANIFEST_FILE);
    expect(others.length).toBeLessThanOrEqual(1 + 1 + added.actors.length);
    expect(files.size - changed.length).toBeGreaterThan(20);
  });
});

describe('spellings in the split index', () => {
  it('are each story’s own, as in the whole index, where words fold alike, whatever the stories’ new numbers', async () => {
    const extra = (slug: string, title: string, date: string, text: string) => ({ ...ARTICLES[0]!, id: `de/${slug}`, slug, translationKey: slug, date, title, summary: '', text });
    const articles = [
      ...ARTICLES,
      extra('foerderung-alt', 'Eins', '2025-01-02', 'Die Förderung beginnt.'),
      extra('forderung-neu', 'Zwei', '2026-03-01', 'Eine Forderung bleibt.'),
      extra('foerderung-neu', 'Drei', '2026-03-02', 'Noch eine Förderung.'),
    ];
    const model = buildSiteModel(articles, ACTORS, { today: '2026-04-01', includeUnpublished: false });
    const data = buildSearchIndex(model, 'de', { topicLabels: TOPIC_LABELS });
    const word = data.pre.vocab.indexOf('forderung');
    expect(data.pre.variants[word]).not.toBe('');
    const whole = createWholeStore(data);
    const { engine } = splitEngine(splitSearchIndex(data).files);
    await engine.store.load({ words: [word] });
    const numbers = stableNumbers(data.dates, data.own);
    const spelt = Object.fromEntries(whole.postings(word).map((doc) => [data.slugs[doc], whole.spellingIn(word, doc)]));
    expect(spelt).toEqual({ 'foerderung-alt': 'Förderung', 'forderung-neu': 'Forderung', 'foerderung-neu': 'Förderung' });
    for (const doc of whole.postings(word)) expect(engine.store.spellingIn(word, numbers[doc]!), data.slugs[doc]).toBe(spelt[data.slugs[doc]!]);
  });
});

describe('a split index whose story lists share a file', () => {
  it('gives each actor and topic its stories, also when two have the same (or none)', async () => {
    const data = fixtureIndex('de');
    // A second actor in exactly the stories of the first: both lists are one file.
    data.actorTable.push({ id: 'twin', name: 'Zwilling', terms: ['Zwilling'], termLangs: ['de'] });
    data.actors = data.actors.map((positions: number[]) => (positions.includes(0) ? [...positions, data.actorTable.length - 1] : positions));
    const { manifest, files } = splitSearchIndex(data);
    expect(manifest.actorTable.at(-1)!.file).toBe(manifest.actorTable[0]!.file);
    const whole = createSearchEngine(createWholeStore(data));
    for (const query of [data.actorTable[0]!.terms[0]!, 'Zwilling', ...manifest.topicTable.map((topic) => topic.label)]) {
      // Fresh engines: the shared file is fetched for whichever list comes second.
      const { engine } = splitEngine(files);
      await engine.search(manifest.actorTable[0]!.terms[0]!);
      expect(await engine.search(query), query).toEqual(renumbered(await whole.search(query), data));
    }
    expect((await whole.search('Zwilling')).docs.length).toBeGreaterThan(0);
  });
});

/** The benchmark's queries and the behaviours the single index had: typos, umlauts, aliases, filters. */
const QUERIES: [string, SearchFilters][] = [
  ...['Wildbergr', 'Bundeswer', 'Quantenmesung', 'europaeische Sicherheit', 'digitaler Euro', 'Zentralbank', 'Cloud Bundeswehr'].map(
    (query): [string, SearchFilters] => [query, {}],
  ),
  // A typo in the first letters: the vocabulary is compared whole, whatever shard a word is in.
  ['Xundeswehr', {}],
  ['ündeswehr', {}],
  ['Clod', {}],
  ['Europäische Souveränität', {}],
  ['Strassen', {}],
  ['Straßen', {}],
  ['Grossmann', {}],
  // Aliases and names across languages, topic labels as words.
  ['Central Bank', {}],
  ['EZB', {}],
  ['armed forces', {}],
  ['Verteidigungscloud', {}],
  ['Sicherheit', { topic: 'defence-cloud' }],
  ['Haushalt', { topic: 'budget', year: '2025' }],
  ['', { topic: 'alliance' }],
  ['', { year: '2026', month: '02' }],
  ['Cloud', { year: '2026', month: '03' }],
  ['Cloud', { sort: 'date' }],
  ['', { topic: 'budget', sort: 'date' }],
  ['di', {}],
];

describe('at 5,000 stories per language', async () => {
  const { syntheticIndex } = await import('../../scripts/lib/search-bench');
  const data = syntheticIndex(5000, TOPIC_LABELS, 'de');
  const whole = createSearchEngine(createWholeStore(JSON.parse(JSON.stringify(data))));
  const { files } = splitSearchIndex(data);

  it('the split index returns the same stories in the same order as the whole one', { timeout: 120_000 }, async () => {
    const { engine, fetched } = splitEngine(files);
    let found = 0;
    for (const [query, filters] of QUERIES) {
      const expected = await whole.search(query, filters);
      const actual = await engine.search(query, filters);
      expect(actual, `${query} ${JSON.stringify(filters)}`).toEqual(renumbered(expected, data));
      expect(await presentResults(engine, actual), query).toEqual(await presentResults(whole, expected));
      found += expected.docs.length > 0 ? 1 : 0;
    }
    // The cases are real: almost all find something, and the split index fetched only part of itself.
    expect(found).toBeGreaterThanOrEqual(QUERIES.length - 3);
    expect(new Set(fetched).size).toBeLessThan(files.size / 2);
  });

  it('fetches a fraction of the index for one query on a fresh page', async () => {
    const { engine, fetched } = splitEngine(files);
    const outcome = await engine.search('Zentralbank');
    await presentResults(engine, outcome);
    const bytes = fetched.reduce((sum, file) => sum + files.get(file)!.length, 0);
    const total = [...files.values()].reduce((sum, json) => sum + json.length, 0);
    expect(outcome.docs.length).toBeGreaterThan(20);
    expect(bytes).toBeLessThan(total / 10);
  });
});

describe('snippets through the built index', () => {
  it('keep a heading apart from the paragraph after it, in the whole and the split index', async () => {
    const model = buildSiteModel(
      [{ ...ARTICLES[0]!, text: 'Eine Woche, zwei Richtungen\nIn der Woche ab dem 14. Februar hat die Regierung gehandelt' }],
      ACTORS,
      { today: '2026-03-01', includeUnpublished: false },
    );
    const data = buildSearchIndex(model, 'de', { topicLabels: TOPIC_LABELS });
    const whole = createSearchEngine(createWholeStore(JSON.parse(JSON.stringify(data))));
    const { engine: split } = splitEngine(splitSearchIndex(data).files);
    for (const engine of [whole, split]) {
      const [result] = (await presentResults(engine, await engine.search('Regierung'))).results;
      expect(result!.snippet.map((segment) => segment.text).join('')).toBe('In der Woche ab dem 14. Februar hat die Regierung gehandelt');
    }
  });
});
