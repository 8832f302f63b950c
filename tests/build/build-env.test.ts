import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture';

/** The record keep-output.ts writes when a build succeeds (src/integrations/keep-output.ts). */
const RECORD_FILE = 'output-record.json';

describe('a bad build environment', () => {
  it('stops astro build at once, naming every bad variable, its value and what is allowed; nothing is written', () => {
    const { status, output, outDir } = buildFixture('publishing', {
      CARD_WORKERS: 'abc',
      SOURCE_DATE_EPOCH: 'yesterday',
      BUILD_CONCURRENCY: 'lots',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('Bad build environment, nothing was built');
    expect(output).toContain('CARD_WORKERS="abc": not allowed; expected a whole number of threads, 1 or more');
    expect(output).toContain('SOURCE_DATE_EPOCH="yesterday": not allowed; expected whole seconds since 1970-01-01 UTC');
    expect(output).toContain('BUILD_CONCURRENCY="lots": not allowed; expected a whole number of pages at a time, 1 or more');
    // Stopped before the content check, the output folder and the record of a finished build.
    expect(output).not.toContain('content check passed');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(join(outDir, '..', 'cache', RECORD_FILE))).toBe(false);
  });
});
