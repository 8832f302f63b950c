import { endpointCacheKey } from '../cache-key.ts';
import { runInWorkers } from '../worker-batches.ts';
import { indexSearchRows, type SearchRows } from './build.ts';
import { splitSearchIndex } from './split.ts';

/** One file of a language's split search index, with the key Astro reuses it by. */
export interface SearchFile {
  file: string;
  body: string;
  cacheKey: string;
}

/** The worker that builds them (`buildSearchFilesInWorker`), relative to the project's root. */
export const SEARCH_FILES_WORKER = 'src/lib/search/files-worker.ts';

/** A language's index built from its rows and split into its files. */
export function buildSearchFiles(rows: SearchRows): SearchFile[] {
  // An edit changes a few of a language's files: the others keep their keys and are left as they are.
  return [...splitSearchIndex(indexSearchRows(rows)).files].map(([file, body]) => ({ file, body, cacheKey: endpointCacheKey({ body }) }));
}

/**
 * `buildSearchFiles` for each language's rows, on one worker thread (`worker`, the file
 * `SEARCH_FILES_WORKER` names), so the thread that sent them can do other work meanwhile.
 * The rows are copied to the worker when this is called.
 */
export function buildSearchFilesInWorker(rows: readonly SearchRows[], worker: URL): Promise<SearchFile[][]> {
  const built: SearchFile[][] = [];
  const pool = runInWorkers<SearchRows, { files: SearchFile[][] }, undefined>(worker, rows, rows.length, 'the search index worker', (_batch, reply) => {
    built.push(...reply.files);
  });
  pool.spawn(undefined);
  return pool.done.then(() => built);
}
