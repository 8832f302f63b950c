/// <reference lib="webworker" />
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import { unpackNumbers } from '../../lib/search/index-data';
import { fetchAhead } from '../../lib/search/predict';
import { presentResults } from '../../lib/search/results';
import type { SearchManifest } from '../../lib/search/split-format';
import { createSplitStore } from '../../lib/search/split-store';
import { searchShardUrl } from '../../lib/urls';
import type { FromWorker, ToWorker } from './protocol';

/** Fetching, parsing and searching all happen here, off the main thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: Promise<Loaded> | undefined;

interface Loaded {
  engine: SearchEngine;
  /** Stories per vocabulary word, for guessing the next letter typed. */
  storyCounts: number[];
}
/** Id of the newest query received. */
let latest = 0;
/**
 * Id of the query whose likely next letter is being fetched ahead: while it is still the newest,
 * the fetches are guesses and go at low priority, so the query typed next, if the guess was
 * wrong, gets the connections first.
 */
let aheadOf = 0;
/** The query whose answer waits to be on screen before its fetching ahead starts. */
let waitingToBeShown: { id: number; shown: () => void } | undefined;

/** Resolves once the page says query `id`'s answer is painted, or a newer query arrives. */
function whenShown(id: number): Promise<void> {
  waitingToBeShown?.shown();
  return new Promise((resolve) => {
    waitingToBeShown = { id, shown: resolve };
  });
}

function release(id?: number): void {
  if (!waitingToBeShown || (id !== undefined && waitingToBeShown.id !== id)) return;
  waitingToBeShown.shown();
  waitingToBeShown = undefined;
}

function post(message: FromWorker): void {
  scope.postMessage(message);
}

async function fetchJson(url: string, priority: RequestPriority = 'auto'): Promise<unknown> {
  const response = await fetch(url, { priority });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The manifest first; the shards a query needs when it needs them. */
async function load(url: string): Promise<Loaded> {
  const manifest = (await fetchJson(url)) as SearchManifest;
  const fetchShard = (file: string, version?: string) =>
    fetchJson(searchShardUrl(manifest.lang, file, version), aheadOf === latest ? 'low' : 'auto');
  return {
    engine: createSearchEngine(createSplitStore(manifest, fetchShard)),
    storyCounts: unpackNumbers(manifest.storyCounts),
  };
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
  if (message.type === 'shown') {
    release(message.id);
    return;
  }
  if (!engine) {
    post({ type: 'error', message: 'query before load' });
    return;
  }
  latest = message.id;
  release();
  void engine
    .then(async ({ engine: ready, storyCounts }) => {
      // Queries typed while the index loads (or while the machine is busy) pile up; only the
      // newest is answered, the page ignores older answers anyway.
      if (message.id !== latest) return;
      const outcome = await ready.search(message.query, message.filters);
      if (message.id !== latest) return;
      const page = await presentResults(ready, outcome, { offset: message.offset, query: message.query });
      if (message.id !== latest) return;
      // While the reader types letter by letter, the next letter's files are fetched in the
      // pause before it (a pasted query fetches only what it needs), once the page has painted
      // this answer: on two cores, parsing them beside its layout and paint made those wait.
      const shown = message.ahead ? whenShown(message.id) : undefined;
      post({ type: 'results', id: message.id, page });
      if (!shown) return;
      await shown;
      if (message.id !== latest) return;
      aheadOf = message.id;
      await fetchAhead(ready, storyCounts, message.query, message.filters, () => message.id === latest);
    })
    .catch((error: unknown) => post({ type: 'error', message: String(error) }));
});
