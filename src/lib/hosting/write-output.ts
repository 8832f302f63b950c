import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInBatches } from '../batches';
import { listFiles } from '../build/list-files';
import { renderCaddySite } from './caddy';
import { headerPolicyOf, NON_PAGE_POLICY } from './headers';
import { renderNginxHttp, renderNginxServer } from './nginx';
import { readMetaPolicy } from './page-policy';
import { compressBoth, compressorId, findStaleSiblings, hashBytes, isPrecompressSource, isUpToDate, PRECOMPRESS_RECORD_VERSION, siblingsOf, type PrecompressRecord } from './precompress';
import { parseRedirects, REDIRECTS_FILE, type Redirect } from './redirects';
import { HOSTING_FILES, type HostingSite } from './site';
import { renderHeadersFile, renderRedirectsFile } from './static-host';

/** Files read and compressed at a time: enough to keep libuv's four threads busy. */
const CONCURRENCY = 16;

export interface HostingOutputReport {
  pages: number;
  /** Pages without a policy meta tag: they get the non-page policy. */
  pagesWithoutPolicy: string[];
  redirects: number;
  sources: number;
  compressed: number;
  /** Bytes read from the sources compressed this build, and what brotli made of them. */
  compressedBytes: number;
  brotliBytes: number;
  removedSiblings: number;
  seconds: { read: number; total: number };
  record: PrecompressRecord;
}

/**
 * After a build: reads every compressible output file once (its content hash, and a page's
 * policy from its meta tag), writes the server configurations from what it found, then the
 * `.br`/`.gz` siblings of files whose bytes changed since `previous`, and removes siblings
 * whose source is gone. Returns the new record for the next build.
 */
export async function writeHostingOutput(outDir: string, previous: PrecompressRecord | undefined): Promise<HostingOutputReport> {
  const started = performance.now();
  const files = listFiles(outDir).map((file) => `/${file}`);
  const present = new Set(files);
  const redirects = readRedirectsFile(outDir, present);
  const pages = new Map<string, string>();
  const pagesWithoutPolicy: string[] = [];
  const record: PrecompressRecord = { version: PRECOMPRESS_RECORD_VERSION, outDir, compressor: compressorId(), files: {} };
  const sources = files.filter(isPrecompressSource).sort();
  const changed: { path: string; bytes: Buffer }[] = [];

  await mapInBatches(sources, CONCURRENCY, async (path) => {
    const bytes = await readFile(join(outDir, path));
    const hash = hashBytes(bytes);
    record.files[path] = hash;
    if (path.endsWith('.html')) {
      // Only the head is decoded: the meta tag is there, and pages are most of the bytes read.
      const headEnd = bytes.indexOf('</head>');
      const meta = readMetaPolicy(bytes.toString('utf8', 0, headEnd === -1 ? bytes.length : headEnd + 7));
      if (meta === undefined) pagesWithoutPolicy.push(path);
      pages.set(path, meta === undefined ? NON_PAGE_POLICY : headerPolicyOf(meta));
    }
    if (!isUpToDate(path, hash, previous, (sibling) => present.has(sibling))) changed.push({ path, bytes });
  });
  const read = performance.now();

  const site: HostingSite = { pages, redirects };
  const configs: [string, string][] = [
    [HOSTING_FILES.nginxHttp, renderNginxHttp(site)],
    [HOSTING_FILES.nginxServer, renderNginxServer(site)],
    [HOSTING_FILES.caddy, renderCaddySite(site)],
    [HOSTING_FILES.headers, renderHeadersFile(site, files)],
    [HOSTING_FILES.redirects, renderRedirectsFile(site)],
  ];
  for (const [file, text] of configs) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), text);
  }

  let compressedBytes = 0;
  let brotliBytes = 0;
  await mapInBatches(changed, CONCURRENCY, async ({ path, bytes }) => {
    const { br, gz } = await compressBoth(path, bytes);
    const [brFile, gzFile] = siblingsOf(path).map((sibling) => join(outDir, sibling));
    await Promise.all([writeFile(brFile!, br), writeFile(gzFile!, gz)]);
    compressedBytes += bytes.byteLength;
    brotliBytes += br.byteLength;
  });
  const stale = findStaleSiblings(files);
  await mapInBatches(stale, CONCURRENCY, (file) => rm(join(outDir, file), { force: true }));

  return {
    pages: pages.size,
    pagesWithoutPolicy: pagesWithoutPolicy.sort(),
    redirects: redirects.length,
    sources: sources.length,
    compressed: changed.length,
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
