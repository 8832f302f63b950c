import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder a test makes (with `os.tmpdir()`, its builds and
 * browsers too) goes into one folder per run, removed when the run ends, so test runs leave
 * nothing behind in the machine's temporary folder. Each project runs this setup; the first
 * makes the folder and the last teardown removes it.
 */
const state = globalThis as typeof globalThis & { __souveraenTestTmp?: { dir: string; users: number; previous: string | undefined } };

export function setup(): () => void {
  if (!state.__souveraenTestTmp) {
    const dir = mkdtempSync(join(tmpdir(), 'souveraen-tests-'));
    state.__souveraenTestTmp = { dir, users: 0, previous: process.env.TMPDIR };
    process.env.TMPDIR = dir;
  }
  state.__souveraenTestTmp.users += 1;
  return () => {
    const run = state.__souveraenTestTmp;
    if (!run || --run.users > 0) return;
    rmSync(run.dir, { recursive: true, force: true });
    if (run.previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = run.previous;
    delete state.__souveraenTestTmp;
  };
}
