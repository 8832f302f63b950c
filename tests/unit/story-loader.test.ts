import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's own store, not a stand-in: its `set` ignores an entry whose digest it already holds,
// the behaviour this test is about. Not a public export, so a move in Astro fails here loudly.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { storyLoader, type StoryMetadata } from '../../src/data/story-loader';

const work = mkdtempSync(join(tmpdir(), 'souveraen-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = join(process.cwd(), 'tests', 'fixtures', 'content', 'digest');

/** One sync of `root/content` into `store`, as Astro runs the loader in a build. */
async function sync(store: MutableDataStore, root: string, cacheDir: string): Promise<void> {
  const silent = { info() {}, warn() {}, error() {}, debug() {}, label: 'test', options: {}, fork: () => silent };
  const context = {
    collection: 'articles',
    store: store.scopedStore('articles'),
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
    logger: silent,
    meta: new Map(),
  } as unknown as LoaderContext;
  await storyLoader({ contentDir: 'content' }).load(context);
}

function bodiesOf(store: MutableDataStore): { id: string; filePath: string | undefined; metadata: StoryMetadata }[] {
  return [...store.scopedStore('articles').values()].map((entry) => ({ id: entry.id, filePath: entry.filePath, metadata: entry.rendered?.metadata as StoryMetadata }));
}

describe('story loader: a store from another path', () => {
  it('points every entry at files that exist when the same cache folder is reached through another path', async () => {
    const root = join(work, 'linked');
    cpSync(fixture, join(root, 'content'), { recursive: true });
    const cache = join(root, 'cache');
    mkdirSync(cache);
    const store = new MutableDataStore();
    await sync(store, root, cache);
    const first = bodiesOf(store);
    expect(first.length).toBeGreaterThan(3);
    const html = new Map(first.map(({ id, metadata }) => [id, readFileSync(metadata.htmlFile, 'utf8')]));

    // The same folder under a second name: a symlinked cache, or a CI cache restored elsewhere.
    symlinkSync(cache, join(root, 'cache-link'));
    await sync(store, root, join(root, 'cache-link'));
    const second = bodiesOf(store);
    expect(second.map(({ id }) => id).sort()).toEqual([...html.keys()].sort());
    for (const { id, metadata } of second) {
      expect(metadata.htmlFile.startsWith(join(root, 'cache-link', 'story-bodies')), id).toBe(true);
      expect(readFileSync(metadata.htmlFile, 'utf8'), id).toBe(html.get(id));
      expect(existsSync(metadata.leadFile), id).toBe(true);
    }
    // Pruning kept exactly the files the entries name: one HTML and one lead per story.
    expect(readdirSync(join(cache, 'story-bodies')).length).toBe(2 * second.length);
  });

  it('takes the new file paths of a checkout moved to another folder', async () => {
    const before = join(work, 'before');
    cpSync(fixture, join(before, 'content'), { recursive: true });
    const store = new MutableDataStore();
    await sync(store, before, join(before, 'cache'));

    const after = join(work, 'after', 'nested');
    cpSync(before, after, { recursive: true });
    rmSync(before, { recursive: true, force: true });
    await sync(store, after, join(after, 'cache'));
    for (const { id, filePath, metadata } of bodiesOf(store)) {
      expect(filePath, id).toMatch(/^content\/articles\//);
      expect(existsSync(join(after, filePath!)), id).toBe(true);
      expect(metadata.htmlFile.startsWith(join(after, 'cache')), id).toBe(true);
      expect(existsSync(metadata.htmlFile) && existsSync(metadata.leadFile), id).toBe(true);
    }
  });
});
