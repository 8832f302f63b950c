import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintFiles } from './build-fixture';

/**
 * Two builds of the same commit with the same SOURCE_DATE_EPOCH are byte-identical. Each build
 * starts from nothing: its own output and an empty cache folder (OUT_DIR, CACHE_DIR in
 * astro.config.mjs), so every page, feed and image is made afresh; a warm cache would only
 * replay earlier encodes (and Astro's image cache can hold AVIF bytes from an earlier process
 * that differ from a fresh encode, so it is not a fair witness). They run one after the other:
 * both write the project's generated types in .astro/. Costs two full builds.
 */
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'souveraen-repro-'));

async function build(name: string, epoch: string): Promise<Map<string, string>> {
  const outDir = join(work, name, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir, CACHE_DIR: join(work, name, 'cache'), SOURCE_DATE_EPOCH: epoch };
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return fingerprintFiles(outDir);
}

describe('reproducible builds', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('two builds with the same SOURCE_DATE_EPOCH produce a byte-identical dist/', { timeout: 600_000 }, async () => {
    const epoch = String(Math.floor(Date.now() / 1000));
    const first = await build('first', epoch);
    const second = await build('second', epoch);
    expect(first.size).toBeGreaterThan(10);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
