import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent, epochOf, fingerprintFiles } from './build-fixture';
import { applyEdit, editArbitrary, initialCorpus, writeCorpus, type Corpus, type Edit } from './rebuild-corpus';

/**
 * A rebuild equals a clean build, for any edits: fast-check draws sequences of editors' edits
 * (a date across a month or year boundary, topic, actors, title, an actor's name or role, a story
 * added, deleted or renamed, made a draft, one edition of a pair removed) to a small corpus. Each
 * sequence starts from one kept build, is applied in two steps with an incremental rebuild after
 * each, and the kept output must then equal, byte for byte, a build of the same content with an
 * empty output and cache folder. Each build costs seconds, so a run tries a few sequences from a
 * fixed seed and does not shrink; a failure prints the seed and the edits. FC_SEED and FC_RUNS
 * try others.
 */
const SEED = Number(process.env.FC_SEED ?? 20261201);
const RUNS = Number(process.env.FC_RUNS ?? 3);

const work = mkdtempSync(join(tmpdir(), 'souveraen-rebuild-property-'));
const kept = join(work, 'kept');
const snapshot = join(work, 'snapshot');
const content = join(kept, 'content');

function build(outDir: string, cacheDir: string): string {
  const result = buildContent(content, 'rebuild-property', { SOURCE_DATE_EPOCH: epochOf('2026-06-01T12:00:00Z') }, { outDir, cacheDir });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
  return result.output;
}

/** Files that differ between two builds, or exist in only one. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

describe('a rebuild after any edits equals a clean build', () => {
  beforeAll(() => {
    writeCorpus(content, initialCorpus());
    build(join(kept, 'dist'), join(kept, 'cache'));
    cpSync(kept, snapshot, { recursive: true });
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`holds for ${RUNS} sequences of edits (seed ${SEED})`, async () => {
    const steps = fc.tuple(fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), fc.array(editArbitrary, { minLength: 1, maxLength: 4 }));
    await fc.assert(
      fc.asyncProperty(steps, async (sequence: [Edit[], Edit[]]) => {
        rmSync(kept, { recursive: true, force: true });
        cpSync(snapshot, kept, { recursive: true });
        let corpus: Corpus = initialCorpus();
        for (const edits of sequence) {
          corpus = edits.reduce(applyEdit, corpus);
          writeCorpus(content, corpus);
          build(join(kept, 'dist'), join(kept, 'cache'));
        }
        const clean = join(work, 'clean');
        rmSync(clean, { recursive: true, force: true });
        build(join(clean, 'dist'), join(clean, 'cache'));
        expect(differences(fingerprintFiles(join(kept, 'dist')), fingerprintFiles(join(clean, 'dist')))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 900_000);
});
