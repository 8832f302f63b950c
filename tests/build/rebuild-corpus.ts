import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';

/**
 * A small corpus as data, the edits an editor makes to it, and a writer that puts it on disk
 * touching only the files that changed (as an editor's save would). For the property test that
 * a rebuild after any edits equals a clean build (rebuild-property.test.ts).
 */
export type Lang = 'de' | 'en';
export type Topic = 'alliance' | 'defence-cloud' | 'budget' | 'digital-euro';

export interface Story {
  lang: Lang;
  slug: string;
  title: string;
  date: string;
  topic: Topic;
  actors: string[];
  translationKey: string;
  draft: boolean;
  /** Quote attributed to an actor in the body (its name is printed under the quote). */
  quote?: string;
}

export interface Actor {
  id: string;
  kind: 'person' | 'organisation' | 'institution';
  name: { de: string; en: string };
  role: { de: string; en: string };
}

export interface Corpus {
  stories: Story[];
  actors: Actor[];
  /** Counter for new slugs and titles, so every added or renamed story is new. */
  next: number;
}

export const TOPICS: readonly Topic[] = ['alliance', 'defence-cloud', 'budget', 'digital-euro'];
/** Dates on both sides of a month and a year boundary. */
export const DATES = ['2025-11-30', '2025-12-01', '2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01'] as const;

export function initialCorpus(): Corpus {
  const story = (lang: Lang, slug: string, translationKey: string, date: string, topic: Topic, actors: string[], quote?: string): Story => ({
    lang,
    slug,
    title: `${lang === 'de' ? 'Meldung' : 'Story'} ${slug}`,
    date,
    topic,
    actors,
    translationKey,
    draft: false,
    ...(quote && { quote }),
  });
  return {
    stories: [
      story('de', 'kolibri', 'kolibri', '2025-12-31', 'budget', ['eco', 'bmds'], 'eco'),
      story('en', 'hummingbird', 'kolibri', '2025-12-31', 'budget', ['eco', 'bmds'], 'eco'),
      story('de', 'tapir', 'tapir', '2026-01-01', 'alliance', ['wildberger']),
      story('en', 'tapir', 'tapir', '2026-01-02', 'alliance', ['wildberger', 'bmds']),
      story('de', 'okapi', 'okapi', '2026-01-31', 'digital-euro', ['ecb']),
      story('en', 'quokka', 'quokka', '2026-02-01', 'defence-cloud', ['bmds', 'ecb'], 'bmds'),
      story('de', 'quokka', 'quokka', '2026-02-01', 'defence-cloud', ['bmds']),
      story('en', 'axolotl', 'axolotl', '2025-11-30', 'budget', ['eco']),
    ],
    actors: [
      { id: 'eco', kind: 'organisation', name: { de: 'Verband Eco', en: 'Eco association' }, role: { de: 'Verband', en: 'Association' } },
      { id: 'bmds', kind: 'institution', name: { de: 'Ministerium Bmds', en: 'Ministry Bmds' }, role: { de: 'Ministerium', en: 'Ministry' } },
      { id: 'ecb', kind: 'institution', name: { de: 'Bank Ecb', en: 'Bank Ecb' }, role: { de: 'Zentralbank', en: 'Central bank' } },
      { id: 'wildberger', kind: 'person', name: { de: 'Person Wildberger', en: 'Person Wildberger' }, role: { de: 'Minister', en: 'Minister' } },
    ],
    next: 1,
  };
}

/** An edit; `at` picks a story or actor by position (modulo how many there are when it applies). */
export type Edit =
  | { kind: 'date'; at: number; date: string }
  | { kind: 'topic'; at: number; topic: Topic }
  | { kind: 'actors'; at: number; actors: number[] }
  | { kind: 'title'; at: number }
  | { kind: 'actorName'; at: number }
  | { kind: 'actorRole'; at: number }
  | { kind: 'add'; lang: Lang; pairWith: number | null }
  | { kind: 'delete'; at: number }
  | { kind: 'rename'; at: number }
  | { kind: 'draft'; at: number }
  | { kind: 'removeEdition'; at: number };

const at = fc.nat({ max: 50 });
export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('date' as const), at, date: fc.constantFrom(...DATES) }),
  fc.record({ kind: fc.constant('topic' as const), at, topic: fc.constantFrom(...TOPICS) }),
  fc.record({ kind: fc.constant('actors' as const), at, actors: fc.uniqueArray(fc.nat({ max: 3 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('title' as const), at }),
  fc.record({ kind: fc.constant('actorName' as const), at }),
  fc.record({ kind: fc.constant('actorRole' as const), at }),
  fc.record({ kind: fc.constant('add' as const), lang: fc.constantFrom<Lang>('de', 'en'), pairWith: fc.option(at, { nil: null }) }),
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('rename' as const), at }),
  fc.record({ kind: fc.constant('draft' as const), at }),
  fc.record({ kind: fc.constant('removeEdition' as const), at }),
);

const otherLang = (lang: Lang): Lang => (lang === 'de' ? 'en' : 'de');

/** The corpus after one edit; an edit that does not apply (nothing to delete) leaves it as it is. */
export function applyEdit(corpus: Corpus, edit: Edit): Corpus {
  const stories = corpus.stories.map((story) => ({ ...story, actors: [...story.actors] }));
  const actors = corpus.actors.map((actor) => ({ ...actor, name: { ...actor.name }, role: { ...actor.role } }));
  const n = corpus.next;
  const result: Corpus = { stories, actors, next: n + 1 };
  const story = 'at' in edit ? stories[edit.at % stories.length] : undefined;
  const actor = 'at' in edit ? actors[edit.at % actors.length]! : undefined;
  // Keep a few stories in each language, so the site always has something to list.
  const canRemove = (target: Story) => stories.filter((s) => s.lang === target.lang).length > 2;
  switch (edit.kind) {
    case 'date':
      story!.date = edit.date;
      break;
    case 'topic':
      story!.topic = edit.topic;
      break;
    case 'actors':
      story!.actors = edit.actors.map((i) => actors[i % actors.length]!.id);
      break;
    case 'title':
      story!.title = `${story!.title} ${n}`;
      break;
    case 'actorName':
      actor!.name = { de: `${actor!.name.de} ${n}`, en: `${actor!.name.en} ${n}` };
      break;
    case 'actorRole':
      actor!.role = { de: `${actor!.role.de} ${n}`, en: `${actor!.role.en} ${n}` };
      break;
    case 'add': {
      // Either the other edition of a story that has none yet, or a new story of its own.
      const single = stories.filter((s) => s.lang === otherLang(edit.lang) && !stories.some((o) => o.lang === edit.lang && o.translationKey === s.translationKey));
      const partner = edit.pairWith === null ? undefined : single[edit.pairWith % Math.max(1, single.length)];
      const slug = `neu-${n}`;
      stories.push({
        lang: edit.lang,
        slug,
        title: `${edit.lang === 'de' ? 'Meldung' : 'Story'} ${slug}`,
        date: partner?.date ?? DATES[n % DATES.length]!,
        topic: partner?.topic ?? TOPICS[n % TOPICS.length]!,
        actors: partner ? [...partner.actors] : [actors[n % actors.length]!.id],
        translationKey: partner?.translationKey ?? slug,
        draft: false,
      });
      break;
    }
    case 'delete':
      if (canRemove(story!)) stories.splice(stories.indexOf(story!), 1);
      break;
    case 'rename':
      story!.slug = `${story!.slug}-${n}`;
      break;
    case 'draft':
      if (canRemove(story!)) story!.draft = true;
      break;
    case 'removeEdition': {
      // One edition of a pair goes; the other stays, now untranslated.
      const paired = stories.filter((s) => stories.some((o) => o !== s && o.translationKey === s.translationKey) && canRemove(s));
      const target = paired[edit.at % Math.max(1, paired.length)];
      if (target) stories.splice(stories.indexOf(target), 1);
      break;
    }
  }
  return result;
}

const quoted = (text: string) => JSON.stringify(text);

/** Every file of the corpus, by path relative to the content folder. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of corpus.stories) {
    const words = s.lang === 'de' ? ['Text der Meldung', 'Zweiter Absatz.'] : ['Text of the story', 'Second paragraph.'];
    const quote = s.quote && corpus.actors.some((a) => a.id === s.quote) ? `\n<Quote actor="${s.quote}" paraphrase>\n\n${words[1]}\n\n</Quote>\n` : '';
    files.set(
      `articles/${s.lang}/${s.slug}.mdx`,
      [
        '---',
        `title: ${quoted(s.title)}`,
        `summary: ${quoted(`${s.title}: ${words[0]}`)}`,
        `date: ${s.date}`,
        `topic: ${s.topic}`,
        `actors: [${s.actors.join(', ')}]`,
        `translationKey: ${s.translationKey}`,
        ...(s.draft ? ['draft: true'] : []),
        '---',
        '',
        `${words[0]} ${s.title}.`,
        '',
        `## ${words[1]}`,
        quote,
        `${words[1]} ${s.slug}.`,
        '',
      ].join('\n'),
    );
  }
  for (const a of corpus.actors) {
    files.set(`actors/${a.id}.yaml`, [`name: { de: ${quoted(a.name.de)}, en: ${quoted(a.name.en)} }`, `kind: ${a.kind}`, `role: { de: ${quoted(a.role.de)}, en: ${quoted(a.role.en)} }`, ''].join('\n'));
  }
  return files;
}

/** Writes the corpus into `dir`: changed and new files are written, files no longer in it deleted. */
export function writeCorpus(dir: string, corpus: Corpus): void {
  const files = corpusFiles(corpus);
  for (const [path, text] of files) {
    const full = join(dir, path);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) continue;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  for (const folder of ['articles/de', 'articles/en', 'actors']) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder))) {
      if (!files.has(`${folder}/${name}`)) rmSync(join(dir, folder, name));
    }
  }
}
