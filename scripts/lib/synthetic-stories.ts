import type { Lang } from '../../src/i18n/config';
import type { Actor, Article } from '../../src/lib/content/model';
import { TOPIC_IDS } from '../../src/lib/topics';

/**
 * Deterministic synthetic corpus for the search benchmark: news-like German and English
 * stories (~600-word bodies) about ~30 actors in the site's four topics.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Record<Lang, { nouns: string[]; parts: string[]; verbs: string[]; adjectives: string[]; glue: string[] }> = {
  de: {
    nouns: (
      'Allianz Abkommen Ausschreibung Behörde Bundesregierung Bundeswehr Cloud Datenschutz Digitalisierung Euro ' +
      'Europäische Union Förderung Forschung Haushalt Infrastruktur Industrie Kanada Kommission Kritik Künstliche ' +
      'Intelligenz Ministerium Netz Partnerschaft Plattform Quantencomputing Rechenzentrum Rechenzentren Sicherheit ' +
      'Souveränität Staatsmodernisierung Streitkräfte Strategie Unternehmen Verband Verteidigung Verwaltung Wirtschaft ' +
      'Zentralbank Zahlungsverkehr Gipfel Fachkräfte Halbleiter Chips Verschlüsselung Betreiber Anbieter Software ' +
      'Beschaffung Haushaltsausschuss Finanzminister Digitalminister Abgeordnete Gesetz Entwurf Milliarden Millionen ' +
      'Bürger Banken Händler Bargeld Wallet Datenräume Schnittstellen Standards Lieferketten Abhängigkeit Rüstung ' +
      'Messung Sensorik Satelliten Glasfaser Mobilfunk Startups Hochschulen Wissenschaft Kooperation Vertrag Zeitplan'
    ).split(' '),
    parts: 'Daten Cloud Quanten Sicherheits Verteidigungs Haushalts Zahlungs Forschungs Netz Rechen Digital Grenz Förder Straßen Schlüssel'.split(' '),
    verbs: 'fordert plant kritisiert unterzeichnet finanziert entwickelt betreibt prüft startet verschiebt erhält beschließt stärkt kündigt warnt'.split(' '),
    adjectives: 'europäische souveräne digitale sichere gemeinsame deutsche kanadische neue große öffentliche technische strategische'.split(' '),
    glue: 'der die das und mit für im von zu auf nach über bei den dem ein eine nicht auch sich wird soll'.split(' '),
  },
  en: {
    nouns: (
      'alliance agreement tender authority government armed forces cloud data protection digitalisation euro ' +
      'European Union funding research budget infrastructure industry Canada commission criticism artificial ' +
      'intelligence ministry network partnership platform quantum computing data centre security sovereignty ' +
      'modernisation strategy company association defence administration economy central bank payments summit ' +
      'skilled workers semiconductors chips encryption operator provider software procurement committee minister ' +
      'lawmakers bill draft billion million citizens banks merchants cash wallet data spaces interfaces standards ' +
      'supply chains dependence sensing satellites fibre mobile startups universities science cooperation treaty timeline'
    ).split(' '),
    parts: 'cyber quantum cloud defence payment research network compute digital border funding'.split(' '),
    verbs: 'demands plans criticises signs funds develops operates reviews launches delays receives approves strengthens announces warns'.split(' '),
    adjectives: 'European sovereign digital secure joint German Canadian new large public technical strategic'.split(' '),
    glue: 'the and with for in of to on after over at a an not also will should its their'.split(' '),
  },
};

const FIRST = 'Anna Jonas Lea Felix Marie Paul Sophie Lukas Clara Elias Nora David Emma Leon Hanna'.split(' ');
const LAST = 'Wildberger Klingbeil Schäfer Müller Weiß Großmann Bäcker Köhler Fischer Wagner Becker Hoffmann Schröder Krüger Solomon'.split(' ');

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

export function createActors(random: () => number, count = 30): Actor[] {
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 3 === 0) {
      const name = `${pick(random, FIRST)} ${LAST[i % LAST.length]}`;
      actors.push({
        id: `person-${i}`,
        name: { de: name, en: name },
        kind: 'person',
        role: { de: 'Ministerin', en: 'Minister' },
        aliases: [name.split(' ')[1]!, `Dr. ${name}`],
      });
    } else {
      const de = `${pick(random, WORDS.de.parts)}${pick(random, ['agentur', 'verband', 'amt', 'rat', 'werk'])} ${i}`;
      const en = `${pick(random, WORDS.en.parts)} ${pick(random, ['agency', 'association', 'office', 'council', 'works'])} ${i}`;
      actors.push({
        id: `org-${i}`,
        name: { de, en },
        kind: 'organisation',
        role: { de: 'Organisation', en: 'Organisation' },
        aliases: [`${de.slice(0, 3).toUpperCase()}${i}`],
      });
    }
  }
  return actors;
}

function word(random: () => number, lang: Lang): string {
  const words = WORDS[lang];
  const roll = random();
  if (roll < 0.35) return pick(random, words.glue);
  if (roll < 0.45) return pick(random, words.verbs);
  if (roll < 0.55) return pick(random, words.adjectives);
  if (lang === 'de' && roll < 0.65) return `${pick(random, words.parts)}${pick(random, words.nouns).toLowerCase()}`;
  return pick(random, words.nouns);
}

function sentence(random: () => number, lang: Lang, length: number, names: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(random() < 0.04 ? pick(random, names) : word(random, lang));
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, lang: Lang, words: number, names: string[]): string {
  const sentences: string[] = [];
  let total = 0;
  while (total < words) {
    const length = 8 + Math.floor(random() * 12);
    sentences.push(sentence(random, lang, length, names));
    total += length;
  }
  return sentences.join(' ');
}

function isoDay(random: () => number): string {
  const start = Date.UTC(2024, 0, 1);
  const day = new Date(start + Math.floor(random() * 3 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** `count` stories per language; about a fifth exist in one language only. */
export function createStories(seed: number, count: number, actors: readonly Actor[]): Article[] {
  const random = createRandom(seed);
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(random, TOPIC_IDS);
    const storyActors = [...new Set([pick(random, actors), pick(random, actors), pick(random, actors)])];
    const date = isoDay(random);
    const translationKey = `story-${i}`;
    for (const lang of ['de', 'en'] as const) {
      const names = storyActors.map((actor) => actor.name[lang]);
      const text = paragraph(random, lang, 600, names);
      articles.push({
        id: `${lang}/story-${i}`,
        lang,
        slug: `story-${i}-${lang}`,
        title: sentence(random, lang, 7 + Math.floor(random() * 5), names).slice(0, -1),
        // Two sentences, ~24 words, like the real summaries.
        summary: `${sentence(random, lang, 10 + Math.floor(random() * 4), names)} ${sentence(random, lang, 10 + Math.floor(random() * 4), names)}`,
        date,
        topic,
        actors: storyActors.map((actor) => actor.id),
        // Every fifth story has a second edition that belongs to another story in the other
        // language, so each language also shows stories that exist only in the other one.
        translationKey: i % 5 === 0 ? `${translationKey}-${lang}` : translationKey,
        draft: false,
        readingMinutes: 3,
        words: 600,
        kind: 'news',
        lead: false,
        text,
        quotedActors: [],
        sources: [],
        corrections: [],
        aliases: [],
      });
    }
  }
  return articles;
}
