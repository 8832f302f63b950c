import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYaml } from '../lib/content/frontmatter.ts';
import { PUBLISHER_FILE, publisherSchema } from '../lib/content/publisher.ts';

/** The id of the one entry: the publisher's details from `content/publisher.yaml`. */
export const PUBLISHER_ENTRY = 'publisher';

/**
 * Loads `publisher.yaml` into the content store, so the pages read the publisher like every
 * other content, from the collection. Without the file the collection is empty and every detail
 * is a placeholder (`npm run check:launch` reports that); the content guard has already
 * reported a broken file with its field, so the errors here are only a backstop.
 */
export function publisherLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'publisher-loader',
    load: async (context) => {
      const file = join(resolve(fileURLToPath(context.config.root), contentDir), PUBLISHER_FILE);
      await loadPublisher(context, file);
      if (!context.watcher) return;
      context.watcher.add(file);
      const reload = (path: string) => {
        if (resolve(path) !== file) return;
        loadPublisher(context, file).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, reload);
    },
  };
}

async function loadPublisher(context: LoaderContext, file: string): Promise<void> {
  context.store.clear();
  if (!existsSync(file)) return;
  const text = await readFile(file, 'utf8');
  const parsed = parseYaml(text);
  if ('message' in parsed) throw new Error(`${file}: ${parsed.message}`);
  const result = publisherSchema.safeParse(parsed.data);
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')} (npm run check:content explains each)`);
  }
  context.store.set({ id: PUBLISHER_ENTRY, data: result.data, digest: context.generateDigest(text) });
}
