import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

let version: string | undefined;

/** Everything a stored entry is computed from besides the file: loader, parser, schema, body renderer, text. */
const STORED_ENTRY_SOURCES = ['./story-loader.ts', '../lib/content/', '../lib/search/index-data.ts'];

/**
 * A hash of the source of what computes a stored entry or a content check: the story loader
 * folds it into every digest, the content guard keys its memo of checked bodies by it. A change
 * to how bodies render or what an entry keeps invalidates both, which the digest of the file
 * alone would not (Astro itself only watches content.config.ts).
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
