import { parentPort, Worker } from 'node:worker_threads';

/** What a batch worker posts back for each batch: its reply, or the error that stopped it. */
export type BatchReply<R> = R | { error: string };

export interface WorkerBatches<D> {
  /** Resolves when every batch is answered; rejects with the first error, after stopping the workers. */
  done: Promise<void>;
  /** Starts one more worker (with `data` as its `workerData`) if batches wait to be sent; whether it did. */
  spawn(data: D): boolean;
  /** Workers started so far. */
  started(): number;
  /** Batches not yet sent to a worker. */
  waiting(): number;
}

/**
 * Sends `jobs`, `batchSize` at a time, to worker threads running `url`, the next batch to
 * whichever worker answers, and hands each answer with its batch to `onReply` on this thread. The
 * first error, a worker's or `onReply`'s, stops them all. `what` names the workers in errors.
 */
export function runInWorkers<J, R extends object, D>(
  url: URL,
  jobs: readonly J[],
  batchSize: number,
  what: string,
  onReply: (batch: readonly J[], reply: R) => void,
): WorkerBatches<D> {
  const batches: (readonly J[])[] = [];
  for (let i = 0; i < jobs.length; i += batchSize) batches.push(jobs.slice(i, i + batchSize));
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
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
  const spawn = (data: D): boolean => {
    if (settled || next >= batches.length) return false;
    const worker = new Worker(url, { workerData: data });
    workers.push(worker);
    const sent: (readonly J[])[] = [];
    const feed = () => {
      const batch = batches[next++];
      if (!batch) return;
      sent.push(batch);
      worker.postMessage(batch);
    };
    worker.on('error', fail);
    worker.on('message', (reply: BatchReply<R>) => {
      if (settled) return;
      if ('error' in reply) return fail(new Error(`${what} failed: ${String(reply.error)}`));
      try {
        onReply(sent.shift()!, reply);
      } catch (error) {
        return fail(error instanceof Error ? error : new Error(String(error)));
      }
      finished += 1;
      if (finished === batches.length) {
        settled = true;
        void stop().then(() => resolveDone(), rejectDone);
      } else feed();
    });
    feed();
    return true;
  };
  return { done, spawn, started: () => workers.length, waiting: () => batches.length - next };
}

/**
 * The worker's side of `runInWorkers`, for the file it runs: answers each batch with `handle`'s
 * reply, or with the error (its stack) that stopped it, which fails the pool.
 */
export function answerBatches<J, R extends object>(handle: (batch: J[]) => R): void {
  const port = parentPort;
  if (!port) throw new Error('answerBatches runs in a worker thread');
  port.on('message', (batch: J[]) => {
    let reply: BatchReply<R>;
    try {
      reply = handle(batch);
    } catch (error) {
      reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
