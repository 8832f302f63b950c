import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompressJob, CompressResult } from './compress-file';

export type CompressReply = { results: CompressResult[] } | { error: string };

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
  const batches: CompressJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH_SIZE) batches.push(jobs.slice(i, i + BATCH_SIZE));
  if (batches.length === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let settled = false;
    const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      void stop().finally(() => reject(error));
    };
    const spawn = () => {
      const worker = new Worker(new URL('./compress-worker.ts', import.meta.url));
      workers.push(worker);
      const sent: CompressJob[][] = [];
      const feed = () => {
        const batch = batches[next++];
        if (batch) {
          sent.push(batch);
          worker.postMessage(batch);
        }
      };
      worker.on('error', fail);
      worker.on('message', (reply: CompressReply) => {
        if (settled) return;
        if ('error' in reply) return fail(new Error(`compression worker failed: ${reply.error}`));
        const batch = sent.shift()!;
        try {
          reply.results.forEach((result, index) => onResult(batch[index]!, result));
        } catch (error) {
          return fail(error instanceof Error ? error : new Error(String(error)));
        }
        finished += 1;
        if (finished === batches.length) {
          settled = true;
          void stop().then(() => resolve(), reject);
        } else feed();
      });
      feed();
    };
    for (let i = 0; i < Math.max(1, workerCount) && next < batches.length; i++) spawn();
  });
}
