import { isTopicId } from '../topics';
import type { SearchFilters } from './engine';

/** What the search page's address says: `?q=…&topic=…&year=2026&month=02&sort=date`. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
}

const YEAR = /^\d{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;

/** Reads the address; anything malformed is left out (a month only with a year). */
export function readSearchParams(params: URLSearchParams): SearchState {
  const topic = params.get('topic');
  const year = params.get('year') ?? '';
  const month = params.get('month') ?? '';
  return {
    query: params.get('q') ?? '',
    filters: {
      topic: isTopicId(topic) ? topic : undefined,
      year: YEAR.test(year) ? year : undefined,
      month: YEAR.test(year) && MONTH.test(month) ? month : undefined,
      sort: params.get('sort') === 'date' ? 'date' : undefined,
    },
  };
}

/** The same parameters set from a state, others kept; empty ones and the default sort left out. */
export function writeSearchParams(params: URLSearchParams, { query, filters }: SearchState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of [
    ['q', query],
    ['topic', filters.topic],
    ['year', filters.year],
    ['month', filters.year ? filters.month : undefined],
    ['sort', filters.sort === 'date' ? 'date' : undefined],
  ] as const) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}
