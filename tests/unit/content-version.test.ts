import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_CHECK_ENTRIES, STORED_ENTRY_ENTRIES, importClosure, packageOf, sourceVersion } from '../../src/data/content-version';

const work = mkdtempSync(join(tmpdir(), 'souveraen-closure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text: string): URL {
  mkdirSync(join(work, path, '..'), { recursive: true });
  writeFileSync(join(work, path), text);
  return pathToFileURL(join(work, path));
}

describe('importClosure (the source the story store and the content check memo are keyed by)', () => {
  it('follows relative imports of every form, through folders and index files, once each', () => {
    const entry = write('a/entry.ts', "import {\n  one,\n  two,\n} from './one';\nimport type { T } from '../b';\nimport './side';\nexport { x } from './one';\nconst lazy = import('./lazy');\nimport { z } from 'astro/zod';\n");
    write('a/one.ts', "import data from '../data.json';\nexport const one = 1;\n");
    write('b/index.ts', "import { entry } from '../a/entry';\n");
    write('a/side.ts', '');
    write('a/lazy.ts', '');
    write('data.json', '{}');
    write('unused.ts', '');
    const names = importClosure([entry]).files.map((url) => url.pathname.slice(pathToFileURL(work).pathname.length + 1));
    expect(names).toEqual(['a/entry.ts', 'a/lazy.ts', 'a/one.ts', 'a/side.ts', 'b/index.ts', 'data.json']);
  });

  it('covers what the schema allows outside the content folder: the topic list', () => {
    const names = importClosure(CONTENT_CHECK_ENTRIES).files.map((url) => url.pathname);
    for (const file of ['src/lib/topics.ts', 'src/lib/content/schema.ts', 'src/lib/content/frontmatter.ts', 'src/lib/content/body/render-body.ts', 'src/data/content-files.ts']) {
      expect(names.some((name) => name.endsWith(`/${file}`)), file).toBe(true);
    }
  });

  it('names the packages of bare imports, whatever the form', () => {
    const entry = write('p/entry.ts', "import { a } from 'lib-a';\nimport type { B } from '@scope/b/deep/path';\nimport 'side-effect';\nconst c = import('lazy-c');\nimport { z } from 'astro/zod';\nimport { getCollection } from 'astro:content';\nimport { readFileSync } from 'node:fs';\n");
    expect(importClosure([entry]).packages).toEqual(['@scope/b', 'astro', 'lazy-c', 'lib-a', 'side-effect']);
    expect([packageOf('node:path'), packageOf('fuse.js'), packageOf('@napi-rs/canvas')]).toEqual([undefined, 'fuse.js', '@napi-rs/canvas']);
  });

  it('covers everything a stored story entry is rendered with, files and packages', () => {
    const closure = importClosure(STORED_ENTRY_ENTRIES);
    const names = closure.files.map((url) => url.pathname);
    // The fixed list this replaced missed the last two: a change to them kept stale bodies in the store.
    // The schemas too: what the store keeps is their parse, and Astro hashes only content.config.ts.
    for (const file of ['src/data/story-loader.ts', 'src/lib/content/body/render-body.ts', 'src/lib/content/frontmatter.ts', 'src/lib/urls.ts', 'src/lib/process-shared.ts', 'src/data/collections.ts', 'src/lib/content/schema.ts']) {
      expect(names.some((name) => name.endsWith(`/${file}`)), file).toBe(true);
    }
    for (const name of ['satteri', 'hast-util-to-html', 'js-yaml']) expect(closure.packages, name).toContain(name);
  });
});

describe('sourceVersion (the key of the story store and of the content check memo)', () => {
  const roots = { source: pathToFileURL(join(work, 'v/')), packages: pathToFileURL(join(work, 'v/node_modules/')) };
  const setUp = () => {
    write('v/entry.ts', "import { helper } from './helper';\nimport { render } from 'renderer';\n");
    write('v/helper.ts', 'export const helper = 1;\n');
    write('v/unrelated.ts', 'export const unrelated = 1;\n');
    write('v/node_modules/renderer/package.json', '{"version":"1.0.0"}');
    write('v/node_modules/other/package.json', '{"version":"1.0.0"}');
    return pathToFileURL(join(work, 'v/entry.ts'));
  };

  it('changes with an imported file or an imported package’s version, and with nothing else', () => {
    const entry = setUp();
    const before = sourceVersion([entry], roots);
    expect(sourceVersion([entry], roots)).toBe(before);
    write('v/unrelated.ts', 'export const unrelated = 2;\n');
    write('v/node_modules/other/package.json', '{"version":"2.0.0"}');
    expect(sourceVersion([entry], roots)).toBe(before);
    write('v/helper.ts', 'export const helper = 2;\n');
    const afterHelper = sourceVersion([entry], roots);
    expect(afterHelper).not.toBe(before);
    write('v/node_modules/renderer/package.json', '{"version":"1.0.1"}');
    expect(sourceVersion([entry], roots)).not.toBe(afterHelper);
  });
});
