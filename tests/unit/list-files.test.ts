import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ListedFolders, listFiles } from '../../src/lib/build/list-files';
import { listFilesInWorker } from '../../src/lib/build/list-files-in-worker';

const work = mkdtempSync(join(tmpdir(), 'souveraen-list-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(name: string, files: readonly string[]): string {
  const root = join(work, name);
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  mkdirSync(join(root, 'empty', 'deeper'), { recursive: true });
  return root;
}

const FILES = ['index.html', 'de/index.html', 'de/artikel/a/index.html', 'de/artikel/a/index.html.br', 'og/de/a.png', 'og/en/b/c.png', '_astro/x.css', 'ogre.html', 'og.txt'];

describe('listFiles', () => {
  it('lists every file (no folder) relative to the output folder, with or without a trailing slash', () => {
    const root = tree('all', FILES);
    expect(listFiles(root).sort()).toEqual([...FILES].sort());
    expect(listFiles(`${root}/`).sort()).toEqual([...FILES].sort());
    expect(listFiles(join(work, 'missing'))).toEqual([]);
  });

  it('leaves out the top-level folders it is told to skip, and only those', () => {
    const root = tree('skip', FILES);
    expect(listFiles(root, { skip: ['og'] }).sort()).toEqual(FILES.filter((file) => !file.startsWith('og/')).sort());
  });
});

describe('listFilesInWorker', () => {
  it('lists on a worker thread what listFiles lists here, skipped folders included', async () => {
    const root = tree('worker', FILES);
    expect((await listFilesInWorker(root)).sort()).toEqual([...FILES].sort());
    expect((await listFilesInWorker(root, { skip: ['og'] })).sort()).toEqual(FILES.filter((file) => !file.startsWith('og/')).sort());
    expect(await listFilesInWorker(join(work, 'missing'))).toEqual([]);
  });

  it('rejects with the worker\'s error, naming it, when the folder cannot be read', async () => {
    const file = join(work, 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(listFilesInWorker(file)).rejects.toThrow(/output listing worker failed: .*ENOTDIR/);
  });
});

describe('ListedFolders', () => {
  it('lists the output with a folder taken from its owner\'s list, once', () => {
    const root = tree('listed', FILES);
    const listed = new ListedFolders();
    // The owner's list is what the folder holds now (a card it placed, the old one removed).
    listed.set('og', ['og/de/a.png', 'og/de/new.png']);
    expect(listed.listOutput(root).sort()).toEqual([...FILES.filter((file) => !file.startsWith('og/')), 'og/de/a.png', 'og/de/new.png'].sort());
    // Forgotten after use: the next build lists the folder unless its owner says again.
    expect(listed.listOutput(root).sort()).toEqual([...FILES].sort());
    listed.set('og', []);
    listed.clear();
    expect(listed.listOutput(root).sort()).toEqual([...FILES].sort());
  });
});
