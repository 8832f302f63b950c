import { z } from 'astro/zod';
import { TOPIC_IDS } from '../topics.ts';

export const ACTOR_KINDS = ['person', 'organisation', 'institution', 'country', 'event'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a real calendar day (no 2026-02-31). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A publication date as `YYYY-MM-DD`. YAML parsers may hand over a Date (js-yaml turns an
 * unquoted date into one), so both forms are accepted and normalised to the string.
 */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine(isCalendarDate, {
    message: 'must be a real calendar date written as YYYY-MM-DD (for example 2026-02-18)',
  });

/** Longest title and summary: beyond these no listing, card or search result can show them. */
export const MAX_TITLE_LENGTH = 180;
export const MAX_SUMMARY_LENGTH = 400;
/** Anything but whitespace, format characters (zero-width space, soft hyphen, BOM), controls and blank letters. */
const VISIBLE = /[^\s\p{Cf}\p{Cc}\u115F\u1160\u2800\u3164\uFFA0]/u;

/** True when a reader would see something: not only spaces and invisible characters. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value);
}

/** A text readers see as a heading or teaser: visible characters, at most `max` of them. */
function shownText(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: 'must not be empty', abort: true })
    .refine(hasVisibleText, { message: 'has no visible characters (only spaces or invisible ones such as zero-width spaces)', abort: true })
    .refine((value) => [...value].length <= max, {
      error: (issue) => `has ${[...String(issue.input)].length} characters; at most ${max} are allowed`,
    });
}

export const localizedText = z.object({ de: z.string().min(1), en: z.string().min(1) }).strict();

const topicEnum = z.enum(TOPIC_IDS, {
  error: (issue) =>
    `unknown topic ${JSON.stringify(issue.input)}; allowed: ${TOPIC_IDS.join(', ')}`,
});

/** What kind of piece a story is: shown on cards and the story page, news unless said otherwise. */
export const STORY_KINDS = ['news', 'analysis', 'review', 'explainer'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

// A report may exist only as a text without an address (the reports stories are written from):
// then it is cited by title, and no URL is invented for it.
export const sourceSchema = z
  .object({
    title: z.string().min(1),
    url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
    publisher: z.string().min(1).optional(),
    // The source's language when it differs from the story's (a German report cited in English).
    lang: z.enum(['de', 'en'], { error: 'must be de or en' }).optional(),
  })
  .strict();

/** A dated correction shown on the story and listed on the corrections page. */
export const correctionSchema = z
  .object({ date: isoDate, note: z.string().trim().min(1, 'must say what was corrected') })
  .strict();

/** Old file names of a story that keep leading to it. */
const aliasSlug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an old file name without .mdx, lowercase ASCII kebab-case');

/** Frontmatter fields of the digest features (corrections, redirects), kept apart for easy merges. */
const digestFields = {
  corrections: z.array(correctionSchema).default([]),
  aliases: z.array(aliasSlug).default([]),
};

/**
 * The article fields that do not hold an image. Built once: Astro calls a collection's schema
 * function for every entry (its `image()` helper is bound to the entry's file), and building
 * all of these per entry cost more than checking them (BENCHMARKS.md, "Archive scale").
 */
const articleFieldsBeforeImage = {
  title: shownText(MAX_TITLE_LENGTH),
  summary: shownText(MAX_SUMMARY_LENGTH),
  date: isoDate,
  updated: isoDate.optional(),
  topic: topicEnum,
  actors: z
    .array(z.string().min(1))
    .min(1, 'needs at least one actor id (a file name in content/actors/ without .yaml)'),
  translationKey: z.string().trim().min(1, 'must not be empty'),
  draft: z.boolean().default(false),
};
const imageFields = {
  alt: z.string().trim().min(1, 'must describe the image'),
  caption: z.string().trim().min(1, 'must not be empty').optional(),
  credit: z.string().trim().min(1, 'must not be empty').optional(),
  // A chart or diagram (flat colours, text): shown inverted in dark mode, full size on a tap.
  chart: z.boolean().default(false),
};
const articleFieldsAfterImage = {
  sources: z.array(sourceSchema).default([]),
  ...digestFields,
  kind: z
    .enum(STORY_KINDS, {
      error: (issue) => `unknown kind ${JSON.stringify(issue.input)}; allowed: ${STORY_KINDS.join(', ')}`,
    })
    .default('news'),
  // The editor's choice for the front page's lead; the newest such story wins.
  lead: z.boolean().default(false),
  byline: z.string().trim().min(1, 'must not be empty').optional(),
};

interface ArticleDates {
  date: string;
  updated?: string | undefined;
  corrections: { date: string }[];
}

function checkArticleDates(data: ArticleDates, ctx: z.RefinementCtx): void {
  if (data.updated && data.updated < data.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `${data.updated} is before date ${data.date}; updated must be on or after date`,
    });
  }
  data.corrections.forEach((correction, index) => {
    if (data.corrections.findIndex((other) => other.date === correction.date) < index) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: `${correction.date} has a correction already; write one note per day`,
      });
    }
    if (correction.date < data.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: `${correction.date} is before date ${data.date}; a correction is dated on or after the story`,
      });
    }
  });
}

/**
 * Article frontmatter. `imageSchema` is Astro's `image()` helper in the build and a plain
 * string schema in unit tests and the content checker, so this stays free of Astro runtime.
 */
export function createArticleSchema<TImage extends z.ZodType>(imageSchema: TImage) {
  return z
    .object({
      ...articleFieldsBeforeImage,
      image: z
        .object({
          src: imageSchema,
          ...imageFields,
          // The same chart laid out for phones (one column, larger lettering), shown up to 40rem.
          narrow: imageSchema.optional(),
        })
        .strict()
        .optional(),
      ...articleFieldsAfterImage,
    })
    .strict()
    .superRefine(checkArticleDates);
}

export const actorSchema = z
  .object({
    name: z.union([z.string().trim().min(1), localizedText]),
    kind: z.enum(ACTOR_KINDS, {
      error: (issue) =>
        `unknown kind ${JSON.stringify(issue.input)}; allowed: ${ACTOR_KINDS.join(', ')}`,
    }),
    role: localizedText,
    aliases: z.array(z.string().min(1)).default([]),
    url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
  })
  .strict();

export type ActorData = z.infer<typeof actorSchema>;

/**
 * An edition file `editions/<lang>/<year>-w<week>.mdx`: optional lead and order (story file
 * names without .mdx); its body is the intro, plain paragraphs.
 */
export const editionNoteSchema = z
  .object({
    lead: aliasSlug.optional(),
    order: z.array(aliasSlug).default([]),
  })
  .strict();

export type EditionNoteData = z.infer<typeof editionNoteSchema>;
