import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TRASH_PREFIX = 'swept-out-';

/**
 * Astro empties the output folder file by file on its main thread before it builds (2.4 s of a
 * 21 s rebuild at 2,500 stories per language: 11,000 pages and cards). Moving the folder aside
 * is one rename; deleting it then runs on libuv's thread pool while Astro bundles and renders.
 * When the rename is not possible (another file system), Astro empties the folder as before.
 */
export function sweepOutDir(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let sweeping: Promise<unknown> = Promise.resolve();
  return {
    name: 'souveraen:sweep-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        await mkdir(cacheDir, { recursive: true });
        // Leftovers of a build that stopped before its sweep finished.
        const stale = (await readdir(cacheDir)).filter((name) => name.startsWith(TRASH_PREFIX)).map((name) => join(cacheDir, name));
        const trash = join(cacheDir, `${TRASH_PREFIX}${process.pid}-${Date.now()}`);
        const moved = await rename(outDir, trash).then(
          () => [trash],
          (error: NodeJS.ErrnoException) => {
            if (error.code !== 'ENOENT') logger.debug(`output folder not moved aside (${error.code}); Astro empties it`);
            return [];
          },
        );
        sweeping = Promise.all([...stale, ...moved].map((dir) => rm(dir, { recursive: true, force: true })));
      },
      'astro:build:done': async () => {
        await sweeping;
      },
    },
  };
}
