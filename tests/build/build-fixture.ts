import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'content');

export interface FixtureBuild {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs `astro build` on a fixture content folder into a temporary outDir, with its own cache
 * so it never touches dist/ or the content store of the main build.
 */
export function buildFixture(fixture: string, env: Record<string, string> = {}): FixtureBuild {
  return buildContent(join(FIXTURES, fixture), fixture, env);
}

/** Where a build writes; a fresh temporary folder holds whichever is not given. */
export interface BuildFolders {
  outDir?: string;
  cacheDir?: string;
}

/**
 * The same for any content folder, e.g. one a test generated; `name` labels the temporary folder.
 * A test that rebuilds into a kept output folder passes its own `outDir` and `cacheDir`.
 */
export function buildContent(contentDir: string, name: string, env: Record<string, string> = {}, folders: BuildFolders = {}): FixtureBuild {
  const work = folders.outDir && folders.cacheDir ? undefined : mkdtempSync(join(tmpdir(), `souveraen-${name}-`));
  const outDir = folders.outDir ?? join(work!, 'dist');
  const cacheDir = folders.cacheDir ?? join(work!, 'cache');
  const result = spawnSync(
    process.execPath,
    [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        CACHE_DIR: cacheDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Every built file as site path and text (binary files read as text are harmless here). */
export function readAllFiles(dir: string, root = dir): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return readAllFiles(full, root);
    return [{ path: `/${relative(root, full).split('\\').join('/')}`, text: readFileSync(full, 'utf8') }];
  });
}

/** `SOURCE_DATE_EPOCH` for an instant. */
export function epochOf(iso: string): string {
  return String(Math.floor(Date.parse(iso) / 1000));
}

/** Every built file, by path relative to `root`, with the SHA-256 of its bytes. */
export function fingerprintFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return files;
}
