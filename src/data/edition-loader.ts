import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LANGS } from '../i18n/config';
import { readEditionNote, type EditionNote } from '../lib/content/edition-note';

/**
 * Loads the editors' edition files (`editions/{de,en}/<year>-w<week>.mdx`) with the one reader
 * of edition files, `readEditionNote`. Their body is the intro as plain paragraphs, so no MDX is
 * compiled and nothing is bundled; the content guard has checked them before.
 */
export function editionLoader({ base }: { base: string }): Loader {
  return {
    name: 'edition-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentRoot = resolve(root, base, '..');
      const baseDir = resolve(root, base);
      await loadAll(context, contentRoot, baseDir);
      if (!context.watcher) return;
      context.watcher.add(baseDir);
      const reload = (path: string) => {
        if (!path.startsWith(baseDir) || !path.endsWith('.mdx')) return;
        loadAll(context, contentRoot, baseDir).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, reload);
    },
  };
}

async function loadAll(context: LoaderContext, contentRoot: string, baseDir: string): Promise<void> {
  const notes: EditionNote[] = [];
  for (const lang of LANGS) {
    const names = (await readdir(resolve(baseDir, lang)).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx')).sort();
    for (const name of names) {
      const file = resolve(baseDir, lang, name);
      const path = relative(contentRoot, file).split(sep).join('/');
      notes.push(readEditionNote(path, await readFile(file, 'utf8')));
    }
  }
  context.store.clear();
  for (const note of notes) {
    const id = note.file.replace(/^editions\/|\.mdx$/g, '');
    context.store.set({ id, data: { ...note }, digest: context.generateDigest(JSON.stringify(note)) });
  }
}
