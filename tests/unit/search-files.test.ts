import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/config';
import { buildSearchIndex, collectSearchRows } from '../../src/lib/search/build';
import { buildSearchFiles, buildSearchFilesInWorker, SEARCH_FILES_WORKER } from '../../src/lib/search/search-files';
import { splitSearchIndex } from '../../src/lib/search/split';
import { endpointCacheKey } from '../../src/lib/cache-key';
import { benchModel } from '../../scripts/bench/page-data-corpus';
import { TOPIC_LABELS } from './search-fixtures';

const WORKER = new URL(`../../${SEARCH_FILES_WORKER}`, import.meta.url);

describe('search-index files built on a worker thread', () => {
  const model = benchModel(300);
  const rows = LANGS.map((lang) => collectSearchRows(model, lang, { topicLabels: TOPIC_LABELS }));

  it('are the files, bodies and keys of the index built and split on this thread, language by language', async () => {
    const built = await buildSearchFilesInWorker(rows, WORKER);
    expect(built).toHaveLength(LANGS.length);
    LANGS.forEach((lang, i) => {
      const files = [...splitSearchIndex(buildSearchIndex(model, lang, { topicLabels: TOPIC_LABELS })).files];
      expect(files.length).toBeGreaterThan(10);
      expect(built[i]).toEqual(files.map(([file, body]) => ({ file, body, cacheKey: endpointCacheKey({ body }) })));
      expect(built[i]).toEqual(buildSearchFiles(rows[i]!));
    });
  });

  it('fails, naming the worker and the error, when the index cannot be built', async () => {
    const broken = rows.map((row) => ({ ...row, topicLabels: {} as typeof TOPIC_LABELS }));
    await expect(buildSearchFilesInWorker(broken, WORKER)).rejects.toThrow(/the search index worker failed: TypeError/);
  });
});
