import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_CHECK_ENTRIES, importClosure } from '../../src/data/content-version';

const work = mkdtempSync(join(tmpdir(), 'souveraen-closure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text: string): URL {
  mkdirSync(join(work, path, '..'), { recursive: true });
  writeFileSync(join(work, path), text);
  return pathToFileURL(join(work, path));
}

describe('importClosure (the source the content check memo is keyed by)', () => {
  it('follows relative imports of every form, through folders and index files, once each', () => {
    const entry = write('a/entry.ts', "import {\n  one,\n  two,\n} from './one';\nimport type { T } from '../b';\nimport './side';\nexport { x } from './one';\nconst lazy = import('./lazy');\nimport { z } from 'astro/zod';\n");
    write('a/one.ts', "import data from '../data.json';\nexport const one = 1;\n");
    write('b/index.ts', "import { entry } from '../a/entry';\n");
    write('a/side.ts', '');
    write('a/lazy.ts', '');
    write('data.json', '{}');
    write('unused.ts', '');
    const names = importClosure([entry]).map((url) => url.pathname.slice(pathToFileURL(work).pathname.length + 1));
    expect(names).toEqual(['a/entry.ts', 'a/lazy.ts', 'a/one.ts', 'a/side.ts', 'b/index.ts', 'data.json']);
  });

  it('covers what the schema allows outside the content folder: the topic list', () => {
    const names = importClosure(CONTENT_CHECK_ENTRIES).map((url) => url.pathname);
    for (const file of ['src/lib/topics.ts', 'src/lib/content/schema.ts', 'src/lib/content/frontmatter.ts', 'src/lib/content/body/render-body.ts', 'src/data/content-files.ts']) {
      expect(names.some((name) => name.endsWith(`/${file}`)), file).toBe(true);
    }
  });
});
