import { constants } from 'node:zlib';
import { ENCODINGS, isCompressible, isPrecompressed } from './file-types.ts';
import { HASHED_ASSET_PREFIX } from './headers.ts';
import { isHostOnly } from './site.ts';

/**
 * The `.br` and `.gz` files beside every compressible output file, for servers that send a
 * precompressed file instead of compressing each response (nginx `brotli_static`/`gzip_static`,
 * Caddy `precompressed`). A record in the cache folder names each source file's content hash, so
 * a rebuild compresses only files whose bytes changed.
 */
export const PRECOMPRESS_RECORD_VERSION = 3;

/**
 * Brotli's top quality costs about 40 times the time of quality 6 for 7 % less (BENCHMARKS.md,
 * "Precompression"): worth it for the hashed assets, compressed once per content, not for
 * thousands of pages on every publish.
 */
export function brotliQualityOf(path: string): number {
  return path.startsWith(HASHED_ASSET_PREFIX) ? constants.BROTLI_MAX_QUALITY : 6;
}
export const GZIP_LEVEL = 9;

/** Changes when the compressors or their settings do, so that every file is compressed again. */
export function compressorId(): string {
  return `brotli ${process.versions.brotli ?? '?'} q${brotliQualityOf('/')}/${constants.BROTLI_MAX_QUALITY}; zlib ${process.versions.zlib} l${GZIP_LEVEL}`;
}

export interface PrecompressRecord {
  version: typeof PRECOMPRESS_RECORD_VERSION;
  outDir: string;
  compressor: string;
  /** Site path of each compressed source file → SHA-256 of its bytes when its siblings were written. */
  files: Record<string, string>;
  /** Site path → its stat stamp when it was read (`stampOf`): an unchanged stamp spares reading the file again. */
  stamps: Record<string, string>;
  /** Each distinct policy meta tag's content once: most pages share one. */
  policies: string[];
  /** Page path → the index in `policies` of the meta tag's content it was read with (null: the page has none). */
  metas: Record<string, number | null>;
  /** Wall-clock nanoseconds (as a decimal string) when the record's build started to read the files. */
  madeAtNs: string;
}

/**
 * Size, inode, modification and change time in nanoseconds. A rewrite in place changes the
 * change time (no program can set it), a replacement the inode. The kernel's clock for these
 * ticks in milliseconds, so a stamp is trusted only when its change time lies clearly before the
 * record was made (as git does with its index): a file rewritten in the tick it was read in
 * might otherwise keep its stamp.
 */
export function stampOf(stats: { size: bigint; ino: bigint; mtimeNs: bigint; ctimeNs: bigint }): string {
  return `${stats.size}:${stats.ino}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** Change times this close to the moment the record was made count as possibly rewritten since. */
export const RACY_MARGIN_NS = 2_000_000_000n;

/**
 * What the previous build read from a file whose stamp has not changed since (its hash, and a
 * page's policy meta tag), or undefined when the file must be read.
 */
export function reuseRead(path: string, stamp: string, ctimeNs: bigint, record: PrecompressRecord | undefined): { hash: string; meta: string | null | undefined } | undefined {
  if (!record || record.stamps[path] !== stamp || ctimeNs >= BigInt(record.madeAtNs) - RACY_MARGIN_NS) return undefined;
  const hash = record.files[path];
  if (hash === undefined) return undefined;
  if (!path.endsWith('.html')) return { hash, meta: undefined };
  if (!Object.hasOwn(record.metas, path)) return undefined;
  const index = record.metas[path]!;
  if (index === null) return { hash, meta: null };
  const meta = record.policies[index];
  return typeof meta === 'string' ? { hash, meta } : undefined;
}

/** A record of this output folder and these compressors, or undefined (then everything is compressed). */
export function parsePrecompressRecord(text: string | undefined, outDir: string, compressor = compressorId()): PrecompressRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<PrecompressRecord>;
    if (value.version !== PRECOMPRESS_RECORD_VERSION || value.outDir !== outDir || value.compressor !== compressor) return undefined;
    if (!isObject(value.files) || !isObject(value.stamps) || !isObject(value.metas) || !Array.isArray(value.policies) || typeof value.madeAtNs !== 'string' || !/^\d+$/.test(value.madeAtNs)) return undefined;
    return value as PrecompressRecord;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Output files (site paths) that get compressed siblings. */
export function isPrecompressSource(path: string): boolean {
  return isCompressible(path) && !isPrecompressed(path) && !isHostOnly(path);
}

export function siblingsOf(path: string): string[] {
  return ENCODINGS.map(({ suffix }) => `${path}${suffix}`);
}

/** The source a sibling was made from (`/a.html` for `/a.html.br`); undefined for other files, e.g. a shipped `.tar.gz`. */
export function sourceOfSibling(path: string): string | undefined {
  const encoding = ENCODINGS.find(({ suffix }) => path.endsWith(suffix));
  const source = encoding && path.slice(0, -encoding.suffix.length);
  return source !== undefined && isPrecompressSource(source) ? source : undefined;
}

export function isPrecompressedSibling(path: string): boolean {
  return sourceOfSibling(path) !== undefined;
}

/** Siblings to delete: those whose source is gone (a removed page's `index.html.br`). */
export function findStaleSiblings(files: readonly string[]): string[] {
  const present = new Set(files);
  return files.filter((file) => {
    const source = sourceOfSibling(file);
    return source !== undefined && !present.has(source);
  });
}

/** Whether a source's siblings are up to date: same bytes as when they were written, and both there. */
export function isUpToDate(path: string, hash: string, record: PrecompressRecord | undefined, exists: (path: string) => boolean): boolean {
  return record?.files[path] === hash && siblingsOf(path).every(exists);
}
