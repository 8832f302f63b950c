import { LANGS, type Lang } from '../../src/i18n/config';
import { slugify } from '../../src/lib/content/slug';
import { berlinDay } from '../../src/lib/dates';
import { TOPIC_IDS, isTopicId } from '../../src/lib/topics';

export interface StoryRequest {
  topic?: string;
  /** Comma-separated actor ids, as typed on the command line. */
  actors?: string;
  titles: Partial<Record<Lang, string>>;
  /** Shared translationKey; defaults to the slug of the English (else German) title. */
  key?: string;
  now: Date;
}

export interface ContentState {
  actorIds: ReadonlySet<string>;
  /** Existing files, relative to the content folder (`articles/de/x.mdx`). */
  paths: ReadonlySet<string>;
  /** translationKeys already used, per language. */
  keys: Record<Lang, ReadonlySet<string>>;
  /** Topic and actors of an existing edition, by translationKey: a translation starts with them. */
  editions: ReadonlyMap<string, { path: string; topic?: string; actors?: string[] }>;
}

export interface PlannedFile {
  path: string;
  text: string;
}

export type Plan =
  | { ok: true; files: PlannedFile[]; /** The edition topic and actors were taken from. */ copiedFrom?: string }
  | { ok: false; errors: string[] };

const PLACEHOLDER: Record<Lang, { summary: string; body: string }> = {
  de: {
    summary: 'TODO: Worum geht es, in ein bis zwei Sätzen?',
    body: '## TODO: Zwischenüberschrift\n\nTODO: Text der Meldung. Vor dem Veröffentlichen `draft: true` entfernen.\n',
  },
  en: {
    summary: 'TODO: What is this about, in one or two sentences?',
    body: '## TODO: Subheading\n\nTODO: The story. Remove `draft: true` before publishing.\n',
  },
};

/**
 * Plans the files of a new story (one per language given) without touching the disk: all
 * checks first, so a bad request writes nothing. New stories start as drafts.
 */
export function planStory(request: StoryRequest, state: ContentState): Plan {
  const errors: string[] = [];
  // Adding a translation (--key of an existing story): topic and actors are the same story's.
  const edition = request.key === undefined ? undefined : state.editions.get(slugify(request.key));
  const copiedFrom = edition && (!request.topic || !request.actors) ? edition.path : undefined;
  const topic = (request.topic ?? edition?.topic)?.trim() ?? '';
  if (!isTopicId(topic)) {
    errors.push(
      topic ? `unknown topic "${topic}"; allowed: ${TOPIC_IDS.join(', ')}` : `--topic is required; one of: ${TOPIC_IDS.join(', ')}`,
    );
  }
  const actors = (request.actors ?? edition?.actors?.join(',') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  if (actors.length === 0) errors.push('--actors is required: comma-separated actor ids, e.g. --actors karsten-wildberger,eco');
  const unknown = actors.filter((id) => !state.actorIds.has(id));
  if (unknown.length > 0) {
    const known = [...state.actorIds].sort();
    const list = known.length <= 30 ? ` (known: ${known.join(', ')})` : ' (the ids are the file names in actors/)';
    errors.push(`unknown actor id(s): ${unknown.join(', ')}; add them first with \`npm run new:actor\`${list}`);
  }
  const langs = LANGS.filter((lang) => (request.titles[lang] ?? '').trim() !== '');
  if (langs.length === 0) errors.push('give at least one title: --de "Titel" and/or --en "Title"');

  const keySource = request.key ?? request.titles.en ?? request.titles.de ?? '';
  const translationKey = slugify(keySource);
  if (langs.length > 0 && translationKey === '') errors.push(`cannot derive a translationKey from "${keySource}"; pass --key`);

  const files: PlannedFile[] = [];
  for (const lang of langs) {
    const title = request.titles[lang]!.trim();
    const slug = slugify(title);
    if (slug === '') {
      errors.push(`the ${lang} title "${title}" has no letters or digits to make a file name from`);
      continue;
    }
    const path = `articles/${lang}/${slug}.mdx`;
    if (state.paths.has(path)) errors.push(`${path} already exists; not overwritten (choose another title)`);
    if (translationKey && state.keys[lang].has(translationKey)) {
      errors.push(`a ${lang} story with translationKey "${translationKey}" already exists; pass another --key`);
    }
    files.push({ path, text: renderStory({ lang, title, topic, actors, translationKey, date: berlinDay(request.now) }) });
  }
  if (errors.length > 0) return { ok: false, errors };
  return copiedFrom ? { ok: true, files, copiedFrom } : { ok: true, files };
}

function renderStory(story: { lang: Lang; title: string; topic: string; actors: string[]; translationKey: string; date: string }): string {
  const text = PLACEHOLDER[story.lang];
  return [
    '---',
    `title: ${JSON.stringify(story.title)}`,
    `summary: ${JSON.stringify(text.summary)}`,
    `date: ${story.date}`,
    `topic: ${story.topic}`,
    `actors: [${story.actors.join(', ')}]`,
    `translationKey: ${story.translationKey}`,
    'draft: true',
    '---',
    '',
    text.body,
  ].join('\n');
}
