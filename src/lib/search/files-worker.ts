// Node loads this file itself (a worker thread of the build): its imports name their `.ts` files.
import { answerBatches } from '../worker-batches.ts';
import type { SearchRows } from './build.ts';
import { buildSearchFiles } from './search-files.ts';

answerBatches((batch: SearchRows[]) => ({ files: batch.map(buildSearchFiles) }));
