/** A worker thread of `listFilesInWorker`: lists the output folder it is sent. */
import { parentPort } from 'node:worker_threads';
import { listFiles } from './list-files.ts';
import type { ListJob, ListReply } from './list-files-in-worker.ts';

const port = parentPort!;
port.on('message', ([job]: ListJob[]) => {
  try {
    port.postMessage({ files: listFiles(job!.outDir, { skip: job!.skip }) } satisfies ListReply);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ListReply);
  }
});
