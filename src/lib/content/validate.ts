import { z } from 'astro/zod';
import { LANGS, isLang } from '../../i18n/config';
import {
  ACTOR_FIELDS,
  ACTOR_FIELD_RULES,
  ARTICLE_FIELDS,
  ARTICLE_FIELD_RULES,
  displayPath,
  rulePath,
} from './field-rules';
import { parseFrontmatter, parseYaml } from './frontmatter';
import { checkMdx, type BodyCheckMemo } from './mdx-check';
import { PUBLISHER_FIELDS, PUBLISHER_FIELD_RULES, PUBLISHER_FILE, publisherSchema } from './publisher';
import { actorSchema, createArticleSchema, isCalendarDate } from './schema';
import { isValidSlug, slugify } from './slug';

/** A file in the content folder, path relative to it with `/` separators. */
export interface ContentFile {
  path: string;
  /** Text of `.mdx` and `.yaml` files; other files (images) only need their path. */
  text?: string;
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

const articleSchema = createArticleSchema(z.string().trim().min(1, 'must not be empty'));
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Images may sit next to the articles that use them; they never become pages. */
const IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

interface ArticleFacts {
  file: string;
  lang: string;
  translationKey?: unknown;
}

/**
 * Checks a whole content folder and returns every error at once: file layout and names,
 * frontmatter against the schema, actor references, duplicate translation keys and MDX.
 * Pure apart from the MDX compiler; the caller reads the files.
 */
export async function validateContent(files: readonly ContentFile[], options: { memo?: BodyCheckMemo } = {}): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  const visible = files.filter((file) => !file.path.split('/').some((part) => part.startsWith('.')));
  const actorFiles = visible.filter((file) => file.path.startsWith('actors/'));
  const articleFiles = visible.filter((file) => file.path.startsWith('articles/') && !IMAGE_FILE.test(file.path));
  const paths = new Set(visible.map((file) => file.path));

  const actorIds = new Set<string>();
  for (const file of actorFiles) {
    const id = checkActorPath(file.path, errors);
    if (id === undefined) continue;
    actorIds.add(id);
    errors.push(...checkActor(file));
  }

  const facts: ArticleFacts[] = [];
  for (const file of articleFiles) {
    const lang = checkArticlePath(file.path, errors);
    if (lang === undefined) continue;
    const result = await checkArticle(file, actorIds, paths, options.memo);
    errors.push(...result.errors);
    facts.push({ file: file.path, lang, translationKey: result.translationKey });
  }
  errors.push(...checkDuplicateKeys(facts));
  const publisher = visible.find((file) => file.path === PUBLISHER_FILE);
  if (publisher) errors.push(...checkPublisher(publisher));
  return errors.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

function checkActorPath(path: string, errors: ContentError[]): string | undefined {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (parts.length !== 2) {
    errors.push({ file: path, message: 'actor files sit directly in actors/ (no subfolders), one <id>.yaml per actor' });
    return undefined;
  }
  if (!name.endsWith('.yaml')) {
    const suggestion = `${slugify(name.replace(/\.[^.]*$/, ''))}.yaml`;
    errors.push({ file: path, message: `only .yaml files belong in actors/; rename it to ${suggestion} or remove it` });
    return undefined;
  }
  const id = name.slice(0, -'.yaml'.length);
  checkFileName(path, id, '.yaml', errors);
  return id;
}

function checkArticlePath(path: string, errors: ContentError[]): string | undefined {
  const parts = path.split('/');
  const lang = parts[1];
  const name = parts[parts.length - 1] ?? '';
  if (parts.length !== 3 || !isLang(lang)) {
    errors.push({
      file: path,
      message: `articles sit in a language folder: ${LANGS.map((l) => `articles/${l}/`).join(' or ')} (no other folders)`,
    });
    return undefined;
  }
  if (!name.endsWith('.mdx')) {
    errors.push({
      file: path,
      message: `only .mdx files and images belong in articles/${lang}/ (the build ignores anything else)`,
    });
    return undefined;
  }
  checkFileName(path, name.slice(0, -'.mdx'.length), '.mdx', errors);
  return lang;
}

function checkFileName(path: string, stem: string, ext: string, errors: ContentError[]): void {
  if (isValidSlug(stem)) return;
  const suggestion = slugify(stem);
  errors.push({
    file: path,
    message:
      `file name "${stem}${ext}" is not lowercase ASCII kebab-case (a-z, 0-9, single hyphens); ` +
      (suggestion ? `rename it to "${suggestion}${ext}"` : 'use letters a-z and digits'),
  });
}

function checkActor(file: ContentFile): ContentError[] {
  const parsed = parseYaml(file.text ?? '');
  if ('message' in parsed) return [{ file: file.path, line: parsed.line, message: parsed.message }];
  const result = actorSchema.safeParse(parsed.data ?? {});
  if (result.success) return [];
  return describeIssues(file.path, result.error.issues, parsed.data, ACTOR_FIELD_RULES, ACTOR_FIELDS);
}

async function checkArticle(
  file: ContentFile,
  actorIds: ReadonlySet<string>,
  paths: ReadonlySet<string>,
  memo: BodyCheckMemo | undefined,
): Promise<{ errors: ContentError[]; translationKey?: unknown }> {
  const parsed = parseFrontmatter(file.text ?? '');
  if ('message' in parsed) return { errors: [{ file: file.path, line: parsed.line, message: parsed.message }] };
  const errors: ContentError[] = [];
  const data = isRecord(parsed.data) ? parsed.data : {};
  if (!isRecord(parsed.data)) {
    errors.push({ file: file.path, line: 1, message: 'the frontmatter must be a list of `field: value` lines' });
  }
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    errors.push(...describeIssues(file.path, result.error.issues, data, ARTICLE_FIELD_RULES, ARTICLE_FIELDS));
    // The schema checks `updated` against `date` only once everything else is valid; say it now.
    const { date, updated } = data;
    const reported = result.error.issues.some((issue) => issue.path[0] === 'updated');
    if (!reported && isDay(date) && isDay(updated) && updated < date) {
      const problem = { text: `${updated} is before date ${date}`, rule: true };
      errors.push(fieldError(file.path, ['updated'], problem, ARTICLE_FIELD_RULES));
    }
  }
  if (Array.isArray(data.actors)) {
    data.actors.forEach((id, index) => {
      if (typeof id === 'string' && id !== '' && !actorIds.has(id)) {
        const field = `actors[${index}]`;
        errors.push({
          file: file.path,
          field,
          message:
            `${field}: unknown actor id "${id}": there is no actors/${id}.yaml.${closest(id, actorIds)} ` +
            'Create it with `npm run new:actor` or fix the id',
        });
      }
    });
  }
  const image = data.image;
  if (isRecord(image) && typeof image.src === 'string' && image.src.trim() !== '') {
    const target = resolveRelative(file.path, image.src.trim());
    if (target !== undefined && !paths.has(target)) {
      errors.push({
        file: file.path,
        field: 'image.src',
        message: `image.src: image file "${image.src}" not found (looked for ${target} in the content folder)`,
      });
    }
  }
  for (const problem of checkMdx(parsed.body, { bodyLine: parsed.bodyLine, actorIds, memo })) {
    errors.push({ file: file.path, line: problem.line, message: problem.message });
  }
  return { errors, translationKey: data.translationKey };
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
          `translationKey: "${translationKey}" is also used by ${others}; ` +
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
        const field = displayPath([...issue.path, key]);
        return {
          file,
          field,
          message: `${field}: unknown field "${key}" (it would be silently dropped); allowed fields here: ${allowed.join(', ')}`,
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
    const text = shaped ? `${value} is not a real calendar day` : `${JSON.stringify(value)} is not written as YYYY-MM-DD`;
    return { text, rule: true };
  }
  if (issue.code === 'too_small' && typeof value === 'string') return { text: 'is empty', rule: true };
  // Messages written in schema.ts already name the fault and what is allowed.
  if (!/^(Invalid|Too (small|big))/.test(issue.message)) {
    const shown = JSON.stringify(value);
    const text = issue.code === 'too_small' || issue.message.includes(shown) ? issue.message : `${shown} ${issue.message}`;
    const saysAllowed = issue.message.includes('allowed') || issue.message.includes(' URL');
    return { text, rule: issue.code !== 'too_small' && !saysAllowed };
  }
  return { text: `${JSON.stringify(value)} is not allowed`, rule: true };
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

/** `articles/de/x.mdx` + `../../images/a.jpg` → `images/a.jpg`; undefined for absolute/remote. */
function resolveRelative(from: string, src: string): string | undefined {
  if (!src.startsWith('./') && !src.startsWith('../')) return undefined;
  const parts = from.split('/').slice(0, -1);
  for (const part of src.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** " Did you mean …?" for ids within a small edit distance, else "". */
function closest(id: string, known: ReadonlySet<string>): string {
  const near = [...known]
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(id.length / 3)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ candidate }) => `"${candidate}"`);
  return near.length ? ` Did you mean ${near.join(' or ')}?` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** `publisher.yaml`: the imprint's details, checked like an actor file (placeholders are fine here; `npm run check:launch` reports them). */
function checkPublisher(file: ContentFile): ContentError[] {
  const parsed = parseYaml(file.text ?? '');
  if ('message' in parsed) return [{ file: file.path, line: parsed.line, message: parsed.message }];
  const result = publisherSchema.safeParse(parsed.data ?? {});
  if (result.success) return [];
  return describeIssues(file.path, result.error.issues, parsed.data, PUBLISHER_FIELD_RULES, PUBLISHER_FIELDS);
}
