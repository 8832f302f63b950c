import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPrecompressedSibling, parsePrecompressRecord } from '../lib/hosting/precompress.ts';
import { listFiles, type ListedFolders } from '../lib/build/list-files.ts';
import { jsonPieces, writeChunks } from '../lib/build/write-chunks.ts';
import { writeHostingOutput } from '../lib/hosting/write-output.ts';

const RECORD_FILE = 'precompressed-record.json';
/** Where the record waits while the build runs; a build that fails leaves it, and the next one deletes it. */
const PREVIOUS_RECORD_FILE = 'precompressed-record.previous.json';

/** The output files this integration keeps in step with the build itself (for `keepOutput`). */
export function isHostingOwned(file: string): boolean {
  return isPrecompressedSibling(`/${file}`);
}

/**
 * Everything a host needs beside the pages, made when the build is done (so it must be the last
 * integration: the sitemap and the cards are written in the same hook): the nginx and Caddy
 * configurations, `_headers`/`_redirects`, and the `.br`/`.gz` siblings of every compressible
 * file. Like the kept output's record, the compression record stops counting when a build
 * starts and is written again when it succeeds.
 */
export function hosting({ listed }: { listed?: ListedFolders } = {}): AstroIntegration {
  let outDir = '';
  let recordFile = '';
  let previousFile = '';
  return {
    name: 'souveraen:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        recordFile = fileURLToPath(new URL(RECORD_FILE, config.cacheDir));
        previousFile = fileURLToPath(new URL(PREVIOUS_RECORD_FILE, config.cacheDir));
      },
      'astro:build:start': () => {
        listed?.clear();
        // Set aside, not read: at archive size it is tens of MB, not to be held while the pages
        // render. A record set aside by a build that failed is never used.
        rmSync(previousFile, { force: true });
        if (existsSync(recordFile)) renameSync(recordFile, previousFile);
      },
      'astro:build:done': async ({ logger }) => {
        const previous = parsePrecompressRecord(existsSync(previousFile) ? readFileSync(previousFile, 'utf8') : undefined, outDir);
        rmSync(previousFile, { force: true });
        const files = listed ? listed.listOutput(outDir) : listFiles(outDir);
        const report = await writeHostingOutput(outDir, previous, BigInt(Date.now()) * 1_000_000n, files);
        // In pieces: at archive size the record is tens of MB of JSON.
        await writeChunks(recordFile, jsonPieces({ ...report.record }));
        if (report.pagesWithoutPolicy.length > 0) {
          logger.warn(`${report.pagesWithoutPolicy.length} pages have no CSP meta tag and get the non-page policy: ${report.pagesWithoutPolicy.slice(0, 5).join(', ')}`);
        }
        for (const problem of report.headersFileProblems) logger.warn(`_headers: ${problem}`);
        const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
        logger.info(
          `host configuration for ${report.pages} pages and ${report.redirects} redirects (${report.headerRules} rules in _headers); ` +
            `${report.compressed} of ${report.sources} files compressed (${mb(report.compressedBytes)} MB to ${mb(report.brotliBytes)} MB brotli), ` +
            `${report.sources - report.compressed} unchanged, ${report.removedSiblings} stale removed, ` +
            `in ${report.seconds.total.toFixed(1)} s (${report.read} files read and the changed ones compressed in ${report.seconds.read.toFixed(1)} s, the others unchanged since the last build)`,
        );
      },
    },
  };
}
