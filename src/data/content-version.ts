import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';

/**
 * What computes a stored entry (relative imports, followed): the story loader, and the
 * collections' definitions with their schemas, whose parse is what the store keeps (Astro
 * itself only hashes the text of content.config.ts, which imports neither).
 */
export const STORED_ENTRY_ENTRIES = ['./story-loader.ts', './collections.ts'].map((entry) => new URL(entry, import.meta.url));
/** The content check's entry points: everything they import (relative imports, followed) is its source. */
export const CONTENT_CHECK_ENTRIES = ['./check-content-folder.ts', '../lib/content/validate.ts'].map((entry) => new URL(entry, import.meta.url));
/** Packages the source reaches without importing them by name (Astro runs the loader and keeps its store). */
const RENDERING_PACKAGES = ['astro'];

const SOURCE_ROOT = new URL('../', import.meta.url);
const PACKAGES_ROOT = new URL('../../node_modules/', import.meta.url);

let storedVersion: string | undefined;
let checkVersion: string | undefined;

/**
 * A hash of what computes a stored entry besides the file: the loader's whole source (every
 * module it imports, e.g. the URL rules the body renderer links by) and the parsers' and
 * renderer's versions. The story loader folds it into every digest, so a change to how bodies
 * render or what an entry keeps invalidates the store, which the digest of the file alone would
 * not (Astro itself only watches content.config.ts).
 */
export function storedContentVersion(): string {
  return (storedVersion ??= sourceVersion(STORED_ENTRY_ENTRIES));
}

/**
 * The same for the content check: the key of its memo (`<cacheDir>/content-check.json`), which
 * is dropped whole when any module its entry points import (e.g. the topic list the schema
 * allows) or a parser's version changes.
 */
export function contentCheckVersion(): string {
  return (checkVersion ??= sourceVersion(CONTENT_CHECK_ENTRIES));
}

/**
 * A hash of the entry files, every file they import by a relative path, and the versions of
 * every package those files import (a new renderer or parser version renders differently). Names are relative to the roots, so a checkout elsewhere (a restored CI cache) keeps
 * its store and memo.
 */
export function sourceVersion(entries: readonly URL[], roots = { source: SOURCE_ROOT, packages: PACKAGES_ROOT }): string {
  const hash = createHash('sha256');
  const closure = importClosure(entries);
  for (const url of closure.files) {
    hash.update(relativeName(url, roots.source)).update('\0').update(readFileSync(url));
  }
  for (const name of new Set([...closure.packages, ...RENDERING_PACKAGES])) {
    const manifest = new URL(`${name}/package.json`, roots.packages);
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : 'missing';
    hash.update(`${name}@${version}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

const IMPORT = /\b(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g;

/** A module's source, as the files of its relative imports and the packages of its bare ones. */
export interface ImportClosure {
  /** The entry files and every file they import by a relative path, in a stable order. */
  files: URL[];
  /** Every package those files import (`astro:content` counts as `astro`), sorted. */
  packages: string[];
}

/** Follows the entries' imports: relative ones to their files, bare ones to their package's name. */
export function importClosure(entries: readonly URL[]): ImportClosure {
  const seen = new Map<string, URL>();
  const packages = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (seen.has(url.href)) continue;
    seen.set(url.href, url);
    if (!url.pathname.endsWith('.ts')) continue;
    for (const match of readFileSync(url, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1]!;
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        const found = resolveSource(new URL(specifier, url));
        if (found) pending.push(found);
      } else {
        const name = packageOf(specifier);
        if (name) packages.add(name);
      }
    }
  }
  return { files: [...seen.values()].sort((a, b) => (a.href < b.href ? -1 : 1)), packages: [...packages].sort() };
}

/** `hast-util-to-html` → itself, `astro/zod` and `astro:content` → `astro`, `@a/b/c` → `@a/b`; built-ins → none. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const [first, second] = specifier.split(/[/:]/);
  if (!first) return undefined;
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}

/** `./x` → `./x.ts` or `./x/index.ts`; a file with its extension (`.json`) as it is. */
function resolveSource(url: URL): URL | undefined {
  for (const candidate of [url, new URL(`${url.href}.ts`), new URL(`${url.href}/index.ts`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function relativeName(url: URL, root: URL): string {
  return url.href.startsWith(root.href) ? url.href.slice(root.href.length) : url.href;
}
