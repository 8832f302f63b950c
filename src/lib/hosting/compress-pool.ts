import { availableParallelism } from 'node:os';
import { runInWorkers } from '../worker-batches.ts';
import { compressFile, type CompressJob, type CompressResult } from './compress-file.ts';

export interface CompressDone {
  results: CompressResult[];
}

/**
 * Up to this many jobs run on the calling thread: the files a rebuild after one edit reads again
 * take less time there than starting the worker threads would.
 */
const INLINE_JOBS = 128;

/** Enough jobs per message that messaging costs nothing, few enough that the workers stay balanced. */
const BATCH_SIZE = 32;

/**
 * One worker more than the cores: each waits for the disk part of the time (BENCHMARKS.md,
 * "Archive scale", sixth pass). Compressing on the build's own thread through zlib's asynchronous
 * calls cost that thread as much again in stream bookkeeping and garbage collection of a large heap.
 */
function defaultCompressWorkers(): number {
  return availableParallelism() + 1;
}

/**
 * Runs `jobs` on worker threads and hands each result to `onResult` on this thread, in the
 * order the batches finish. Rejects with the first worker's error, after stopping them all.
 */
export function compressInWorkers(
  jobs: readonly CompressJob[],
  onResult: (job: CompressJob, result: CompressResult) => void,
  workerCount = defaultCompressWorkers(),
): Promise<void> {
  const pool = runInWorkers<CompressJob, CompressDone, undefined>(new URL('./compress-worker.ts', import.meta.url), jobs, BATCH_SIZE, 'compression worker', (batch, reply) =>
    reply.results.forEach((result, index) => onResult(batch[index]!, result)),
  );
  for (let i = 0; i < Math.max(1, workerCount); i++) pool.spawn(undefined);
  return pool.done;
}

/** Runs `jobs`: up to `INLINE_JOBS` on this thread, more on worker threads (`compressInWorkers`). */
export async function compressJobs(jobs: readonly CompressJob[], onResult: (job: CompressJob, result: CompressResult) => void): Promise<void> {
  if (jobs.length > INLINE_JOBS) return compressInWorkers(jobs, onResult);
  for (const job of jobs) onResult(job, compressFile(job));
}
