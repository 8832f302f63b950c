import { runInWorkers } from '../worker-batches.ts';
import type { CardContent } from './card-layout.ts';

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
export interface CardBatchDone {
  done: number;
  cpuMs: number;
}

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
  let cpuMs = 0;
  const pool = runInWorkers<CardJob, CardBatchDone, WorkerSetup>(new URL('./card-worker.ts', import.meta.url), jobs, BATCH_SIZE, 'Open Graph card worker', (_batch, reply) => {
    cpuMs += reply.cpuMs;
  });
  const setup = (nice: number): WorkerSetup => ({ projectRoot: options.projectRoot, nice });
  const minQueued = options.minQueuedToGrow ?? MIN_QUEUED_BATCHES_TO_GROW;
  const growTo = (total: number, nice = options.nice ?? 0) => {
    while (pool.started() < total && pool.waiting() >= minQueued) if (!pool.spawn(setup(nice))) return;
  };
  for (let i = 0; i < Math.max(1, options.workers); i++) pool.spawn(setup(options.nice ?? 0));
  return { done: pool.done, growTo, cpuMs: () => cpuMs };
}
