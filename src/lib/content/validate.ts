import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import type { Lang } from '../../i18n/config.ts';
import { checkDuplicateActors } from './actor-names.ts';
import { quoteValue } from './body/url-rules.ts';
import {
  ACTOR_FIELDS,
  ACTOR_FIELD_RULES,
  ARTICLE_FIELDS,
  ARTICLE_FIELD_RULES,
  displayPath,
  rulePath,
} from './field-rules.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { classifyContentPath, closestNames } from './layout.ts';
import { checkMdx, type BodyCheckMemo } from './mdx-check.ts';
import type { Actor, Article } from './model.ts';
import { checkImageReferences, checkSiteLinks, type DescribeImage, type ImageReference, type StoryLinks } from './references.ts';
import { actorSchema, createArticleSchema, isCalendarDate, type ActorData } from './schema.ts';
import { toActor } from './actor.ts';
import { checkAliases, checkEditionFiles, type StoryFacts } from './digest-check.ts';
import { PUBLISHER_FIELDS, PUBLISHER_FIELD_RULES, PUBLISHER_FILE, publisherSchema } from './publisher.ts';

/** Appends one by one: `push(...items)` overflows the stack when a whole archive's files have errors. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** A file in the content folder, path relative to it with `/` separators. */
export interface ContentFile {
  path: string;
  /** Text of `.mdx` and `.yaml` files; other files (images) only need their path. */
  text?: string;
  /** Size in bytes, when known: a file larger than MAX_FILE_BYTES is reported, not read. */
  size?: number;
  /** A symbolic link, which the content folder does not follow. */
  symlink?: boolean;
}

export interface ContentError {
  /** Path relative to the content folder, e.g. `articles/de/story.mdx`. */
  file: string;
  line?: number;
  /** The frontmatter field at fault, e.g. `sources[0].url`. */
  field?: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/** An article's frontmatter that parsed and matched the schema: what the check takes from it. */
export interface CheckedFrontmatter {
  /** As parsed (edition and alias checks read it). */
  data: Record<string, unknown>;
  /** As the schema returned it. */
  valid: ArticleFrontmatter;
}

/**
 * Frontmatter known to parse and match the schema, by a hash of its YAML text. `known` comes
 * from the previous check (the caller drops it whole when the checker's source changed);
 * `passed` collects this check's. What depends on other files or the day (actor ids, `updated`
 * against the build's day, images) is checked again on every run, memo or not.
 */
export interface FrontmatterCheckMemo {
  known: ReadonlyMap<string, CheckedFrontmatter>;
  passed: Map<string, CheckedFrontmatter>;
}

export interface ValidateOptions {
  memo?: BodyCheckMemo;
  frontmatterMemo?: FrontmatterCheckMemo;
  /** The build's day (`YYYY-MM-DD`, Europe/Berlin): no story is updated after it. */
  today?: string;
  /** Reads an image's format and size (sharp in the build); without it only paths are checked. */
  describeImage?: DescribeImage;
  /** Keep each rendered body for the story loader of this process (`takeCheckedRender`): a build. */
  keepRenders?: boolean;
}

/** Stories are a few kilobytes; a file this large is a mistake, and would take minutes to render. */
export const MAX_FILE_BYTES = 256_000;

const articleSchema = createArticleSchema(z.string().trim().min(1, 'must not be empty'));
type ArticleFrontmatter = z.infer<typeof articleSchema>;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

interface ArticleFacts {
  file: string;
  lang: Lang;
  slug: string;
  translationKey?: unknown;
  article?: Article;
  links: StoryLinks['links'];
  ids?: string[];
}

/**
 * Checks a whole content folder and returns every error at once: file layout and names,
 * frontmatter against the schema, actor references, duplicate translation keys and actor
 * names, MDX, images and links between pages. One file's failure never hides another's.
 * Pure apart from the MDX compiler and `describeImage`; the caller reads the files.
 */
export async function validateContent(files: readonly ContentFile[], options: ValidateOptions = {}): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  const paths = new Set(files.map((file) => file.path));
  const actorFiles: { file: ContentFile; id: string }[] = [];
  const articleFiles: { file: ContentFile; lang: Lang; slug: string }[] = [];
  const editionFiles: ContentFile[] = [];
  const storyFacts: StoryFacts[] = [];
  for (const file of files) {
    const what = classifyContentPath(file.path, { symlink: file.symlink === true });
    if (what.kind === 'error') errors.push({ file: file.path, message: what.message });
    else if ('nameProblem' in what && what.nameProblem !== undefined) errors.push({ file: file.path, message: what.nameProblem });
    if (what.kind === 'error') continue;
    if (file.size !== undefined && file.size > MAX_FILE_BYTES) {
      errors.push({ file: file.path, message: `the file has ${file.size} bytes; at most ${MAX_FILE_BYTES} are read (split it, or remove what does not belong in a story)` });
    } else if (what.kind === 'actor') actorFiles.push({ file, id: what.id });
    else if (what.kind === 'article') articleFiles.push({ file, lang: what.lang, slug: what.slug });
    else if (what.kind === 'edition') editionFiles.push(file);
  }

  const actorIds = new Set(actorFiles.map(({ id }) => id));
  const actors: { file: string; id: string; data: ActorData }[] = [];
  for (const { file, id } of actorFiles) {
    const result = guarded(file.path, () => checkActor(file));
    appendAll(errors, result.errors);
    if (result.data) actors.push({ file: file.path, id, data: result.data });
  }
  appendAll(errors, checkDuplicateActors(actors));

  const facts: ArticleFacts[] = [];
  const images: ImageReference[] = [];
  for (const { file, lang, slug } of articleFiles) {
    const result = guarded(file.path, () => checkArticle(file, { lang, slug }, actorIds, images, options));
    appendAll(errors, result.errors);
    facts.push({ file: file.path, lang, slug, links: [], ...result.facts });
    storyFacts.push({ file: file.path, lang, data: ('data' in result && result.data) || {} });
  }
  appendAll(errors, checkDuplicateKeys(facts));
  appendAll(errors, checkEditionFiles(editionFiles, storyFacts, describeIssues));
  appendAll(errors, checkAliases(storyFacts));
  appendAll(errors, await checkImageReferences(images, paths, options.describeImage));
  const known = facts.flatMap((fact) => (fact.article ? [fact.article] : []));
  const actorModel: Actor[] = actors.map(({ id, data }) => toActor(id, data));
  appendAll(errors, checkSiteLinks(facts, known, actorModel, facts));
  const publisher = files.find((file) => file.path === PUBLISHER_FILE);
  if (publisher) appendAll(errors, checkPublisher(publisher));
  return errors.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

/** A check that throws (a bug, or input nothing foresaw) is reported for its file, and the run goes on. */
function guarded<T extends { errors: ContentError[] }>(file: string, check: () => T): T | { errors: ContentError[]; data?: undefined; facts?: undefined } {
  try {
    return check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { errors: [{ file, message: `the file could not be checked (${reason.slice(0, 160)}); please report this with the file attached` }] };
  }
}

function checkActor(file: ContentFile): { errors: ContentError[]; data?: ActorData } {
  const parsed = parseYaml(file.text ?? '');
  if ('message' in parsed) return { errors: [{ file: file.path, line: parsed.line, message: parsed.message }] };
  const result = actorSchema.safeParse(parsed.data ?? {});
  if (result.success) return { errors: [], data: result.data };
  return { errors: describeIssues(file.path, result.error.issues, parsed.data, ACTOR_FIELD_RULES, ACTOR_FIELDS) };
}

function checkArticle(
  file: ContentFile,
  where: { lang: Lang; slug: string },
  actorIds: ReadonlySet<string>,
  images: ImageReference[],
  { memo, frontmatterMemo, today, keepRenders }: ValidateOptions,
): { errors: ContentError[]; facts: Partial<ArticleFacts>; data?: Record<string, unknown> } {
  const split = splitFrontmatter(file.text ?? '');
  const errors: ContentError[] = [];
  const facts: Partial<ArticleFacts> = {};
  let data: Record<string, unknown> | undefined;
  if ('message' in split) errors.push({ file: file.path, line: split.line, message: split.message });
  else {
    const checked = checkArticleFrontmatter(file.path, split.yaml, frontmatterMemo);
    appendAll(errors, checked.errors);
    data = checked.data;
    if (data) {
      appendAll(errors, checkFrontmatterContext(file.path, data, actorIds, today));
      const image = data.image;
      if (isRecord(image) && typeof image.src === 'string' && image.src.trim() !== '') {
        images.push({ file: file.path, src: image.src, field: 'image.src' });
      }
      if (isRecord(image) && typeof image.narrow === 'string' && image.narrow.trim() !== '') {
        images.push({ file: file.path, src: image.narrow, field: 'image.narrow' });
      }
      facts.translationKey = data.translationKey;
    }
    if (checked.valid) {
      const { image: _image, ...rest } = checked.valid;
      // Only what decides which pages exist matters here; reading time, text and quotes do not.
      facts.article = { id: `${where.lang}/${where.slug}`, ...where, ...rest, readingMinutes: 1, words: 0, text: '', quotedActors: [] };
    }
    // A frontmatter block whose YAML is wrong still has a body with errors of its own.
    const bodyChecked = checkMdx(split.body, { bodyLine: split.bodyLine, actorIds, memo, keepRender: keepRenders === true });
    for (const problem of bodyChecked.problems) errors.push({ file: file.path, line: problem.line, message: problem.message });
    for (const { line, src } of bodyChecked.references.images) images.push({ file: file.path, src, ...(line !== undefined && { line }) });
    facts.links = bodyChecked.references.links;
    facts.ids = bodyChecked.references.ids;
  }
  return { errors, facts, ...(data !== undefined && { data }) };
}

/**
 * Parses the frontmatter and checks it against the schema: a function of its text alone, so
 * a text that passed before is taken from the memo (at 5,000 stories per language parsing and
 * checking every story's frontmatter was seconds of every build).
 */
function checkArticleFrontmatter(
  path: string,
  yaml: string,
  frontmatterMemo: FrontmatterCheckMemo | undefined,
): { errors: ContentError[]; data?: Record<string, unknown>; valid?: ArticleFrontmatter } {
  const key = frontmatterMemo && createHash('sha1').update(yaml).digest('base64url');
  const known = key === undefined ? undefined : frontmatterMemo?.known.get(key);
  if (key && known && isRecord(known.data) && isRecord(known.valid)) {
    frontmatterMemo?.passed.set(key, known);
    return { errors: [], data: known.data, valid: known.valid };
  }
  const parsed = parseYaml(yaml, 1);
  if ('message' in parsed) return { errors: [{ file: path, line: parsed.line, message: parsed.message }] };
  if (!isRecord(parsed.data)) {
    const errors = [{ file: path, line: 1, message: 'the frontmatter must be a list of `field: value` lines' }];
    return { errors: [...errors, ...checkFrontmatterSchema(path, {}).errors], data: {} };
  }
  const data = parsed.data;
  const checked = checkFrontmatterSchema(path, data);
  if (key && checked.valid) frontmatterMemo?.passed.set(key, { data, valid: checked.valid });
  return { ...checked, data };
}

function checkFrontmatterSchema(path: string, data: Record<string, unknown>): { errors: ContentError[]; valid?: ArticleFrontmatter } {
  const result = articleSchema.safeParse(data);
  if (result.success) return { errors: [], valid: result.data };
  const errors = describeIssues(path, result.error.issues, data, ARTICLE_FIELD_RULES, ARTICLE_FIELDS);
  // The schema checks `updated` against `date` only once everything else is valid; say it now.
  const { date, updated } = data;
  const reported = result.error.issues.some((issue) => issue.path[0] === 'updated');
  if (!reported && isDay(date) && isDay(updated) && updated < date) {
    const problem = { text: `${updated} is before date ${date}`, rule: true };
    errors.push(fieldError(path, ['updated'], problem, ARTICLE_FIELD_RULES));
  }
  return { errors };
}

/** What depends on more than the frontmatter's text: the build's day and the actor files. */
function checkFrontmatterContext(path: string, data: Record<string, unknown>, actorIds: ReadonlySet<string>, today: string | undefined): ContentError[] {
  const errors: ContentError[] = [];
  const { updated } = data;
  if (today !== undefined && isDay(updated) && updated > today) {
    errors.push({
      file: path,
      field: 'updated',
      message: `updated: ${updated} is after the build date ${today}; set it to the day you changed the story (today at the latest)`,
    });
  }
  if (Array.isArray(data.actors)) {
    data.actors.forEach((id, index) => {
      if (typeof id === 'string' && id !== '' && !actorIds.has(id)) {
        const field = `actors[${index}]`;
        const near = closestNames(id, actorIds).map((name) => `"${name}"`);
        errors.push({
          file: path,
          field,
          message:
            `${field}: unknown actor id ${quoteValue(id)}: there is no actors/${id.slice(0, 60)}.yaml.${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} ` +
            'Create it with `npm run new:actor` or fix the id',
        });
      }
    });
  }
  return errors;
}

function checkDuplicateKeys(facts: readonly ArticleFacts[]): ContentError[] {
  const groups = new Map<string, string[]>();
  for (const { file, lang, translationKey } of facts) {
    if (typeof translationKey !== 'string' || translationKey.trim() === '') continue;
    const key = `${lang}\u0000${translationKey.trim()}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const errors: ContentError[] = [];
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const [lang, translationKey] = key.split('\u0000') as [string, string];
    for (const file of group) {
      const others = group.filter((other) => other !== file).join(', ');
      errors.push({
        file,
        field: 'translationKey',
        message:
          `translationKey: ${quoteValue(translationKey)} is also used by ${others}; ` +
          `each story has at most one ${lang} edition, so give one of them its own key`,
      });
    }
  }
  return errors;
}

type Issue = z.core.$ZodIssue;

function describeIssues(
  file: string,
  issues: readonly Issue[],
  data: unknown,
  rules: Record<string, string>,
  fields: Record<string, readonly string[]>,
): ContentError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = fields[rulePath(issue.path)] ?? [];
      return issue.keys.map((key) => {
        const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
        const field = displayPath([...issue.path, shown]);
        const near = closestNames(key, allowed, 1);
        return {
          file,
          field,
          message:
            `${field}: unknown field ${quoteValue(key)} (it would be silently dropped); ` +
            `${near.length ? `did you mean "${near[0]}"? ` : ''}allowed fields here: ${allowed.join(', ')}`,
        };
      });
    }
    const value = valueAt(data, issue.path);
    return [fieldError(file, issue.path, describeProblem(issue, value), rules)];
  });
}

/** What is wrong with a value; `rule` says whether the field's allowed values should follow. */
function describeProblem(issue: Issue, value: unknown): { text: string; rule: boolean } {
  const field = issue.path[issue.path.length - 1];
  if (value === undefined || value === null) return { text: 'is missing', rule: true };
  if ((field === 'date' || field === 'updated') && issue.path.length === 1 && !issue.message.includes('is before date')) {
    const shaped = typeof value === 'string' && DATE_SHAPE.test(value.trim());
    const text = shaped ? `${value} is not a real calendar day` : `${quoteValue(value)} is not written as YYYY-MM-DD`;
    return { text, rule: true };
  }
  if (issue.code === 'too_small' && typeof value === 'string') return { text: 'is empty', rule: true };
  // Messages written in schema.ts already name the fault and what is allowed.
  if (!/^(Invalid|Too (small|big))/.test(issue.message)) {
    const shown = quoteValue(value);
    const text = issue.code === 'too_small' || issue.message.includes(shown) ? issue.message : `${shown} ${issue.message}`;
    const saysAllowed = issue.message.includes('allowed') || issue.message.includes(' URL');
    return { text, rule: issue.code !== 'too_small' && !saysAllowed };
  }
  return { text: `${quoteValue(value)} is not allowed`, rule: true };
}

function fieldError(
  file: string,
  path: readonly PropertyKey[],
  problem: { text: string; rule: boolean },
  rules: Record<string, string>,
): ContentError {
  const field = displayPath(path);
  const rule = problem.rule ? rules[rulePath(path)] : undefined;
  return { file, field, message: `${field}: ${problem.text}${rule ? `; allowed: ${rule}` : ''}` };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}

/** `publisher.yaml`: the imprint's details, checked like an actor file (placeholders are fine here; `npm run check:launch` reports them). */
function checkPublisher(file: ContentFile): ContentError[] {
  const parsed = parseYaml(file.text ?? '');
  if ('message' in parsed) return [{ file: file.path, line: parsed.line, message: parsed.message }];
  const result = publisherSchema.safeParse(parsed.data ?? {});
  if (result.success) return [];
  return describeIssues(file.path, result.error.issues, parsed.data, PUBLISHER_FIELD_RULES, PUBLISHER_FIELDS);
}
