import type { SearchFilters } from '../../lib/search/engine';
import type { ResultPage } from '../../lib/search/results';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The page side of search: starts the worker (and so the index download) only when asked,
 * and answers only the latest query so fast typing never shows stale results.
 */
export class SearchClient {
  #worker: Worker | undefined;
  #latest = 0;
  #pending = new Map<number, (page: ResultPage | undefined) => void>();
  #failed: ((message: string) => void) | undefined;

  constructor(
    private readonly indexUrl: string,
    private readonly createWorker: () => Worker,
  ) {}

  onError(listener: (message: string) => void): void {
    this.#failed = listener;
  }

  /** Idempotent: the first call starts the worker and the index fetch. */
  prepare(): void {
    if (this.#worker) return;
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.#receive(event.data));
    worker.addEventListener('error', () => this.#failed?.('worker'));
    this.#post(worker, { type: 'load', url: this.indexUrl });
    this.#worker = worker;
  }

  /**
   * Resolves with the page of results from `offset` on, or undefined when a newer query overtook
   * it. `ahead`: the query was typed letter by letter (see `ToWorker`).
   */
  search(query: string, filters: SearchFilters, offset = 0, ahead = false): Promise<ResultPage | undefined> {
    this.prepare();
    const id = ++this.#latest;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#post(this.#worker!, { type: 'query', id, query, filters, offset, ahead });
    });
  }

  /**
   * Tells the worker that the latest answer is painted, so the work it fetches ahead for the
   * next letter starts after the page's own layout and paint instead of competing with them
   * for a core. Call once the results are on screen.
   */
  shown(): void {
    if (this.#worker) this.#post(this.#worker, { type: 'shown', id: this.#latest });
  }

  #post(worker: Worker, message: ToWorker): void {
    worker.postMessage(message);
  }

  #receive(message: FromWorker): void {
    if (message.type === 'error') {
      this.#failed?.(message.message);
      return;
    }
    if (message.type !== 'results') return;
    for (const [id, resolve] of this.#pending) {
      if (id > message.id) continue;
      this.#pending.delete(id);
      resolve(id === message.id && id === this.#latest ? message.page : undefined);
    }
  }
}
