import { LANGS } from '../../i18n/config.ts';
import { formatDate } from '../dates.ts';
import { articleUrl } from '../urls.ts';
import { isoWeekOf, parseWeekId, weekDays, weekId, type IsoWeek } from '../weeks.ts';
import { EDITION_FIELDS, EDITION_FIELD_RULES } from './field-rules.ts';
import { editionPathParts } from './edition-note.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { editionNoteSchema, isCalendarDate } from './schema.ts';
import type { ContentError, ContentFile } from './validate.ts';

/** What the edition and alias checks need of each story file (raw frontmatter, maybe invalid). */
export interface StoryFacts {
  /** `articles/de/x.mdx` */
  file: string;
  lang: string;
  data: Record<string, unknown>;
}

type DescribeIssues = (
  file: string,
  issues: readonly import('astro/zod').z.core.$ZodIssue[],
  data: unknown,
  rules: Record<string, string>,
  fields: Record<string, readonly string[]>,
) => ContentError[];

function slugOf(file: string): string {
  return file.replace(/^.*\/|\.mdx$/g, '');
}

function weekText(week: IsoWeek): string {
  const { start, end } = weekDays(week);
  return `${weekId(week)} (${formatDate(start, 'en')} to ${formatDate(end, 'en')})`;
}

/**
 * Edition files: `editions/<lang>/<year>-w<week>.mdx` for a week that has stories in that
 * language (drafts count: an edition may be prepared before its stories go out), with a lead
 * and an order that name stories of that week.
 */
export function checkEditionFiles(files: readonly ContentFile[], stories: readonly StoryFacts[], describeIssues: DescribeIssues): ContentError[] {
  const errors: ContentError[] = [];
  for (const file of files) {
    const parts = editionPathParts(file.path);
    if (!parts) {
      errors.push({ file: file.path, message: editionPathProblem(file.path) });
      continue;
    }
    const parsed = parseFrontmatter(file.text ?? '');
    if ('message' in parsed) {
      errors.push({ file: file.path, line: parsed.line, message: parsed.message });
      continue;
    }
    const data = parsed.data ?? {};
    const result = editionNoteSchema.safeParse(data);
    if (!result.success) errors.push(...describeIssues(file.path, result.error.issues, data, EDITION_FIELD_RULES, EDITION_FIELDS));
    const ofLang = stories.filter((story) => story.lang === parts.lang);
    const inWeek = ofLang.filter((story) => typeof story.data.date === 'string' && isCalendarDate(story.data.date) && weekId(isoWeekOf(story.data.date)) === weekId(parts.week));
    if (inWeek.length === 0) {
      errors.push({
        file: file.path,
        message:
          `no story in articles/${parts.lang}/ is dated in week ${weekText(parts.week)}, so there is no edition to edit; ` +
          'rename the file to the week of its stories (<year>-w<week>.mdx) or delete it',
      });
      continue;
    }
    if (!result.success) continue;
    const named: [string, string][] = [
      ...(result.data.lead ? [['lead', result.data.lead] as [string, string]] : []),
      ...result.data.order.map((slug, index) => [`order[${index}]`, slug] as [string, string]),
    ];
    for (const [field, slug] of named) {
      const story = ofLang.find((candidate) => slugOf(candidate.file) === slug);
      if (!story) {
        errors.push({ file: file.path, field, message: `${field}: unknown story "${slug}": there is no articles/${parts.lang}/${slug}.mdx; allowed: ${listSlugs(inWeek)}` });
      } else if (!inWeek.includes(story)) {
        const date = String(story.data.date);
        const week = isCalendarDate(date) ? `, in week ${weekId(isoWeekOf(date))}` : '';
        errors.push({
          file: file.path,
          field,
          message: `${field}: "${slug}" is dated ${date}${week}, not in this edition's week ${weekText(parts.week)}; allowed: ${listSlugs(inWeek)}`,
        });
      }
    }
  }
  return errors;
}

function listSlugs(stories: readonly StoryFacts[]): string {
  return `the stories of that week: ${stories.map((story) => slugOf(story.file)).join(', ')}`;
}

function editionPathProblem(path: string): string {
  const parts = path.split('/');
  if (parts.length !== 3 || !LANGS.includes(parts[1] as never)) {
    return `edition files sit in a language folder: ${LANGS.map((lang) => `editions/${lang}/`).join(' or ')} (no other folders)`;
  }
  const name = parts[2]!;
  const match = /^(\d{4})-[wW](\d{1,2})\.mdx$/.exec(name);
  if (match && !parseWeekId(`${match[1]}-W${match[2]!.padStart(2, '0')}`)) {
    return `file name "${name}": ${match[1]} has no ISO week ${Number(match[2])}; weeks run from 1 to 52 or 53`;
  }
  const suggestion = match ? ` (rename it to ${match[1]}-w${match[2]!.padStart(2, '0')}.mdx)` : '';
  return `file name "${name}" is not <year>-w<week>.mdx with a two-digit ISO week, e.g. 2026-w08.mdx${suggestion}`;
}

/**
 * `aliases` keep old story URLs alive; two pages cannot share one. An alias may be neither a
 * story's file name nor another story's alias (in the same language; each has its own URLs).
 */
export function checkAliases(stories: readonly StoryFacts[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const lang of LANGS) {
    const ofLang = stories.filter((story) => story.lang === lang);
    const slugs = new Map(ofLang.map((story) => [slugOf(story.file), story.file]));
    const claimed = new Map<string, { file: string; field: string }[]>();
    for (const story of ofLang) {
      const aliases = Array.isArray(story.data.aliases) ? story.data.aliases : [];
      aliases.forEach((alias, index) => {
        if (typeof alias !== 'string') return;
        const field = `aliases[${index}]`;
        const owner = slugs.get(alias.trim());
        if (owner === story.file) {
          errors.push({ file: story.file, field, message: `${field}: "${alias}" is this story's own file name; remove it (only old names belong in aliases)` });
        } else if (owner) {
          errors.push({
            file: story.file,
            field,
            message: `${field}: "${alias}" is the file name of ${owner}; both would be ${articleUrl({ lang, slug: alias.trim() })}; remove the alias or rename one of the files`,
          });
        }
        claimed.set(alias.trim(), [...(claimed.get(alias.trim()) ?? []), { file: story.file, field }]);
      });
    }
    for (const [alias, owners] of claimed) {
      if (owners.length < 2) continue;
      for (const owner of owners) {
        const others = owners.filter((other) => other !== owner).map((other) => other.file);
        errors.push({
          file: owner.file,
          field: owner.field,
          message: `${owner.field}: "${alias}" is also an alias of ${[...new Set(others)].join(', ')}; an old URL can lead to one story only, so remove it from one of them`,
        });
      }
    }
  }
  return errors;
}
