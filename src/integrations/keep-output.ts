import { existsSync, readFileSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mapInBatches } from '../lib/batches.ts';
import { toRecordPath } from '../lib/build/list-files.ts';
import { listFilesInWorker } from '../lib/build/list-files-in-worker.ts';
import { createOutputRecord, findFilesToClear, findOrphanPages, parseOutputRecord, type OutputRecord, type OwnedFiles } from '../lib/build/output-record.ts';

const RECORD_FILE = 'output-record.json';
const DELETE_CONCURRENCY = 64;

interface Options {
  /** Output files whose owner integration removes its stale files itself (the cards' folder, the precompressed files). */
  owned?: OwnedFiles;
}

/**
 * Keeps the previous build's pages in the output folder, so that Astro's incremental build
 * leaves unchanged pages where they are instead of copying each one back from its cache; the
 * rules that keep the output equal to a build from nothing are in `output-record.ts`. The record
 * is deleted when a build starts and written when it succeeds, so after a failed or stopped
 * build the next one starts from an empty folder.
 */
export function keepOutput({ owned = {} }: Options = {}): AstroIntegration {
  let outDir = '';
  let recordFile = '';
  let previous: OutputRecord | undefined;
  let building = false;
  let listing: Promise<string[]> | undefined;
  let listingSeconds = 0;

  return {
    name: 'souveraen:keep-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        recordFile = fileURLToPath(new URL(RECORD_FILE, config.cacheDir));
        if (!building) return;
        // Listed on a worker thread while Astro syncs the content (nothing writes to the output
        // folder before the build starts): at archive size the listing took seconds of a rebuild.
        const listingStarted = performance.now();
        previous = parseOutputRecord(existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : undefined, outDir);
        // With a record, owned folders are their owners' (the cards list theirs): not read here.
        const skip = previous ? (owned.folders ?? []).map((folder) => folder.replace(/\/$/, '')).filter((folder) => !folder.includes('/')) : [];
        listing = listFilesInWorker(outDir, { skip }).then((files) => {
          listingSeconds = (performance.now() - listingStarted) / 1000;
          return files;
        });
        // Awaited when the build starts; a sync that fails first must not leave it unhandled.
        listing.catch(() => undefined);
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        rmSync(recordFile, { force: true });
        const files = await (listing ?? Promise.reject(new Error('keep-output: the build started without astro:config:done')));
        const waited = performance.now();
        const clear = findFilesToClear(files, previous, owned);
        await deleteFiles(outDir, clear);
        removeEmptyFolders(outDir, clear);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const listed = `listed in ${listingSeconds.toFixed(1)} s beside the content sync, ${((waited - started) / 1000).toFixed(1)} s of it waited for`;
        logger.info(
          previous
            ? `kept ${files.length - clear.length} pages and owned files of the previous build (owned folders not counted), cleared ${clear.length} other files in ${seconds} s (${listed})`
            : `no record of a finished build into ${outDir}: cleared ${clear.length} files in ${seconds} s (${listed})`,
        );
      },
      'astro:build:done': async ({ assets, logger }) => {
        const pages = [...assets.values()].flat().map((url) => toRecordPath(outDir, fileURLToPath(url)));
        const orphans = findOrphanPages(previous, pages);
        await deleteFiles(outDir, orphans);
        removeEmptyFolders(outDir, orphans);
        writeFileSync(recordFile, JSON.stringify(createOutputRecord(outDir, pages)));
        if (orphans.length > 0) logger.info(`removed ${orphans.length} pages the previous build had and this one has not`);
      },
    },
  };
}


async function deleteFiles(outDir: string, files: readonly string[]): Promise<void> {
  await mapInBatches(files, DELETE_CONCURRENCY, (file) => rm(join(outDir, file), { force: true }));
}

/** The folders the deleted files were in, deepest first, so a folder emptied by its children's removal goes too. */
function removeEmptyFolders(outDir: string, deleted: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of deleted) {
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) folders.add(file.slice(0, slash));
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const path = join(outDir, folder);
    if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
  }
}
