import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument, visit, YAMLParseError } from 'yaml';
import { processShared } from '../process-shared.ts';

export interface ParsedFrontmatter {
  data: unknown;
  body: string;
  /** 1-based line of the file on which the body starts, to map MDX errors back to the file. */
  bodyLine: number;
}

export interface FrontmatterProblem {
  line?: number;
  message: string;
  /** The body after a frontmatter block whose YAML is wrong: its own errors are still reported. */
  body?: string;
  bodyLine?: number;
}

/** A frontmatter or actor file is a few hundred bytes; anything near this is no content. */
export const MAX_YAML_BYTES = 32_000;
/** Messages quote at most this much of the parser's text. */
const MAX_MESSAGE = 200;

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits `---` frontmatter from an MDX file and parses it with YAML 1.2 (core schema). Unlike
 * js-yaml, which Astro uses and which turns `2026-02-31` into 3 March, dates stay strings here,
 * so impossible dates reach the validator as written.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter | FrontmatterProblem {
  const split = splitFrontmatter(text);
  if ('message' in split) return split;
  const { yaml, body, bodyLine } = split;
  const parsed = parseYaml(yaml, 1);
  if ('message' in parsed) return { ...parsed, body, bodyLine };
  return { data: parsed.data, body, bodyLine };
}

/** The frontmatter's YAML text and the body, not parsed yet: what the content check's memo is keyed by. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | FrontmatterProblem {
  const source = text.replace(/^\uFEFF/, '');
  const open = FENCE.exec(source);
  if (!open) {
    return { line: 1, message: 'the file must start with a frontmatter block between two `---` lines' };
  }
  const rest = source.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { line: 1, message: 'the frontmatter block opened on line 1 is never closed with `---`' };
  const yaml = rest.slice(0, close.index);
  const consumed = open[0] + yaml + close[0];
  return { yaml, body: source.slice(consumed.length), bodyLine: consumed.split('\n').length };
}

/**
 * Documents parsed in this module instance, by their text: the dev server's content check reads
 * every file again after each change, and only the changed one needs parsing. Callers treat
 * `data` as read-only; it is shared. Bounded for a long-running dev server.
 */
const parsedDocuments = processShared('parsed-yaml', () => new Map<string, { data: unknown }>());
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
  if (text.length > MAX_YAML_BYTES) {
    return { line: firstLine + 1, message: `the YAML block is ${text.length} characters long; at most ${MAX_YAML_BYTES} are read (put long text in the body)` };
  }
  // Aliases (`*name`) repeat a value wherever they stand: a few lines can expand to gigabytes.
  // Only a document that may hold one goes through the slower parser that can tell.
  if (!MAYBE_ALIAS.test(text)) {
    try {
      const parsed = { data: load(text, { schema: CORE_SCHEMA }) ?? null };
      if (parsedDocuments.size >= MAX_REMEMBERED_DOCUMENTS) parsedDocuments.clear();
      parsedDocuments.set(text, parsed);
      return parsed;
    } catch {
      // Fall through to the precise parser for the message.
    }
  }
  return parseYamlPrecisely(text, firstLine);
}

/** `*` or `&` where YAML could read an alias or anchor (not inside a plain word). */
const MAYBE_ALIAS = /(?:^|[\s\[{,:-])[*&][^\s,\[\]{}]/;

/** The `yaml` parser: its messages and positions for editors, and aliases refused before they expand. */
function parseYamlPrecisely(text: string, firstLine: number): { data: unknown } | FrontmatterProblem {
  const at = (line: number | undefined) => (line === undefined ? undefined : line + firstLine);
  try {
    const doc = parseDocument(text, { schema: 'core', prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) return describeYamlError(error, firstLine);
    let alias: { line?: number; source: string } | undefined;
    visit(doc, {
      Alias(_key, node) {
        const offset = node.range?.[0];
        alias = { source: node.source, ...(offset !== undefined && { line: text.slice(0, offset).split('\n').length }) };
        return visit.BREAK;
      },
    });
    if (alias) {
      return {
        line: at(alias.line),
        message: `YAML aliases (*${alias.source.slice(0, 40)}) are not allowed in content files: they repeat a value wherever they stand; write the value out`,
      };
    }
    return { data: doc.toJS({ maxAliasCount: 0 }) ?? null };
  } catch (error) {
    if (error instanceof YAMLParseError) return describeYamlError(error, firstLine);
    if (/call stack/i.test(String(error))) return { line: at(1), message: 'the YAML is nested too deeply to read; write plain field: value lines' };
    return { line: at(1), message: `invalid YAML: ${cut(error instanceof Error ? error.message : String(error))}` };
  }
}

function describeYamlError(error: YAMLParseError, firstLine: number): FrontmatterProblem {
  if (/call stack/i.test(error.message)) return { line: firstLine + 1, message: 'the YAML is nested too deeply to read; write plain field: value lines' };
  const line = error.linePos?.[0].line;
  const summary = error.message.split('\n')[0] ?? error.message;
  return {
    line: line === undefined ? undefined : line + firstLine,
    message: `invalid YAML: ${cut(summary.replace(/ at line \d+, column \d+:?$/, ''))}`,
  };
}

function cut(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}
