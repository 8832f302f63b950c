import type { SearchFilters } from '../../lib/search/engine';
import type { ResultPage } from '../../lib/search/results';

/** Messages between the page and the search worker. */
export type ToWorker =
  | { type: 'load'; url: string }
  /** `ahead`: the reader is typing letter by letter, so the likely next query is fetched ahead. */
  | { type: 'query'; id: number; query: string; filters: SearchFilters; offset: number; ahead: boolean }
  /** The answer to query `id` is on screen: work fetched ahead for it may start now. */
  | { type: 'shown'; id: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'results'; id: number; page: ResultPage }
  | { type: 'error'; message: string };
