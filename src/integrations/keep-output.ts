import { existsSync, readFileSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mapInBatches } from '../lib/batches';
import { listFiles, toRecordPath } from '../lib/build/list-files';
import { createOutputRecord, findFilesToClear, findOrphanPages, parseOutputRecord, type OutputRecord, type OwnedFiles } from '../lib/build/output-record';

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

  return {
    name: 'souveraen:keep-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        recordFile = fileURLToPath(new URL(RECORD_FILE, config.cacheDir));
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        previous = parseOutputRecord(existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : undefined, outDir);
        rmSync(recordFile, { force: true });
        // With a record, owned folders are their owners' (the cards list theirs): not read here.
        const skip = previous ? (owned.folders ?? []).map((folder) => folder.replace(/\/$/, '')).filter((folder) => !folder.includes('/')) : [];
        const files = listFiles(outDir, { skip });
        const clear = findFilesToClear(files, previous, owned);
        await deleteFiles(outDir, clear);
        removeEmptyFolders(outDir, clear);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          previous
            ? `kept ${files.length - clear.length} pages and owned files of the previous build (owned folders not counted), cleared ${clear.length} other files in ${seconds} s`
            : `no record of a finished build into ${outDir}: cleared ${clear.length} files in ${seconds} s`,
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
