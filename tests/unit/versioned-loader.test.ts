import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type LoaderContext } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's own store, not a stand-in: its entries and their digests are what the glob loader compares.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { withCodeVersion } from '../../src/data/versioned-loader';

const root = mkdtempSync(join(tmpdir(), 'souveraen-versioned-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'actors'));
writeFileSync(join(root, 'actors', 'bsi.yaml'), 'name: BSI\n');

const yaml = { getEntryInfo: ({ contents }: { contents: string }) => ({ data: parseYaml(contents) as Record<string, unknown>, body: '' }) };

/** One sync of the folder with Astro's glob loader, the schema's parse adding `kind`, as a changed schema default would. */
async function sync(store: MutableDataStore, kind: string, version?: string): Promise<unknown> {
  const silent = { info() {}, warn() {}, error() {}, debug() {}, label: 'test', options: {}, fork: () => silent };
  const loader = glob({ pattern: '*.yaml', base: './actors' });
  const context = {
    collection: 'actors',
    store: store.scopedStore('actors'),
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, kind }),
    generateDigest: (data: string | Record<string, unknown>) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    entryTypes: new Map([['.yaml', yaml]]),
    logger: silent,
    meta: new Map(),
  } as unknown as LoaderContext;
  await (version === undefined ? loader : withCodeVersion(loader, () => version)).load(context);
  return store.get('actors', 'bsi')?.data;
}

describe('withCodeVersion: entries parsed by older code do not stay', () => {
  it('keeps an unchanged file’s old parse without it (the stale entry this prevents)', async () => {
    const store = new MutableDataStore();
    expect(await sync(store, 'institution')).toEqual({ name: 'BSI', kind: 'institution' });
    expect(await sync(store, 'organisation')).toEqual({ name: 'BSI', kind: 'institution' });
  });

  it('parses an unchanged file again when the code version changed, and only then', async () => {
    const store = new MutableDataStore();
    expect(await sync(store, 'institution', 'v1')).toEqual({ name: 'BSI', kind: 'institution' });
    expect(await sync(store, 'organisation', 'v1')).toEqual({ name: 'BSI', kind: 'institution' });
    expect(await sync(store, 'organisation', 'v2')).toEqual({ name: 'BSI', kind: 'organisation' });
  });
});
