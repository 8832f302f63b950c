import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Two builds of the same commit with the same SOURCE_DATE_EPOCH are byte-identical. Each build
 * gets its own output and cache folder (OUT_DIR, CACHE_DIR in astro.config.mjs), so nothing is
 * shared between them but the sources. They run one after the other: both would write the
 * project's generated types in .astro/ at the same time otherwise. About two builds' time.
 */
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'souveraen-repro-'));

function fingerprint(root: string): Map<string, string> {
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

async function build(name: string, epoch: string): Promise<Map<string, string>> {
  const outDir = join(work, name, 'dist');
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: { ...process.env, OUT_DIR: outDir, CACHE_DIR: join(work, name, 'cache'), SOURCE_DATE_EPOCH: epoch },
    maxBuffer: 64 * 1024 * 1024,
  });
  return fingerprint(outDir);
}

describe('reproducible builds', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('two builds with the same SOURCE_DATE_EPOCH produce a byte-identical dist/', { timeout: 300_000 }, async () => {
    const epoch = String(Math.floor(Date.now() / 1000));
    const first = await build('a', epoch);
    const second = await build('b', epoch);
    expect(first.size).toBeGreaterThan(10);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
