import { runInWorkers } from '../worker-batches.ts';

export interface ListJob {
  outDir: string;
  skip: readonly string[];
}
export interface ListDone {
  files: string[];
}

/**
 * `listFiles` on a worker thread, so that listing a large archive's output (hundreds of
 * thousands of files) runs beside whatever this thread does meanwhile, e.g. Astro's content sync.
 */
export async function listFilesInWorker(outDir: string, { skip = [] }: { skip?: readonly string[] } = {}): Promise<string[]> {
  let files: string[] = [];
  const pool = runInWorkers<ListJob, ListDone, undefined>(new URL('./list-files-worker.ts', import.meta.url), [{ outDir, skip }], 1, 'output listing worker', (_batch, reply) => {
    files = reply.files;
  });
  pool.spawn(undefined);
  await pool.done;
  return files;
}
