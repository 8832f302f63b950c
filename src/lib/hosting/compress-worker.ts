/** A worker thread of the compression pool (`compress-pool.ts`): runs each batch of jobs it is sent. */
import { parentPort } from 'node:worker_threads';
import { compressFile, type CompressJob } from './compress-file.ts';
import type { CompressReply } from './compress-pool.ts';

const port = parentPort!;
port.on('message', (batch: CompressJob[]) => {
  try {
    port.postMessage({ results: batch.map(compressFile) } satisfies CompressReply);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CompressReply);
  }
});
