import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LANGS } from '../i18n/config.ts';
import { readEditionNote, type EditionNote } from '../lib/content/edition-note.ts';
import { listContentFiles } from './content-files.ts';

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
      await loadAll(context, contentRoot);
      if (!context.watcher) return;
      context.watcher.add(baseDir);
      const reload = (path: string) => {
        if (!path.startsWith(baseDir) || !path.endsWith('.mdx')) return;
        loadAll(context, contentRoot).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, reload);
    },
  };
}

async function loadAll(context: LoaderContext, contentRoot: string): Promise<void> {
  const notes: EditionNote[] = [];
  // The one list of content files the content check read too (src/data/content-files.ts).
  const files = listContentFiles(contentRoot).filter(
    ({ path, symlink, what }) => what.kind === 'edition' && !symlink && LANGS.some((lang) => path.startsWith(`editions/${lang}/`)) && path.endsWith('.mdx'),
  );
  for (const { path, full } of files) notes.push(readEditionNote(path, await readFile(full, 'utf8')));
  context.store.clear();
  for (const note of notes) {
    const id = note.file.replace(/^editions\/|\.mdx$/g, '');
    context.store.set({ id, data: { ...note }, digest: context.generateDigest(JSON.stringify(note)) });
  }
}
