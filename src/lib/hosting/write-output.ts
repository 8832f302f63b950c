import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInBatches } from '../batches.ts';
import { listFiles } from '../build/list-files.ts';
import { joinedLines, writeChunks } from '../build/write-chunks.ts';
import { caddySiteLines } from './caddy.ts';
import { headerRulesOf } from './header-rules.ts';
import { headerPolicyOf } from './headers.ts';
import { nginxHttpLines, renderNginxServer } from './nginx.ts';
import type { CompressJob } from './compress-file.ts';
import { compressJobs } from './compress-pool.ts';
import { brotliQualityOf, compressorId, findStaleSiblings, GZIP_LEVEL, isPrecompressSource, isUpToDate, PRECOMPRESS_RECORD_VERSION, reuseRead, siblingsOf, stampOf, type PrecompressRecord } from './precompress.ts';
import { parseRedirects, REDIRECTS_FILE, type Redirect } from './redirects.ts';
import { HOSTING_FILES, type HostingSite } from './site.ts';
import { headersFileLines, headersFileProblems, renderRedirectsFile } from './static-host.ts';

/** Stale siblings deleted at a time. */
const CONCURRENCY = 16;

export interface HostingOutputReport {
  pages: number;
  /** Pages without a policy meta tag: they get the non-page policy. */
  pagesWithoutPolicy: string[];
  /** Rules of `_headers`, and what a host with Cloudflare's limits would not read of it. */
  headerRules: number;
  headersFileProblems: string[];
  redirects: number;
  sources: number;
  /** Sources read this build; the others' stamps were unchanged since the previous record. */
  read: number;
  compressed: number;
  /** Bytes read from the sources compressed this build, and what brotli made of them. */
  compressedBytes: number;
  brotliBytes: number;
  removedSiblings: number;
  /** `read`: reading the sources and compressing the changed ones; `total`: the whole step. */
  seconds: { read: number; total: number };
  record: PrecompressRecord;
}

/**
 * After a build: reads every compressible output file whose stat stamp changed since `previous`
 * (its content hash, and a page's policy from its meta tag; the others' come from the record, so
 * a rebuild reads what it wrote, not the archive), writes the server configurations from what it
 * found, then the `.br`/`.gz` siblings of files whose bytes changed since `previous`, and removes
 * siblings whose source is gone. Returns the new record for the next build. `nowNs` is the wall
 * clock in nanoseconds when it is called (see `stampOf`).
 */
export async function writeHostingOutput(
  outDir: string,
  previous: PrecompressRecord | undefined,
  nowNs: bigint,
  listed: readonly string[] = listFiles(outDir),
): Promise<HostingOutputReport> {
  const started = performance.now();
  const files = listed.map((file) => `/${file}`);
  const present = new Set(files);
  const redirects = readRedirectsFile(outDir, present);
  const pages = new Map<string, string | null>();
  const pagesWithoutPolicy: string[] = [];
  const record: PrecompressRecord = { version: PRECOMPRESS_RECORD_VERSION, outDir, compressor: compressorId(), files: {}, stamps: {}, policies: [], metas: {}, madeAtNs: String(nowNs) };
  // Each distinct policy once (its index in the record, its header policy): pages read apart from
  // each other share one string, not 125,000 copies.
  const policies = new Map<string, { index: number; header: string }>();
  const sources = files.filter(isPrecompressSource).sort();
  let compressed = 0;
  let compressedBytes = 0;
  let brotliBytes = 0;
  let readCount = 0;
  const exists = (sibling: string) => present.has(sibling);

  // What a source's hash and policy say: the record, and each page's header policy.
  const settle = (path: string, hash: string, meta: string | null | undefined) => {
    record.files[path] = hash;
    if (!path.endsWith('.html')) return;
    if (meta == null) {
      record.metas[path] = null;
      pagesWithoutPolicy.push(path);
      pages.set(path, null);
      return;
    }
    let policy = policies.get(meta);
    if (!policy) policies.set(meta, (policy = { index: record.policies.push(meta) - 1, header: headerPolicyOf(meta) }));
    record.metas[path] = policy.index;
    pages.set(path, policy.header);
  };

  const jobs: CompressJob[] = [];
  for (const path of sources) {
    const file = join(outDir, path);
    // A stat of a file just listed is a few microseconds: not worth a worker's round trip.
    const stats = statSync(file, { bigint: true });
    const stamp = stampOf(stats);
    record.stamps[path] = stamp;
    const known = reuseRead(path, stamp, stats.ctimeNs, previous);
    if (known && isUpToDate(path, known.hash, previous, exists)) {
      settle(path, known.hash, known.meta);
      continue;
    }
    const siblings = siblingsOf(path);
    const [brFile, gzFile] = siblings.map((sibling) => join(outDir, sibling)) as [string, string];
    jobs.push({
      path,
      file,
      brFile,
      gzFile,
      brotliQuality: brotliQualityOf(path),
      gzipLevel: GZIP_LEVEL,
      upToDateHash: siblings.every(exists) ? previous?.files[path] : undefined,
      page: path.endsWith('.html'),
    });
  }
  // Read, hashed and (when its bytes changed) compressed in one go on worker threads: kept for a
  // later pass, every changed file of the archive would be in memory at once.
  await compressJobs(jobs, (job, result) => {
    readCount += 1;
    if (result.compressed) {
      compressed += 1;
      compressedBytes += result.compressed.bytes;
      brotliBytes += result.compressed.brotliBytes;
    }
    settle(job.path, result.hash, result.meta);
  });
  const read = performance.now();

  const site: HostingSite = { pages, redirects };
  const headerRules = headerRulesOf(site, files);
  // One at a time and line by line: each is written as it is made, never held whole.
  const configs: [string, () => Iterable<string>][] = [
    [HOSTING_FILES.nginxHttp, () => joinedLines(nginxHttpLines(site))],
    [HOSTING_FILES.nginxServer, () => [renderNginxServer(site)]],
    [HOSTING_FILES.caddy, () => joinedLines(caddySiteLines(site))],
    [HOSTING_FILES.headers, () => joinedLines(headersFileLines(headerRules))],
    [HOSTING_FILES.redirects, () => [renderRedirectsFile(site)]],
  ];
  for (const [file, pieces] of configs) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeChunks(join(outDir, file), pieces());
  }

  const stale = findStaleSiblings(files);
  await mapInBatches(stale, CONCURRENCY, (file) => rm(join(outDir, file), { force: true }));

  return {
    pages: pages.size,
    pagesWithoutPolicy: pagesWithoutPolicy.sort(),
    headerRules: headerRules.length,
    headersFileProblems: headersFileProblems(headerRules),
    redirects: redirects.length,
    sources: sources.length,
    read: readCount,
    compressed,
    compressedBytes,
    brotliBytes,
    removedSiblings: stale.length,
    seconds: { read: (read - started) / 1000, total: (performance.now() - started) / 1000 },
    record,
  };
}

/** The aliases' redirects, when the build wrote them (`redirects.json` at the root). */
function readRedirectsFile(outDir: string, present: ReadonlySet<string>): Redirect[] {
  const file = join(outDir, REDIRECTS_FILE);
  if (!present.has(`/${REDIRECTS_FILE}`) || !existsSync(file)) return [];
  return parseRedirects(readFileSync(file, 'utf8'), file);
}
