/// <reference lib="webworker" />
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import { presentResults, RESULT_LIMIT } from '../../lib/search/results';
import type { SearchManifest } from '../../lib/search/split-format';
import { createSplitStore } from '../../lib/search/split-store';
import { searchShardUrl } from '../../lib/urls';
import type { FromWorker, ToWorker } from './protocol';

/** Fetching, parsing and searching all happen here, off the main thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: Promise<SearchEngine> | undefined;
/** Id of the newest query received. */
let latest = 0;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The manifest first; the shards a query needs when it needs them. */
async function load(url: string): Promise<SearchEngine> {
  const manifest = (await fetchJson(url)) as SearchManifest;
  return createSearchEngine(createSplitStore(manifest, (file, version) => fetchJson(searchShardUrl(manifest.lang, file, version))));
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
  void engine
    .then(async (ready) => {
      // Queries typed while the index loads (or while the machine is busy) pile up; only the
      // newest is answered, the page ignores older answers anyway.
      if (message.id !== latest) return;
      const outcome = await ready.search(message.query, message.filters);
      if (message.id !== latest) return;
      const page = await presentResults(ready, outcome, RESULT_LIMIT, message.offset);
      if (message.id === latest) post({ type: 'results', id: message.id, page });
    })
    .catch((error: unknown) => post({ type: 'error', message: String(error) }));
});
