import type { SearchFilters } from '../../lib/search/engine';
import type { ResultPage } from '../../lib/search/results';

/** Messages between the page and the search worker. */
export type ToWorker =
  | { type: 'load'; url: string }
  | { type: 'query'; id: number; query: string; filters: SearchFilters; offset: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'results'; id: number; page: ResultPage }
  | { type: 'error'; message: string };
