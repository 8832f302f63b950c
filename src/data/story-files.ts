import { join } from 'node:path';
import type { BodySlot } from '../lib/content/body/slots';

/**
 * What the story loader keeps of a story beside Astro's content store, in
 * `<cacheDir>/story-bodies/<digest>.json`: everything but the images. Astro serialises its whole
 * store on every build that changes one entry, inlines it into the bundle as one module and
 * parses it for `getCollection`; at 50,000 stories per language the stories' data was 84 of its
 * 108 MB (BENCHMARKS.md, "Rebuild after editing one story"). Astro's entry keeps only the
 * fields whose images Astro resolves and emits (STORED_IMAGE_FIELDS), and the digest.
 */
export interface StoryRecord {
  /** The entry's data as the schema parsed it, without STORED_IMAGE_FIELDS. */
  data: Record<string, unknown>;
  /** Where the page fills in images and quotes, in the body's HTML. */
  slots: BodySlot[];
  /** Words in the body, for the reading time. */
  words: number;
  /** The body's opening words as plain text, for the search index. */
  lead: string;
}

/** The data fields that stay in Astro's store: its image pipeline finds and resolves them there. */
export const STORED_IMAGE_FIELDS = ['image', 'bodyImages'] as const;

/**
 * How Astro's `image()` marks a path for its store (IMAGE_IMPORT_PREFIX in astro's
 * content/consts.js; a unit test compares). A marked string outside STORED_IMAGE_FIELDS would
 * lose its image, so the loader stops on one.
 */
export const ASTRO_IMAGE_MARK = '__ASTRO_IMAGE_';

/** `<cacheDir>/story-bodies/`, where the loader writes and the pages read. */
export function storyBodyDir(cacheDir: string): string {
  return join(cacheDir, 'story-bodies');
}

/** A story's two files, named by the digest of its source: the body's HTML and the record. */
export function storyFilesOf(bodyDir: string, digest: string): { html: string; record: string } {
  return { html: join(bodyDir, `${digest}.html`), record: join(bodyDir, `${digest}.json`) };
}

/**
 * Splits parsed data into what Astro's store keeps (the image fields) and the rest, for the
 * record. Throws, naming the field, on what the record cannot keep as it is: an image Astro
 * marked outside the image fields (it would stay a plain string and never be emitted) or a
 * value JSON does not carry unchanged (a date object, a map).
 */
export function splitStoryData(data: Readonly<Record<string, unknown>>): { stored: Record<string, unknown>; rest: Record<string, unknown> } {
  const stored: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if ((STORED_IMAGE_FIELDS as readonly string[]).includes(key)) {
      stored[key] = value;
      continue;
    }
    const problem = findUnkeepable(value, key);
    if (problem !== undefined) throw new Error(`${problem} (src/data/story-files.ts)`);
    rest[key] = value;
  }
  return { stored, rest };
}

function findUnkeepable(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.startsWith(ASTRO_IMAGE_MARK) ? `${path} is an image, but only ${STORED_IMAGE_FIELDS.join(' and ')} keep images` : undefined;
  }
  if (value === undefined || value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return undefined;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [`${path}[${index}]`, item] as const)
    : isPlainObject(value)
      ? Object.entries(value).map(([key, item]) => [`${path}.${key}`, item] as const)
      : undefined;
  if (entries === undefined) return `${path} is not plain data for the story record: ${Object.prototype.toString.call(value)}`;
  for (const [inner, item] of entries) {
    const problem = findUnkeepable(item, inner);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
