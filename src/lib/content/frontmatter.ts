import { CORE_SCHEMA, load } from 'js-yaml';
import { parse, YAMLParseError } from 'yaml';

export interface ParsedFrontmatter {
  data: unknown;
  body: string;
  /** 1-based line of the file on which the body starts, to map MDX errors back to the file. */
  bodyLine: number;
}

export interface FrontmatterProblem {
  line?: number;
  message: string;
}

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits `---` frontmatter from an MDX file and parses it with YAML 1.2 (core schema). Unlike
 * js-yaml, which Astro uses and which turns `2026-02-31` into 3 March, dates stay strings here,
 * so impossible dates reach the validator as written.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter | FrontmatterProblem {
  const source = text.replace(/^\uFEFF/, '');
  const open = FENCE.exec(source);
  if (!open) {
    return { line: 1, message: 'the file must start with a frontmatter block between two `---` lines' };
  }
  const rest = source.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { line: 1, message: 'the frontmatter block opened on line 1 is never closed with `---`' };
  const yamlText = rest.slice(0, close.index);
  const parsed = parseYaml(yamlText, 1);
  if ('message' in parsed) return parsed;
  const consumed = open[0] + yamlText + close[0];
  return {
    data: parsed.data,
    body: source.slice(consumed.length),
    bodyLine: consumed.split('\n').length,
  };
}

/**
 * Documents parsed in this module instance, by their text: the dev server's content check reads
 * every file again after each change, and only the changed one needs parsing. Callers treat
 * `data` as read-only; it is shared. Bounded for a long-running dev server.
 */
const parsedDocuments = new Map<string, { data: unknown }>();
const MAX_REMEMBERED_DOCUMENTS = 50_000;

/**
 * Parses a YAML document; `firstLine` is the file line the document starts after. Both parsers
 * read YAML 1.2's core schema (dates stay strings): js-yaml, about ten times faster, reads every
 * well-formed file (a build parses each of up to 10,000 twice); only a document it rejects goes
 * through `yaml`, whose error messages and positions the editors see.
 */
export function parseYaml(text: string, firstLine = 0): { data: unknown } | FrontmatterProblem {
  const known = parsedDocuments.get(text);
  if (known) return known;
  try {
    const parsed = { data: load(text, { schema: CORE_SCHEMA }) ?? null };
    if (parsedDocuments.size >= MAX_REMEMBERED_DOCUMENTS) parsedDocuments.clear();
    parsedDocuments.set(text, parsed);
    return parsed;
  } catch {
    // Fall through to the precise parser for the message.
  }
  try {
    return { data: parse(text, { schema: 'core', prettyErrors: true }) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      const summary = error.message.split('\n')[0] ?? error.message;
      return {
        line: line === undefined ? undefined : line + firstLine,
        message: `invalid YAML: ${summary.replace(/ at line \d+, column \d+:?$/, '')}`,
      };
    }
    throw error;
  }
}
