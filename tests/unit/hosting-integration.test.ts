import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hosting } from '../../src/integrations/hosting';

/** The hosting integration's hooks as Astro calls them, on a tiny output folder. */
const work = mkdtempSync(join(tmpdir(), 'souveraen-hosting-hooks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Hook = (options: unknown) => unknown;

function setUp(name: string) {
  const out = join(work, name, 'dist');
  const cache = join(work, name, 'cache');
  mkdirSync(join(out, 'de'), { recursive: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(out, 'de', 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></head><body>${'eins '.repeat(100)}</body></html>`);
  writeFileSync(join(out, 'de', 'rss.xml'), `<rss>${'<item/>'.repeat(100)}</rss>`);
  const hooks = hosting().hooks as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${out}/`), cacheDir: pathToFileURL(`${cache}/`) } });
  const messages: string[] = [];
  const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) };
  return {
    cache,
    start: () => hooks['astro:build:start']!({}),
    /** The build's end: the compression line it logs. */
    done: async () => {
      await hooks['astro:build:done']!({ logger });
      return messages.at(-1)!;
    },
  };
}

describe('the compression record across builds', () => {
  it('is set aside, not kept in memory, while a build runs, and used when it succeeds', async () => {
    const build = setUp('succeeds');
    build.start();
    expect(await build.done()).toContain('2 of 2 files compressed');
    expect(readdirSync(build.cache)).toEqual(['precompressed-record.json']);

    build.start();
    // While the pages render the record is a file beside the cache, not read.
    expect(readdirSync(build.cache)).toEqual(['precompressed-record.previous.json']);
    expect(await build.done()).toContain('0 of 2 files compressed');
    expect(readdirSync(build.cache)).toEqual(['precompressed-record.json']);
  });

  it('is not used after a build that failed: everything is compressed again', async () => {
    const build = setUp('fails');
    build.start();
    await build.done();
    build.start();
    // The build fails: astro:build:done never comes. The next build starts.
    build.start();
    expect(existsSync(join(build.cache, 'precompressed-record.previous.json'))).toBe(false);
    expect(await build.done()).toContain('2 of 2 files compressed');
  });
});
