/** A worker thread of the compression pool (`compress-pool.ts`): runs each batch of jobs it is sent. */
import { answerBatches } from '../worker-batches.ts';
import { compressFile, type CompressJob } from './compress-file.ts';
import type { CompressDone } from './compress-pool.ts';

answerBatches<CompressJob, CompressDone>((batch) => ({ results: batch.map(compressFile) }));
