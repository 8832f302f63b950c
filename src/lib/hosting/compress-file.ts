/**
 * One output file's share of the hosting step: read, hashed, its policy read from its head, and
 * its `.br`/`.gz` siblings written when its bytes changed. Synchronous, for a worker thread of
 * `compress-pool.ts`; Node runs this file directly there (type stripping), hence `.ts` imports.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readMetaPolicy } from './page-policy.ts';

export interface CompressJob {
  /** Site path (`/de/index.html`), the record's key. */
  path: string;
  /** Absolute paths of the file and of its `.br` and `.gz` siblings. */
  file: string;
  brFile: string;
  gzFile: string;
  brotliQuality: number;
  gzipLevel: number;
  /** The hash the existing siblings were made from, when both are there: equal bytes are not compressed again. */
  upToDateHash?: string | undefined;
  /** A page: its meta tag's policy is read. */
  page: boolean;
}

export interface CompressResult {
  hash: string;
  /** A page's policy, `null` for a page without one; undefined for other files. */
  meta?: string | null;
  /** Bytes of the file and of its brotli sibling, when it was compressed. */
  compressed?: { bytes: number; brotliBytes: number };
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Both encodings of `bytes`; the same input and settings give the same bytes (gzip's header carries no time or name). */
export function compressBothSync(bytes: Uint8Array, brotliQuality: number, gzipLevel: number): { br: Buffer; gz: Buffer } {
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } });
  return { br, gz: gzipSync(bytes, { level: gzipLevel }) };
}

export function compressFile(job: CompressJob): CompressResult {
  const bytes = readFileSync(job.file);
  const hash = hashBytes(bytes);
  const result: CompressResult = { hash };
  if (job.page) {
    // Only the head is decoded: the meta tag is there, and pages are most of the bytes read.
    const headEnd = bytes.indexOf('</head>');
    result.meta = readMetaPolicy(bytes.toString('utf8', 0, headEnd === -1 ? bytes.length : headEnd + 7)) ?? null;
  }
  if (hash !== job.upToDateHash) {
    const { br, gz } = compressBothSync(bytes, job.brotliQuality, job.gzipLevel);
    writeFileSync(job.brFile, br);
    writeFileSync(job.gzFile, gz);
    result.compressed = { bytes: bytes.byteLength, brotliBytes: br.byteLength };
  }
  return result;
}
