/// <reference lib="webworker" />
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import type { SearchIndexData } from '../../lib/search/index-data';
import { presentResults, RESULT_LIMIT } from '../../lib/search/results';
import type { FromWorker, ToWorker } from './protocol';

/** Fetching, parsing and searching all happen here, off the main thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: Promise<SearchEngine> | undefined;
/** Id of the newest query received. */
let latest = 0;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

async function load(url: string): Promise<SearchEngine> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return createSearchEngine((await response.json()) as SearchIndexData);
}

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    engine ??= load(message.url);
    engine.then(
      () => post({ type: 'ready' }),
      (error: unknown) => post({ type: 'error', message: String(error) }),
    );
    return;
  }
  if (!engine) {
    post({ type: 'error', message: 'query before load' });
    return;
  }
  latest = message.id;
  void engine.then((ready) => {
    // Queries typed while the index loads (or while the machine is busy) pile up; only the
    // newest is answered, the page ignores older answers anyway.
    if (message.id !== latest) return;
    post({
      type: 'results',
      id: message.id,
      page: presentResults(ready, ready.search(message.query, message.filters), RESULT_LIMIT, message.offset),
    });
  });
});
