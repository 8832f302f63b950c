import { TOPIC_IDS } from '../topics.ts';
import { ACTOR_KINDS } from './schema.ts';

/**
 * What each frontmatter field allows, in words, keyed by field path with list indexes
 * replaced by `*` (`sources.*.url`). The content guard appends these to its messages and
 * EDITING.md documents the same rules.
 */
export const ARTICLE_FIELD_RULES: Record<string, string> = {
  title: 'a non-empty text of at most 180 characters',
  summary: 'a non-empty text (one or two sentences) of at most 400 characters',
  date: 'a real calendar day written as YYYY-MM-DD, e.g. 2026-02-18',
  updated: 'a real calendar day written as YYYY-MM-DD, on or after date',
  topic: TOPIC_IDS.join(', '),
  actors: 'a list of actor ids (file names in actors/ without .yaml), at least one, e.g. [eco, karsten-wildberger]',
  'actors.*': 'an actor id (a file name in actors/ without .yaml)',
  translationKey: 'a non-empty text shared by the German and English edition of one story',
  draft: 'true or false',
  image: 'src (path to an image file) and alt (text describing the image); optionally caption, credit, chart and narrow',
  'image.caption': 'a non-empty text shown under the image',
  'image.credit': 'a non-empty text naming who made the image, e.g. Grafik: Souverän Digest',
  'image.chart': 'true or false: true for a chart or diagram (shown inverted in dark mode)',
  'image.src': 'a path to an image file, e.g. ../../images/cloud.jpg',
  'image.narrow': 'a path to the same chart laid out for phones, e.g. ../../images/budget-de-narrow.png',
  'image.alt': 'a non-empty text describing the image',
  sources: 'a list of entries with title and optionally url and publisher',
  'sources.*': 'title and optionally url and publisher',
  'sources.*.title': 'a non-empty text',
  'sources.*.url': 'an absolute http(s) URL, e.g. https://www.bundestag.de/haushalt (leave it out when the source has none)',
  'sources.*.publisher': 'a non-empty text',
  corrections: 'a list of entries with date and note, e.g. [{ date: 2026-02-20, note: "…" }]',
  'corrections.*': 'date and note',
  'corrections.*.date': 'a real calendar day written as YYYY-MM-DD, e.g. 2026-02-20',
  'corrections.*.note': 'a non-empty text saying what was corrected',
  aliases: 'a list of old file names (without .mdx) whose URLs lead to this story, e.g. [old-slug]',
  'aliases.*': 'an old file name without .mdx, lowercase ASCII kebab-case',
  'sources.*.lang': 'de or en, the language the source is written in',
  kind: 'news, analysis, review or explainer (news when left out)',
  lead: 'true or false: true makes the story the front page’s lead (the newest such story)',
  byline: 'a non-empty text naming the author(s); the editorial team when left out',
};

export const EDITION_FIELD_RULES: Record<string, string> = {
  lead: 'the file name (without .mdx) of a story of that week in the same language',
  order: 'a list of file names (without .mdx) of stories of that week, in the order the edition shows them',
  'order.*': 'the file name (without .mdx) of a story of that week',
};

export const EDITION_FIELDS: Record<string, readonly string[]> = { '': ['lead', 'order'] };

export const ACTOR_FIELD_RULES: Record<string, string> = {
  name: 'a non-empty text, or de and en texts when the name differs by language',
  'name.de': 'a non-empty text',
  'name.en': 'a non-empty text',
  kind: ACTOR_KINDS.join(', '),
  role: 'de and en texts describing the actor in one line',
  'role.de': 'a non-empty text',
  'role.en': 'a non-empty text',
  aliases: 'a list of other names readers may search for',
  'aliases.*': 'a non-empty text',
  url: 'an absolute http(s) URL',
};

/** Fields an object at this path accepts, for "unknown field" messages. */
export const ARTICLE_FIELDS: Record<string, readonly string[]> = {
  '': ['title', 'summary', 'date', 'updated', 'topic', 'actors', 'translationKey', 'draft', 'image', 'sources', 'corrections', 'aliases', 'kind', 'lead', 'byline'],
  image: ['src', 'alt', 'caption', 'credit', 'chart', 'narrow'],
  'corrections.*': ['date', 'note'],
  'sources.*': ['title', 'url', 'publisher', 'lang'],
};

export const ACTOR_FIELDS: Record<string, readonly string[]> = {
  '': ['name', 'kind', 'role', 'aliases', 'url'],
  name: ['de', 'en'],
  role: ['de', 'en'],
};

/** `['sources', 0, 'url']` → `sources.*.url` */
export function rulePath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? '*' : String(part))).join('.');
}

/** `['sources', 0, 'url']` → `sources[0].url`, as shown to editors. */
export function displayPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}
