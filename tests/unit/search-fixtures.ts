import { unpackNumbers, type PreIndexJson } from '../../src/lib/search/index-data';
import { addMatches, fromGaps, matchVocab } from '../../src/lib/search/preindex';
import type { Actor, Article } from '../../src/lib/content/model';
import { buildSearchIndex } from '../../src/lib/search/build';
import { searchTopicLabels } from '../../src/lib/search/topic-labels';
import { buildSiteModel } from '../../src/lib/site';

/** A handful of stories that exercise umlauts, aliases, translations and a draft. */
export const TOPIC_LABELS = searchTopicLabels();

export const ACTORS: Actor[] = [
  {
    id: 'ecb',
    name: { de: 'Europäische Zentralbank', en: 'European Central Bank' },
    kind: 'institution',
    role: { de: 'Zentralbank', en: 'Central bank' },
    aliases: ['EZB', 'ECB', 'Zentralbank', 'Europaeische Zentralbank'],
  },
  {
    id: 'karsten-wildberger',
    name: { de: 'Karsten Wildberger', en: 'Karsten Wildberger' },
    kind: 'person',
    role: { de: 'Digitalminister', en: 'Digital minister' },
    aliases: ['Wildberger', 'Digitalminister'],
  },
  {
    id: 'bundeswehr',
    name: { de: 'Bundeswehr', en: 'Bundeswehr' },
    kind: 'institution',
    role: { de: 'Streitkräfte', en: 'Armed forces' },
    aliases: ['Streitkräfte', 'German armed forces'],
  },
  {
    id: 'nrc',
    name: { de: 'National Research Council', en: 'National Research Council' },
    kind: 'institution',
    role: { de: 'Forschungsrat', en: 'Research council' },
    aliases: ['NRC'],
  },
];

function story(partial: Partial<Article> & Pick<Article, 'lang' | 'slug' | 'title' | 'translationKey'>): Article {
  return {
    id: `${partial.lang}/${partial.slug}`,
    summary: '',
    date: '2026-02-10',
    topic: 'alliance',
    actors: [],
    draft: false,
    readingMinutes: 2,
    words: 300,
    kind: 'news',
    lead: false,
    text: '',
    quotedActors: [],
    sources: [],
    corrections: [],
    aliases: [],
    ...partial,
  };
}

export const ARTICLES: Article[] = [
  story({
    lang: 'de',
    slug: 'ezb-digitaler-euro',
    translationKey: 'ecb',
    title: 'Die Europäische Zentralbank treibt den digitalen Euro voran',
    summary: 'Die EZB will den digitalen Euro bis 2029 einführen; der Bundestag berät über das Gesetz.',
    date: '2026-02-17',
    topic: 'digital-euro',
    actors: ['ecb'],
    text: 'Der Rat der Europäischen Union hat sich auf eine Position geeinigt. Die Straße zum Bargeld bleibt offen.',
  }),
  story({
    lang: 'en',
    slug: 'ecb-digital-euro',
    translationKey: 'ecb',
    title: 'The ECB pushes the digital euro ahead',
    summary: 'Europe’s central bank wants to launch the digital euro by 2029; lawmakers debate the bill.',
    date: '2026-02-17',
    topic: 'digital-euro',
    actors: ['ecb'],
    text: 'The Council of the European Union agreed on its position. Cash stays available.',
  }),
  story({
    lang: 'de',
    slug: 'bundeswehr-cloud',
    translationKey: 'cloud',
    title: 'Hensoldt baut eine souveräne Cloud für die Bundeswehr',
    summary: 'Die Streitkräfte erhalten eine Cloud, die in Deutschland betrieben wird.',
    date: '2026-02-12',
    topic: 'defence-cloud',
    actors: ['bundeswehr'],
    text: 'Die Bundeswehr-Cloud soll Daten im Einsatz schützen. Wildberger lobt das Projekt als Vorbild.',
  }),
  story({
    lang: 'en',
    slug: 'bundeswehr-cloud',
    translationKey: 'cloud',
    title: 'Hensoldt to build a sovereign cloud for the Bundeswehr',
    summary: 'Germany’s armed forces get a cloud operated in Germany.',
    date: '2026-02-12',
    topic: 'defence-cloud',
    actors: ['bundeswehr'],
    text: 'The cloud is meant to protect data in operations.',
  }),
  story({
    lang: 'de',
    slug: 'quanten-ausschreibung',
    translationKey: 'quantum',
    title: 'Quanten-Ausschreibung wird erster Test der Allianz',
    summary: 'Kanada und Deutschland fördern gemeinsam Quantencomputing und Quantenmessung.',
    date: '2025-11-03',
    topic: 'alliance',
    actors: ['nrc'],
    text: 'Das Forschungsministerium und der NRC tragen die Ausschreibung.',
  }),
  story({
    lang: 'de',
    slug: 'digitalminister-haushalt',
    translationKey: 'budget-de-only',
    title: 'Digitalminister verteidigt seinen Haushalt',
    summary: 'Karsten Wildberger will mehr Geld für die Staatsmodernisierung.',
    date: '2026-01-20',
    topic: 'budget',
    actors: ['karsten-wildberger'],
    text: 'Der Verband eco kritisiert den Entwurf als zu knapp.',
  }),
  story({
    lang: 'de',
    slug: 'geheimer-entwurf',
    translationKey: 'draft',
    title: 'Entwurf: Wildberger plant eine geheime Quantenmessung',
    summary: 'Dieser Entwurf darf nie in der Suche erscheinen.',
    date: '2026-02-01',
    topic: 'budget',
    actors: ['karsten-wildberger'],
    draft: true,
  }),
];

/** The dev view keeps drafts in the model; search must drop them anyway. */
export function fixtureModel() {
  return buildSiteModel(ARTICLES, ACTORS, { today: '2026-03-01', includeUnpublished: true });
}

export function fixtureIndex(lang: 'de' | 'en') {
  // A JSON round trip, as the browser receives it.
  return JSON.parse(JSON.stringify(buildSearchIndex(fixtureModel(), lang, { topicLabels: TOPIC_LABELS })));
}

/** Each story's best match quality for a term: the matching words' postings, as the engine reads them. */
export function lookUpIn(pre: PreIndexJson, count: number): (term: string, lastResort?: boolean) => Uint8Array {
  return (term, lastResort = false) => {
    const docs = new Uint8Array(count);
    for (const { word, quality } of matchVocab(pre.vocab, term, lastResort)) addMatches(docs, fromGaps(unpackNumbers(pre.postings[word]!)), quality);
    return docs;
  };
}
