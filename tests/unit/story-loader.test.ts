import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's own store, not a stand-in: its `set` ignores an entry whose digest it already holds,
// the behaviour this test is about. Not a public export, so a move in Astro fails here loudly.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { storyLoader } from '../../src/data/story-loader';
import { ASTRO_IMAGE_MARK, storyFilesOf, type StoryRecord } from '../../src/data/story-files';
import { readContentFolder } from '../../src/data/content-files';

const work = mkdtempSync(join(tmpdir(), 'souveraen-loader-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = join(process.cwd(), 'tests', 'fixtures', 'content', 'digest');

/** One sync of `root/content` into `store`, as Astro runs the loader in a build (the schema's parse is the identity here). */
async function sync(store: MutableDataStore, root: string, cacheDir: string, parseData = async ({ data }: { data: Record<string, unknown> }) => data): Promise<void> {
  const silent = { info() {}, warn() {}, error() {}, debug() {}, label: 'test', options: {}, fork: () => silent };
  const context = {
    collection: 'articles',
    store: store.scopedStore('articles'),
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    parseData,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
    logger: silent,
    meta: new Map(),
  } as unknown as LoaderContext;
  await storyLoader({ contentDir: 'content' }).load(context);
}

/** Each stored entry with the files its digest names in `cacheDir`. */
function bodiesOf(store: MutableDataStore, cacheDir: string): { id: string; filePath: string | undefined; data: unknown; html: string; record: string }[] {
  return [...store.scopedStore('articles').values()].map((entry) => ({
    id: entry.id,
    filePath: entry.filePath,
    data: entry.data,
    ...storyFilesOf(join(cacheDir, 'story-bodies'), String(entry.digest)),
  }));
}

describe('story loader: a store from another path', () => {
  it('points every entry at files that exist when the same cache folder is reached through another path', async () => {
    const root = join(work, 'linked');
    cpSync(fixture, join(root, 'content'), { recursive: true });
    const cache = join(root, 'cache');
    mkdirSync(cache);
    const store = new MutableDataStore();
    await sync(store, root, cache);
    const first = bodiesOf(store, cache);
    expect(first.length).toBeGreaterThan(3);
    const html = new Map(first.map(({ id, html }) => [id, readFileSync(html, 'utf8')]));

    // The same folder under a second name: a symlinked cache, or a CI cache restored elsewhere.
    symlinkSync(cache, join(root, 'cache-link'));
    await sync(store, root, join(root, 'cache-link'));
    const second = bodiesOf(store, join(root, 'cache-link'));
    expect(second.map(({ id }) => id).sort()).toEqual([...html.keys()].sort());
    for (const { id, html: file, record } of second) {
      expect(readFileSync(file, 'utf8'), id).toBe(html.get(id));
      expect(existsSync(record), id).toBe(true);
    }
    // Pruning kept exactly the files the entries name: one HTML and one record per story.
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
    for (const { id, filePath, html, record } of bodiesOf(store, join(after, 'cache'))) {
      expect(filePath, id).toMatch(/^content\/articles\//);
      expect(existsSync(join(after, filePath!)), id).toBe(true);
      expect(existsSync(html) && existsSync(record), id).toBe(true);
    }
  });
});

describe("story loader: what Astro's store keeps", () => {
  it('keeps only the images in the store and the rest of the data, whole, in the record', async () => {
    const root = join(work, 'split');
    // The site's own stories: some have a frontmatter image.
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    const cache = join(root, 'cache');
    const store = new MutableDataStore();
    await sync(store, root, cache);
    const stories = bodiesOf(store, cache);
    const withImage = stories.filter(({ data }) => 'image' in (data as object));
    expect(withImage.length, 'a fixture story with a frontmatter image').toBeGreaterThan(0);
    for (const { id, filePath, data, record } of stories) {
      expect(Object.keys(data as object).sort(), id).toEqual(Object.keys(data as object).includes('image') ? ['bodyImages', 'image'] : ['bodyImages']);
      const kept = JSON.parse(readFileSync(record, 'utf8')) as StoryRecord;
      const source = readFileSync(join(root, filePath!), 'utf8');
      // The frontmatter's title, as the identity parse passed it on, is in the record.
      expect(source, id).toContain(String(kept.data.title));
      expect(kept.data, id).not.toHaveProperty('image');
      expect(kept.words, id).toBeGreaterThan(0);
      expect(kept.lead.length, id).toBeGreaterThan(0);
    }
  });

  it('stops, naming the file and the field, on an image Astro marked outside the image fields', async () => {
    const root = join(work, 'marked');
    cpSync(fixture, join(root, 'content'), { recursive: true });
    const store = new MutableDataStore();
    const marking = async ({ data }: { data: Record<string, unknown> }) => ({ ...data, sources: [{ title: 'Chart', url: '__ASTRO_IMAGE_./chart.png' }] });
    await expect(sync(store, root, join(root, 'cache'), marking)).rejects.toThrow(/content\/articles\/\w+\/[\w-]+\.mdx: sources\[0\]\.url is an image, but only image and bodyImages keep images/);
  });

  it('marks images as Astro does', async () => {
    const { IMAGE_IMPORT_PREFIX } = await import('../../node_modules/astro/dist/content/consts.js');
    expect(ASTRO_IMAGE_MARK).toBe(IMAGE_IMPORT_PREFIX);
  });
});

describe('story loader: the text the content check read', () => {
  const titleIn = (record: string) => String((JSON.parse(readFileSync(record, 'utf8')) as StoryRecord).data.title);

  it('publishes in a build the text the check read, reads nothing again, and keeps none for the next load', async () => {
    const root = join(work, 'checked');
    cpSync(fixture, join(root, 'content'), { recursive: true });
    const cache = join(root, 'cache');
    const file = join(root, 'content', 'articles', 'en', 'hummingbird.mdx');
    const checked = readFileSync(file, 'utf8');
    const title = /^title: (.+)$/m.exec(checked)![1]!;
    await readContentFolder(join(root, 'content'), { keepTexts: true });
    // Changed on disk after the check: the build still publishes what was checked.
    writeFileSync(file, checked.replace(`title: ${title}`, 'title: Changed after the check'));
    const store = new MutableDataStore();
    await sync(store, root, cache);
    const entry = bodiesOf(store, cache).find(({ id }) => id === 'en/hummingbird')!;
    expect(titleIn(entry.record)).toBe(title.replace(/^"|"$/g, ''));
    // The next load (no check before it) reads the disk.
    await sync(store, root, cache);
    const again = bodiesOf(store, cache).find(({ id }) => id === 'en/hummingbird')!;
    expect(titleIn(again.record)).toBe('Changed after the check');
  });

  it('keeps no text when the check is not a build’s', async () => {
    const root = join(work, 'unchecked');
    cpSync(fixture, join(root, 'content'), { recursive: true });
    const file = join(root, 'content', 'articles', 'en', 'hummingbird.mdx');
    await readContentFolder(join(root, 'content'));
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .+$/m, 'title: Changed after the check'));
    const store = new MutableDataStore();
    await sync(store, root, join(root, 'cache'));
    expect(titleIn(bodiesOf(store, join(root, 'cache')).find(({ id }) => id === 'en/hummingbird')!.record)).toBe('Changed after the check');
  });
});
