import { decodeHTML } from 'entities';

/** Where a URL in an article body leads, decided as the browser parses it. */
export type UrlTarget =
  /** A path on this site (`/de/artikel/x/`, `../x/`, `#part`); `path` as written, for the reference check. */
  | { kind: 'site'; path: string }
  /** Another host over http(s), or mailto: fine for a link a reader chooses, never for a file the page loads. */
  | { kind: 'external' }
  | { kind: 'bad'; problem: string };

/** Stands in for the page's address: only whether a URL stays on it matters. */
const PAGE = new URL('https://page.invalid/de/artikel/story/');
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * Classifies a URL as the browser will read it: character references decoded (again: the
 * browser sees whatever the HTML attribute decodes to), then the WHATWG URL parser, which drops
 * tabs and newlines anywhere and control characters at the ends, ignores letter case in the
 * scheme and reads `\` as `/`. So `JaVa&#x09;script:`, ` javascript:` and `java\tscript:` are
 * all `javascript:`. Only http, https, mailto and this site's own paths are allowed.
 */
export function classifyUrl(value: string): UrlTarget {
  const decoded = decodeHTML(value);
  for (const candidate of decoded === value ? [value] : [value, decoded]) {
    let url: URL;
    try {
      url = new URL(candidate, PAGE);
    } catch {
      return { kind: 'bad', problem: 'is not a valid address' };
    }
    if (!LINK_SCHEMES.includes(url.protocol)) {
      return { kind: 'bad', problem: `uses "${url.protocol}", which articles may not link to; allowed: http:, https:, mailto: and paths on this site` };
    }
    if (url.origin !== PAGE.origin) return { kind: 'external' };
  }
  return { kind: 'site', path: decoded };
}

/**
 * A file an article shows (image): only one in the content folder, written relative to the
 * article. Anything the browser would fetch from another host, or from a path the build does not
 * make, is refused with the reason; undefined means the path is a local file reference.
 */
export function localFileProblem(value: string): string | undefined {
  const target = classifyUrl(value);
  if (target.kind === 'bad') return target.problem;
  if (target.kind === 'external') return 'is on another host; the page may only show files from the content folder (link to other hosts with [text](https://…))';
  if (value.trim() === '') return 'names no file';
  if (/^\s*[/\\]/.test(value) || /^\s*[a-z][a-z0-9+.-]*:/i.test(value)) {
    return 'is not a file in the content folder; write the path relative to the article (./chart.png or ../../images/chart.png)';
  }
  return undefined;
}

/**
 * A value for a message: as JSON, cut to a readable length, invisible and control characters
 * written as escapes (a zero-width space shows as \u200b).
 */
export function quoteValue(value: unknown, max = 60): string {
  if (typeof value === 'string') {
    const chars = [...value.slice(0, max * 2)];
    const shown = JSON.stringify(chars.slice(0, max).join('')).replace(/\p{Cf}/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
    return chars.length > max || value.length > max * 2 ? `${shown.slice(0, -1)}…"` : shown;
  }
  const text = previewJson(value, max + 1);
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** JSON of `value` up to about `budget` characters, never walking more of it than that. */
function previewJson(value: unknown, budget: number): string {
  let out = '';
  const write = (part: string) => {
    out += part;
    return out.length < budget;
  };
  const walk = (node: unknown, depth: number): boolean => {
    if (depth > 20) return write('…');
    if (typeof node === 'string') return write(JSON.stringify(node.slice(0, budget)));
    if (node === null || typeof node !== 'object') return write(String(JSON.stringify(node) ?? node));
    if (node instanceof Date) return write(JSON.stringify(node));
    const entries = Array.isArray(node) ? node.map((item) => [undefined, item] as const) : Object.entries(node);
    if (!write(Array.isArray(node) ? '[' : '{')) return false;
    let first = true;
    for (const [key, item] of entries) {
      if (!first && !write(',')) return false;
      first = false;
      if (key !== undefined && !write(`${JSON.stringify(key.slice(0, budget))}:`)) return false;
      if (!walk(item, depth + 1)) return false;
    }
    return write(Array.isArray(node) ? ']' : '}');
  };
  walk(value, 0);
  return out;
}
