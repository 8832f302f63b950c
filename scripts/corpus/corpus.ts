import { slugify } from '../../src/lib/content/slug';
import { TOPIC_IDS, type TopicId } from '../../src/lib/topics';
import { createRandom, type Random } from './random';
import { ACTOR_SEEDS, TOPIC_ACTORS, WORDS, type ActorSeed } from './vocabulary';

type CorpusLang = 'de' | 'en';
const LANGS: readonly CorpusLang[] = ['de', 'en'];

export interface CorpusOptions {
  /** Stories per language. */
  perLang: number;
  seed: number;
  /** Share of stories that exist in one language only (split between both languages). */
  untranslatedShare?: number;
  /** Last publication day, `YYYY-MM-DD`; dates spread over the five years before it. */
  lastDay?: string;
}

export interface CorpusFile {
  /** Path relative to the content folder, e.g. `articles/de/foo-12.mdx`. */
  path: string;
  text: string;
}

export interface StoryPlan {
  key: string;
  topic: TopicId;
  actors: string[];
  date: string;
  langs: CorpusLang[];
  /** Index of the title parts, shared by both editions so they are translations of each other. */
  titleParts: [number, number];
  hasCallout: boolean;
  quoteActor?: string;
}

const FIVE_YEARS_DAYS = 5 * 365;
const DAY_MS = 86_400_000;

/** Every story of the corpus, in key order: who, what, when and in which languages. */
export function planStories(options: CorpusOptions): StoryPlan[] {
  const { perLang, seed, untranslatedShare = 0.03, lastDay = '2026-01-31' } = options;
  const random = createRandom(seed);
  // A few stories per language have no translation; the rest are pairs.
  const singlesPerLang = perLang >= 20 ? Math.max(1, Math.round((perLang * untranslatedShare) / 2)) : 0;
  const pairs = perLang - singlesPerLang;
  const langsOf = (index: number): CorpusLang[] =>
    index < pairs ? [...LANGS] : [(index - pairs) % 2 === 0 ? 'de' : 'en'];
  const total = pairs + 2 * singlesPerLang;
  const end = Date.parse(`${lastDay}T00:00:00Z`);

  return Array.from({ length: total }, (_, index) => {
    const topic = TOPIC_IDS[index % TOPIC_IDS.length]!;
    const actors = pickActors(random, topic);
    const offset = Math.floor(((total - 1 - index) / Math.max(1, total)) * FIVE_YEARS_DAYS) + random.int(0, 2);
    const date = new Date(end - Math.min(offset, FIVE_YEARS_DAYS) * DAY_MS).toISOString().slice(0, 10);
    const words = WORDS.en;
    return {
      key: `story-${String(index + 1).padStart(5, '0')}`,
      topic,
      actors,
      date,
      langs: langsOf(index),
      titleParts: [random.int(0, words.titleStarts.length - 1), random.int(0, words.titleEnds.length - 1)],
      hasCallout: random.next() < 0.2,
      quoteActor: random.next() < 0.15 ? actors[0] : undefined,
    };
  });
}

function pickActors(random: Random, topic: TopicId): string[] {
  const local = random.sample(TOPIC_ACTORS[topic], random.int(1, 3), 1.6);
  const extra = random.next() < 0.4 ? [random.pick(ACTOR_SEEDS).id] : [];
  return [...new Set([...local, ...extra])];
}

function sentence(random: Random, lang: CorpusLang): string {
  const w = WORDS[lang];
  return `${random.pick(w.subjects)} ${random.pick(w.verbs)} ${random.pick(w.objects)} ${random.pick(w.tails)}`;
}

function paragraph(random: Random, lang: CorpusLang): string {
  return Array.from({ length: random.int(3, 5) }, () => sentence(random, lang)).join(' ');
}

function storyTitle(plan: StoryPlan, lang: CorpusLang): string {
  const w = WORDS[lang];
  return `${w.titleStarts[plan.titleParts[0]]} ${w.titleEnds[plan.titleParts[1]]} (${plan.key.slice(6)})`;
}

function storySlug(plan: StoryPlan, lang: CorpusLang): string {
  return slugify(storyTitle(plan, lang));
}

/** One edition as MDX: frontmatter plus about 600 words in five sections. */
function renderStory(plan: StoryPlan, lang: CorpusLang, seed: number): string {
  // Each edition has its own stream, so a story's text does not depend on the corpus size.
  const random = createRandom(seed ^ hash(`${plan.key}/${lang}`));
  const w = WORDS[lang];
  const title = storyTitle(plan, lang);
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(sentence(random, lang) + ' ' + sentence(random, lang))}`,
    `date: ${plan.date}`,
    `topic: ${plan.topic}`,
    `actors: [${plan.actors.join(', ')}]`,
    `translationKey: ${plan.key}`,
    'sources:',
    `  - title: ${JSON.stringify(`${w.callout}: ${title}`)}`,
    `    url: https://example.org/${lang}/${plan.key}`,
    '    publisher: Example Press',
    '---',
    '',
  ];
  const body: string[] = [];
  const headings = random.sample(w.headings, 5);
  headings.forEach((heading, index) => {
    body.push(`## ${heading}`, '');
    for (let p = 0; p < 2; p++) body.push(paragraph(random, lang), '');
    if (index === 1 && plan.hasCallout) {
      body.push(`<Callout title=${JSON.stringify(w.callout)} tone="note">`, '', `- ${sentence(random, lang)}`, `- ${sentence(random, lang)}`, '', '</Callout>', '');
    }
    if (index === 2 && plan.quoteActor) {
      body.push(`<Quote actor="${plan.quoteActor}">${sentence(random, lang)}</Quote>`, '');
    }
  });
  return [...front, ...body].join('\n');
}

function renderActor(actor: ActorSeed): string {
  const name =
    typeof actor.name === 'string'
      ? `name: ${JSON.stringify(actor.name)}`
      : `name:\n  de: ${JSON.stringify(actor.name.de)}\n  en: ${JSON.stringify(actor.name.en)}`;
  return [
    name,
    `kind: ${actor.kind}`,
    'role:',
    `  de: ${JSON.stringify(actor.role.de)}`,
    `  en: ${JSON.stringify(actor.role.en)}`,
    '',
  ].join('\n');
}

/** The whole content folder as files: `actors/<id>.yaml` and `articles/<lang>/<slug>.mdx`. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const files: CorpusFile[] = ACTOR_SEEDS.map((actor) => ({ path: `actors/${actor.id}.yaml`, text: renderActor(actor) }));
  for (const plan of planStories(options)) {
    for (const lang of plan.langs) {
      files.push({ path: `articles/${lang}/${storySlug(plan, lang)}.mdx`, text: renderStory(plan, lang, options.seed) });
    }
  }
  return files;
}

/** FNV-1a, for per-story random streams. */
function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
