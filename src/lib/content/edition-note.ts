import type { Lang } from '../../i18n/config.ts';
import { isLang } from '../../i18n/config.ts';
import { parseWeekId, weekId, type IsoWeek } from '../weeks.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { editionNoteSchema } from './schema.ts';

/** An editor's notes for one week's edition in one language (`editions/<lang>/<year>-w<week>.mdx`). */
export interface EditionNote {
  /** Path relative to the content folder, for messages. */
  file: string;
  lang: Lang;
  week: IsoWeek;
  /** Story slug to open the edition with. */
  lead?: string;
  /** Story slugs in the order the edition shows them; the rest follow. */
  order: string[];
  /** The intro: plain-text paragraphs, shown as written. */
  intro: string[];
}

const EDITION_PATH = /^editions\/([^/]+)\/(\d{4}-w\d{2})\.mdx$/;

/** `editions/de/2026-w08.mdx` → language and week, or undefined when the path is not one. */
export function editionPathParts(path: string): { lang: Lang; week: IsoWeek } | undefined {
  const match = EDITION_PATH.exec(path);
  if (!match || !isLang(match[1])) return undefined;
  const week = parseWeekId(match[2]!);
  return week && { lang: match[1], week };
}

/** The edition file's name for a week: `2026-w08.mdx`. */
export function editionFileName(week: IsoWeek): string {
  return `${weekId(week).toLowerCase()}.mdx`;
}

/** Blank lines separate paragraphs; line breaks inside one are spaces. */
export function introParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Reads an edition file (path relative to the content folder). The one reader of edition files:
 * the build's loader, the model read from disk and the content check all call it. Throws with
 * the file's name when it is not valid; the content check reports the details first.
 */
export function readEditionNote(path: string, text: string): EditionNote {
  const parts = editionPathParts(path);
  if (!parts) throw new Error(`${path}: not an edition file (editions/de/ or editions/en/, named <year>-w<week>.mdx)`);
  const parsed = parseFrontmatter(text);
  if ('message' in parsed) throw new Error(`${path}${parsed.line ? `:${parsed.line}` : ''}: ${parsed.message}`);
  const result = editionNoteSchema.safeParse(parsed.data ?? {});
  if (!result.success) throw new Error(`${path}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')} (npm run check:content explains)`);
  return {
    file: path,
    ...parts,
    ...(result.data.lead !== undefined && { lead: result.data.lead }),
    order: result.data.order,
    intro: introParagraphs(parsed.body),
  };
}
