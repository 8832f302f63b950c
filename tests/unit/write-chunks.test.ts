import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPieces, joinedLines, writeChunks } from '../../src/lib/build/write-chunks';

const work = mkdtempSync(join(tmpdir(), 'souveraen-chunks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeChunks and joinedLines', () => {
  // Many small file writes: a timeout would test the machine's load, not the writer.
  it('write exactly the lines joined by newlines, whatever the chunk size', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), async (lines, chunkChars) => {
        const file = join(work, 'lines.txt');
        await writeChunks(file, joinedLines(lines), chunkChars);
        expect(readFileSync(file, 'utf8')).toBe(lines.join('\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('replace what the file held before', async () => {
    const file = join(work, 'again.txt');
    await writeChunks(file, ['a much longer first text']);
    await writeChunks(file, ['short']);
    expect(readFileSync(file, 'utf8')).toBe('short');
  });
});

describe('jsonPieces', () => {
  it('is JSON.stringify of a flat record, entry by entry', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(value, fc.dictionary(fc.string(), value))), (record) => {
        expect([...jsonPieces(record)].join('')).toBe(JSON.stringify(record));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the hosting record as JSON.parse reads it back', () => {
    const record = { version: 3, outDir: '/out', files: { '/de/index.html': 'abc', '/a"b.html': 'd\\e' }, stamps: {}, metas: { '/de/index.html': null, '/x.html': "script-src 'self'" }, madeAtNs: '1' };
    expect(JSON.parse([...jsonPieces(record)].join(''))).toEqual(record);
  });
});
