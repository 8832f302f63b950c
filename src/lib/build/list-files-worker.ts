/** A worker thread of `listFilesInWorker`: lists the output folder it is sent. */
import { answerBatches } from '../worker-batches.ts';
import { listFiles } from './list-files.ts';
import type { ListDone, ListJob } from './list-files-in-worker.ts';

answerBatches<ListJob, ListDone>(([job]) => ({ files: listFiles(job!.outDir, { skip: job!.skip }) }));
