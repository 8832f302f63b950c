import { Worker } from 'node:worker_threads';
import type { CardContent } from './card-layout';

export interface CardJob {
  /** What the card shows: the worker lays it out (text fitting) and paints it. */
  content: CardContent;
  /** Absolute path the PNG is written to. */
  file: string;
}

export interface WorkerSetup {
  projectRoot: string;
  /** Scheduling priority of the worker thread, 0 (normal) to 19 (lowest). */
  nice: number;
}

/** `cpuMs`: the worker thread's CPU time for the batch (user + system). */
export type WorkerReply = { done: number; cpuMs: number } | { error: string };

/**
 * Small enough to balance the workers, large enough that messaging costs nothing. A worker's
 * event loop turns between batches, which is when napi finalizers free Skia's pixel buffers:
 * a synchronous loop over all cards grew to gigabytes.
 */
const BATCH_SIZE = 16;
/**
 * A new worker costs about 300 MB of peak memory (Skia, fonts, its own heap) and half a second
 * to start; below 32 queued batches (about 3 s of painting) it would save too little for that.
 */
const MIN_QUEUED_BATCHES_TO_GROW = 32;

export interface CardPainting {
  /** Resolves when every card is written; rejects with the first worker's error. */
  done: Promise<void>;
  /** CPU milliseconds the workers spent on the cards so far (their threads only). */
  cpuMs(): number;
  /**
   * Adds workers (up to `total`) while many cards are queued, e.g. once Astro no longer needs its
   * core; they run at `nice` (default: the pool's), since nothing else of the build waits then.
   */
  growTo(total: number, nice?: number): void;
}

/**
 * Paints cards on worker threads, so a build renders them on the cores that Astro's single
 * rendering thread leaves idle. The first failure stops all workers.
 */
export function renderCardsInWorkers(
  jobs: readonly CardJob[],
  options: { workers: number; projectRoot: string; nice?: number; minQueuedToGrow?: number },
): CardPainting {
  const batches: CardJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH_SIZE) batches.push(jobs.slice(i, i + BATCH_SIZE));
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
  let cpuMs = 0;
  let settled = batches.length === 0;
  let resolveDone: () => void = () => undefined;
  let rejectDone: (error: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  if (settled) resolveDone();
  const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
  const fail = (error: Error) => {
    if (settled) return;
    settled = true;
    void stop().finally(() => rejectDone(error));
  };
  const feed = (worker: Worker) => {
    if (next < batches.length) worker.postMessage(batches[next++]);
  };
  const spawn = (nice: number) => {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), {
      workerData: { projectRoot: options.projectRoot, nice } satisfies WorkerSetup,
    });
    workers.push(worker);
    worker.on('error', fail);
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) return fail(new Error(`Open Graph card worker failed: ${reply.error}`));
      finished += 1;
      cpuMs += reply.cpuMs;
      if (finished === batches.length) {
        settled = true;
        void stop().then(() => resolveDone());
      } else feed(worker);
    });
    feed(worker);
  };
  const minQueued = options.minQueuedToGrow ?? MIN_QUEUED_BATCHES_TO_GROW;
  const growTo = (total: number, nice = options.nice ?? 0) => {
    while (!settled && workers.length < total && batches.length - next >= minQueued) spawn(nice);
  };
  for (let i = 0; i < Math.max(1, options.workers) && next < batches.length; i++) spawn(options.nice ?? 0);
  return { done, growTo, cpuMs: () => cpuMs };
}
