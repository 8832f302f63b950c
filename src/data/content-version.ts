import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

let version: string | undefined;

/** Everything a stored entry is computed from besides the file: loader, parser, schema, body renderer, text. */
const STORED_ENTRY_SOURCES = ['./story-loader.ts', '../lib/content/', '../lib/search/index-data.ts'];

/**
 * A hash of the source of what computes a stored entry: the story loader folds it into every
 * digest, so a change to how bodies render or what an entry keeps invalidates the store, which
 * the digest of the file alone would not (Astro itself only watches content.config.ts). The
 * content check's memo has its own key, `contentCheckVersion`.
 */
export function storedContentVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const source of STORED_ENTRY_SOURCES) {
    const url = new URL(source, import.meta.url);
    // Names relative to this file, so a checkout elsewhere (a restored CI cache) keeps its store.
    const names = source.endsWith('/')
      ? readdirSync(url, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort().map((name) => source + name)
      : [source];
    for (const name of names) hash.update(name).update(readFileSync(new URL(name, import.meta.url)));
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

let checkVersion: string | undefined;

/** The content check's entry points: everything they import (relative imports, followed) is its source. */
export const CONTENT_CHECK_ENTRIES = ['./check-content-folder.ts', '../lib/content/validate.ts'].map((entry) => new URL(entry, import.meta.url));
/** Packages whose behaviour the check's results depend on: a new version drops the memo too. */
const CONTENT_CHECK_PACKAGES = ['js-yaml', 'yaml', 'satteri', 'astro'];

/**
 * A hash of the content check's whole source (every module its entry points import, e.g. the
 * topic list the schema allows) and the parsers' versions: the key of its memo
 * (`<cacheDir>/content-check.json`), which is dropped whole when any of them changes.
 */
export function contentCheckVersion(): string {
  if (checkVersion) return checkVersion;
  const hash = createHash('sha256');
  for (const url of importClosure(CONTENT_CHECK_ENTRIES)) {
    hash.update(relativeName(url)).update('\0').update(readFileSync(url));
  }
  for (const name of CONTENT_CHECK_PACKAGES) {
    const manifest = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : 'missing';
    hash.update(`${name}@${version}\0`);
  }
  checkVersion = hash.digest('hex').slice(0, 16);
  return checkVersion;
}

const RELATIVE_IMPORT = /\b(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g;

/** The entry files and every file they import by a relative path, in a stable order. */
export function importClosure(entries: readonly URL[]): URL[] {
  const seen = new Map<string, URL>();
  const pending = [...entries];
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (seen.has(url.href)) continue;
    seen.set(url.href, url);
    if (!url.pathname.endsWith('.ts')) continue;
    for (const match of readFileSync(url, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const found = resolveSource(new URL(match[1]!, url));
      if (found) pending.push(found);
    }
  }
  return [...seen.values()].sort((a, b) => (a.href < b.href ? -1 : 1));
}

/** `./x` → `./x.ts` or `./x/index.ts`; a file with its extension (`.json`) as it is. */
function resolveSource(url: URL): URL | undefined {
  for (const candidate of [url, new URL(`${url.href}.ts`), new URL(`${url.href}/index.ts`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Relative to the source root, so a checkout elsewhere (a restored CI cache) keeps its memo. */
function relativeName(url: URL): string {
  return url.href.slice(new URL('../', import.meta.url).href.length);
}
