/**
 * A worker thread of the card pool: lays out and paints cards and writes them into the card store.
 * Node runs this file directly (type stripping), outside Vite, hence the `.ts` import paths.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { answerBatches } from '../worker-batches.ts';
import { loadFontMetrics } from './card-fonts.ts';
import { layoutCard } from './card-layout.ts';
import type { CardBatchDone, CardJob, WorkerSetup } from './card-pool.ts';
import { createCardPainter } from './paint-card.ts';

const { projectRoot, nice } = workerData as WorkerSetup;
// On Linux the nice value belongs to the thread: cards take the CPU Astro's rendering leaves idle
// instead of competing with it, so the page build is not slowed down by the cards next to it.
setPriority(nice);
const paint = createCardPainter(projectRoot);
const fonts = loadFontMetrics(projectRoot);

answerBatches<CardJob, CardBatchDone>((batch) => {
  const cpu = process.threadCpuUsage();
  for (const job of batch) {
    // Written under a temporary name first: a build stopped mid-write leaves no half card in the store.
    const partial = `${job.file}.${process.pid}.partial`;
    writeFileSync(partial, paint(layoutCard(job.content, fonts)));
    renameSync(partial, job.file);
  }
  const used = process.threadCpuUsage(cpu);
  return { done: batch.length, cpuMs: (used.user + used.system) / 1000 };
});
