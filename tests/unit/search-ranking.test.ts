import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build';
import { createSearchEngine } from '../../src/lib/search/engine';
import { LEAD_WORDS } from '../../src/lib/search/index-data';
import { presentResults } from '../../src/lib/search/results';
import { createWholeStore } from '../../src/lib/search/store';
import { snippetOf } from '../../src/lib/search/snippet';
import { buildSiteModel } from '../../src/lib/site';
import { ACTORS, ARTICLES, fixtureIndex, TOPIC_LABELS } from './search-fixtures';

// Records the terms the engine looks up in the pre-index, so a test sees what its memos spare.
const { lookups } = vi.hoisted(() => ({ lookups: [] as string[] }));
vi.mock('../../src/lib/search/preindex', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/search/preindex')>();
  return {
    ...actual,
    matchVocab: (...args: Parameters<typeof actual.matchVocab>) => {
      lookups.push(args[1]);
      return actual.matchVocab(...args);
    },
  };
});

const de = createSearchEngine(createWholeStore(fixtureIndex('de')));
const en = createSearchEngine(createWholeStore(fixtureIndex('en')));

async function slugs(engine: typeof de, query: string, filters = {}): Promise<string[]> {
  return (await engine.search(query, filters)).docs.map((doc) => engine.meta(doc).slug);
}

describe('search ranking', () => {
  it('finds a German word with and without umlauts and as digraph', async () => {
    for (const query of ['Europäische', 'europaische', 'europaeische']) {
      expect((await slugs(de, query))[0], query).toBe('ezb-digitaler-euro');
    }
    expect(await slugs(de, 'Strasse')).toEqual(['ezb-digitaler-euro']);
  });

  it('forgives typos inside words', async () => {
    expect((await slugs(de, 'Bundeswer'))[0]).toBe('bundeswehr-cloud');
    expect(await slugs(de, 'Quantenmesung')).toEqual(['quanten-ausschreibung']);
    expect(await slugs(de, 'Wildbergr')).toEqual(['digitalminister-haushalt', 'bundeswehr-cloud']);
  });

  it('reads a four-letter term with one typo when nothing matches it as typed, and marks the word', async () => {
    const outcome = await de.search('Clod');
    expect(outcome.lastResortTerms).toEqual(['clod']);
    expect(await slugs(de, 'Clod')).toEqual(await slugs(de, 'Cloud'));
    expect((await slugs(de, 'Clod')).length).toBeGreaterThan(0);
    const [first] = (await presentResults(de, outcome)).results;
    expect(first!.title.filter((segment) => segment.hit).map((segment) => segment.text.toLowerCase())).toContain('cloud');
    // A term that matches as typed is never read with a typo.
    expect((await de.search('Bund')).lastResortTerms).toEqual([]);
    expect((await de.search('Cloud Wildberger')).lastResortTerms).toEqual([]);
  });

  it('finds a story by an actor alias in the other language', async () => {
    expect(await slugs(en, 'Zentralbank')).toEqual(['ecb-digital-euro']);
    expect((await slugs(en, 'armed forces'))[0]).toBe('bundeswehr-cloud');
  });

  it('finds a story by its topic label in either language', async () => {
    expect(await slugs(en, 'Verteidigungscloud')).toContain('bundeswehr-cloud');
  });

  it('requires every word of a multi-word query', async () => {
    expect(await slugs(de, 'Cloud')).toHaveLength(1);
    expect(await slugs(de, 'Cloud Wildberger')).toEqual(['bundeswehr-cloud']);
    expect(await slugs(de, 'Cloud Quantenmessung')).toEqual([]);
  });

  it('ranks a title match above a mention in the body', async () => {
    expect((await slugs(de, 'Wildberger'))[0]).toBe('digitalminister-haushalt');
    expect((await slugs(de, 'Bundeswehr'))[0]).toBe('bundeswehr-cloud');
  });

  it('lists the page language first and other-language-only stories after', async () => {
    const langs = (await en.search('Wildberger')).docs.map((doc) => en.meta(doc).lang);
    expect(langs).toEqual(['de']);
    const mixed = (await en.search('', { topic: undefined, year: '2026' })).docs.map((doc) => en.meta(doc).lang);
    expect(mixed).toEqual(['en', 'en', 'de']);
  });

  it('never returns a draft', async () => {
    expect(await slugs(de, 'geheime Quantenmessung')).toEqual([]);
    expect((await slugs(de, 'Entwurf')).includes('geheimer-entwurf')).toBe(false);
  });

  it('combines topic and year filters with the query', async () => {
    expect(await slugs(de, 'Wildberger', { topic: 'budget' })).toEqual(['digitalminister-haushalt']);
    expect(await slugs(de, 'Deutschland', { year: '2025' })).toEqual(['quanten-ausschreibung']);
    expect(await slugs(de, '', { topic: 'defence-cloud' })).toEqual(['bundeswehr-cloud']);
    expect(await slugs(de, '')).toEqual([]);
  });

  it('sorts by date, newest first, instead of by relevance when asked', async () => {
    expect(await slugs(de, 'Wildberger')).toEqual(['digitalminister-haushalt', 'bundeswehr-cloud']);
    expect(await slugs(de, 'Wildberger', { sort: 'date' })).toEqual(['bundeswehr-cloud', 'digitalminister-haushalt']);
    expect(await slugs(de, '', { year: '2026', sort: 'date' })).toEqual(['ezb-digitaler-euro', 'bundeswehr-cloud', 'digitalminister-haushalt']);
    // The page language still comes first.
    const langs = (await en.search('', { year: '2026', sort: 'date' })).docs.map((doc) => en.meta(doc).lang);
    expect(langs).toEqual(['en', 'en', 'de']);
  });

  it('filters by month within a year, and ignores a month without its year', async () => {
    expect(await slugs(de, '', { year: '2026', month: '01' })).toEqual(['digitalminister-haushalt']);
    expect(await slugs(de, 'Wildberger', { year: '2026', month: '02' })).toEqual(['bundeswehr-cloud']);
    expect(await slugs(de, 'Wildberger', { year: '2026', month: '03' })).toEqual([]);
    expect(await slugs(de, 'Wildberger', { month: '01' })).toEqual(['digitalminister-haushalt', 'bundeswehr-cloud']);
  });

  it('answers a query typed on with unchanged terms from its memo, and looks each term up once', async () => {
    const engine = createSearchEngine(createWholeStore(fixtureIndex('de')));
    lookups.length = 0;
    const cloud = await engine.search('Cloud');
    expect(lookups).toEqual(['cloud']);
    // A space or a function word typed next: the same outcome, not searched again.
    expect(await engine.search('Cloud ')).toBe(cloud);
    expect(await engine.search('Cloud die')).toBe(cloud);
    expect(lookups).toEqual(['cloud']);
    // A new term is looked up, the known one is not.
    expect((await engine.search('Cloud Bundeswehr')).docs.length).toBeGreaterThan(0);
    expect(lookups).toEqual(['cloud', 'bundeswehr']);
    // A changed filter is a new outcome, from the terms' memo.
    expect((await engine.search('Cloud', { topic: 'budget' })).docs).toEqual([]);
    expect((await engine.search('Cloud')).docs).toHaveLength(1);
    expect(lookups).toEqual(['cloud', 'bundeswehr']);
    // Same answers as an engine that has seen nothing.
    expect(await createSearchEngine(createWholeStore(fixtureIndex('de'))).search('Cloud die')).toEqual(cloud);
  });
});

describe('presentResults', () => {
  it('gives localized dates, topic, actors, language and highlighted whole words', async () => {
    const { total, results } = await presentResults(en, await en.search('wildbergr'));
    expect(total).toBe(1);
    const [result] = results;
    expect(result).toMatchObject({
      url: '/de/artikel/digitalminister-haushalt/',
      lang: 'de',
      foreign: true,
      dateLabel: '20 January 2026',
      topicLabel: 'Digital budget',
      topicUrl: '/en/topics/budget/',
      actors: [[{ text: 'Karsten ', hit: false }, { text: 'Wildberger', hit: true }]],
      matchedElsewhere: [],
      matchedNames: [],
    });
    expect(result!.snippet.filter((segment) => segment.hit).map((segment) => segment.text)).toEqual(['Wildberger']);
  });

  it('names a term that matched only beyond the words shown, so the reader sees why the story is listed', async () => {
    const { results } = await presentResults(en, await en.search('wildberger haushalt'));
    const shown = (r: (typeof results)[number]) => [...r.title, ...r.snippet, ...r.actors.flat()].filter((s) => s.hit).map((s) => s.text.toLowerCase());
    for (const result of results) {
      for (const term of ['wildberger', 'haushalt']) {
        const visible = shown(result).some((word) => word.startsWith(term.slice(0, 5)));
        const named = result.matchedElsewhere.some((word) => word.toLowerCase().startsWith(term.slice(0, 5)));
        expect(visible || named, `${result.url} ${term}`).toBe(true);
      }
    }
  });

  it('names the other name of an actor or topic a term matched, and whose it is, never as a word of the text', async () => {
    // The English alias of the European Central Bank, on the German page, with a typo.
    const { results } = await presentResults(de, await de.search('ECBB'), { query: 'ECBB' });
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.matchedNames).toEqual([{ name: 'ECB', of: 'Europäische Zentralbank', lang: '' }]);
      expect(result.matchedElsewhere).toEqual([]);
    }
    // The German topic label on the English page, in German, and the English one on the German page.
    const topic = await presentResults(en, await en.search('Verteidigungscloud'));
    expect(topic.results.length).toBeGreaterThan(0);
    for (const result of topic.results) expect(result.matchedNames).toEqual([{ name: 'Verteidigungscloud', of: result.topicLabel, lang: 'de' }]);
    const defence = await presentResults(de, await de.search('Defence'));
    expect(defence.results.length).toBeGreaterThan(0);
    for (const result of defence.results) expect(result.matchedNames).toEqual([{ name: 'Defence cloud', of: 'Verteidigungscloud', lang: 'en' }]);
  });

  it('takes a snippet from one block and never runs a heading into the paragraph after it', async () => {
    const segments = snippetOf(['Summary', 'Eine Woche, zwei Richtungen\nIn der Woche ab dem 14. Februar hat die Regierung gehandelt'], ['regierung']);
    expect(segments.map((s) => s.text).join('')).toBe('In der Woche ab dem 14. Februar hat die Regierung gehandelt');
  });

  it('presents only the requested slice, for "show more", with the total of all results', async () => {
    const outcome = await de.search('', { year: '2026' });
    const urls = (page: Awaited<ReturnType<typeof presentResults>>) => page.results.map((result) => result.url);
    const all = await presentResults(de, outcome);
    expect(all.total).toBe(outcome.docs.length);
    expect(all.total).toBeGreaterThan(2);
    const first = await presentResults(de, outcome, { limit: 2 });
    const rest = await presentResults(de, outcome, { limit: 20, offset: 2 });
    expect(first).toMatchObject({ total: all.total, offset: 0 });
    expect(rest).toMatchObject({ total: all.total, offset: 2 });
    expect([...urls(first), ...urls(rest)]).toEqual(urls(all));
    expect(first.results).toHaveLength(2);
  });
});

describe('body words beyond the stored lead', () => {
  it('still find the story through the pre-index, after stories Fuse matched in their text', async () => {
    const filler = Array.from({ length: LEAD_WORDS + 10 }, (_, i) => `Satz${i}`).join(' ');
    const long = {
      ...ARTICLES[2]!,
      id: 'de/langer-text',
      slug: 'langer-text',
      translationKey: 'long',
      title: 'Ein langer Bericht',
      summary: 'Über etwas anderes.',
      text: `${filler} Glasfaserausbau am Ende, länderübergreifend. Eine Quantenmeldung zur Quantenmessung. Keine Streitkraft.`,
    };
    const model = buildSiteModel([...ARTICLES, long], ACTORS, { today: '2026-03-01', includeUnpublished: false });
    const data = buildSearchIndex(model, 'de', { topicLabels: TOPIC_LABELS });
    const engine = createSearchEngine(createWholeStore(JSON.parse(JSON.stringify(data))));
    const doc = data.slugs.indexOf('langer-text');
    expect(engine.textOf(doc).excerpt).not.toContain('Glasfaserausbau');
    expect((await engine.search('Glasfaserausbau')).docs).toEqual([doc]);
    // Nothing shown contains the word, so the result names it, as the story spells it.
    const [result] = (await presentResults(engine, await engine.search('glasfaserausbau'))).results;
    expect(result!.matchedElsewhere).toEqual(['Glasfaserausbau']);
    expect((await presentResults(engine, await engine.search('langer'))).results[0]!.matchedElsewhere).toEqual([]);
    // A typo names the story's word it matched, never the typo or the folded form the index compares.
    const typo = 'GLASFASERAUSBAUU';
    const named = await presentResults(engine, await engine.search(typo), { query: typo });
    expect(named.results[0]!.matchedElsewhere).toEqual(['Glasfaserausbau']);
    // Written without umlauts, the word is named with them, as the story has it.
    const digraphs = await presentResults(engine, await engine.search('laenderuebergreifend'));
    expect(digraphs.results[0]!.matchedElsewhere).toEqual(['länderübergreifend']);
    // Of two words the typo matches, the closer one (not the first in the vocabulary: quantenmeldung).
    const closer = await presentResults(engine, await engine.search('Quantenmesung'));
    expect(closer.results.find((r) => r.url.endsWith('/langer-text/'))!.matchedElsewhere).toEqual(['Quantenmessung']);
    // An exact alias of the story's actor beats a word of the text one edit away.
    const alias = await presentResults(engine, await engine.search('Streitkräfte'));
    const story = alias.results.find((r) => r.url.endsWith('/langer-text/'))!;
    expect(story.matchedNames).toEqual([{ name: 'Streitkräfte', of: 'Bundeswehr', lang: '' }]);
    expect(story.matchedElsewhere).toEqual([]);
    // Two terms matching the same word name it once.
    const both = await presentResults(engine, await engine.search('Glasfaser Glasfaserausbau'));
    expect(both.results[0]!.matchedElsewhere).toEqual(['Glasfaserausbau']);
  });

  it('names one other name for two terms it explains both of, not a second name for the second term', async () => {
    // `alliance` alone would name the English name, listed before the alias; after `sovereign`
    // the alias that explains both is named once.
    const alliance: (typeof ACTORS)[number] = {
      id: 'technology-alliance',
      name: { de: 'Technologieallianz', en: 'Technology Alliance' },
      kind: 'institution',
      role: { de: 'Bündnis', en: 'Alliance' },
      aliases: ['Sovereign Technology Alliance'],
    };
    const told = { ...ARTICLES[2]!, id: 'de/buendnis', slug: 'buendnis', translationKey: 'pact', title: 'Ein Bündnis', summary: 'Kurz.', text: 'Kurz.', actors: [alliance.id] };
    const model = buildSiteModel([...ARTICLES, told], [...ACTORS, alliance], { today: '2026-03-01', includeUnpublished: false });
    const engine = createSearchEngine(createWholeStore(JSON.parse(JSON.stringify(buildSearchIndex(model, 'de', { topicLabels: TOPIC_LABELS })))));
    const find = async (query: string) => (await presentResults(engine, await engine.search(query))).results.find((r) => r.url.endsWith('/buendnis/'))!;
    expect((await find('alliance')).matchedNames).toEqual([{ name: 'Technology Alliance', of: 'Technologieallianz', lang: 'en' }]);
    expect((await find('sovereign alliance')).matchedNames).toEqual([{ name: 'Sovereign Technology Alliance', of: 'Technologieallianz', lang: '' }]);
    expect((await find('sovereign alliance')).matchedElsewhere).toEqual([]);
  });
});
