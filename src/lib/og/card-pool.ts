import { Worker } from 'node:worker_threads';
import type { CardLayout } from './card-layout';

export interface CardJob {
  layout: CardLayout;
  /** Absolute path the PNG is written to. */
  file: string;
}

export interface WorkerSetup {
  projectRoot: string;
  /** Scheduling priority of the worker thread, 0 (normal) to 19 (lowest). */
  nice: number;
}

export type WorkerReply = { done: number } | { error: string };

/**
 * Small enough to balance the workers, large enough that messaging costs nothing. A worker's
 * event loop turns between batches, which is when napi finalizers free Skia's pixel buffers:
 * a synchronous loop over all cards grew to gigabytes.
 */
const BATCH_SIZE = 16;

/**
 * Paints cards on worker threads, so a build renders them on the cores that Astro's single
 * rendering thread leaves idle. Resolves when every card is written; the first failure stops
 * all workers and rejects with the worker's error.
 */
export function renderCardsInWorkers(jobs: readonly CardJob[], options: { workers: number; projectRoot: string; nice?: number }): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const batches: CardJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH_SIZE) batches.push(jobs.slice(i, i + BATCH_SIZE));
  const count = Math.max(1, Math.min(options.workers, batches.length));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => reject(error));
    };
    const feed = (worker: Worker) => {
      if (next < batches.length) worker.postMessage(batches[next++]);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./card-worker.ts', import.meta.url), {
        workerData: { projectRoot: options.projectRoot, nice: options.nice ?? 0 } satisfies WorkerSetup,
      });
      workers.push(worker);
      worker.on('error', fail);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return fail(new Error(`Open Graph card worker failed: ${reply.error}`));
        finished += 1;
        if (finished === batches.length) void stop().then(() => resolve());
        else feed(worker);
      });
      feed(worker);
    }
  });
}
