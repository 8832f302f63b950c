import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TRASH_PREFIX = 'swept-out-';

/**
 * Astro empties the output folder file by file on its main thread before it builds (2.4 s of a
 * 21 s rebuild at 2,500 stories per language: 11,000 pages and cards). Moving the folder aside
 * is one rename; a low-priority `rm` then deletes it while Astro bundles and renders, on CPU time
 * they leave idle (on the thread pool it slowed the bundler, which uses both cores). The build
 * waits for it at the end. When the rename is not possible (another file system), Astro empties
 * the folder as before.
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
        sweeping = removeQuietly([...stale, ...moved]);
      },
      'astro:build:done': async () => {
        await sweeping;
      },
    },
  };
}

/** `nice -n 19 rm -rf` where there is one; Node's own recursive delete elsewhere (Windows). */
function removeQuietly(dirs: string[]): Promise<unknown> {
  if (dirs.length === 0) return Promise.resolve();
  const viaNode = () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  if (process.platform === 'win32') return viaNode();
  return new Promise<void>((resolve) => {
    const child = spawn('nice', ['-n', '19', 'rm', '-rf', '--', ...dirs], { stdio: 'ignore' });
    child.on('error', () => void viaNode().then(() => resolve()));
    child.on('close', (code) => (code === 0 ? resolve() : void viaNode().then(() => resolve())));
  });
}
