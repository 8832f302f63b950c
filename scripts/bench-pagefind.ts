/**
 * Our search and Pagefind side by side (issue 18) on the search bench's synthetic corpus, in one
 * run: see COMPARE_USAGE. Logic in scripts/lib/pagefind-bench.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../src/i18n/config';
import { buildSearchIndex } from '../src/lib/search/build';
import { splitSearchIndex } from '../src/lib/search/split';
import { searchTopicLabels } from '../src/lib/search/topic-labels';
import type { SiteModel } from '../src/lib/site';
import { searchIndexUrl, searchShardUrl } from '../src/lib/urls';
import { launchBrowser } from '../tests/e2e/harness';
import { serveCountingBrotli, type CountingServer } from './lib/brotli-server';
import { exitWithUsageIfAsked } from './lib/cli';
import {
  BENCH_QUERIES,
  CONTROL_QUERIES,
  bundleStatsFor,
  COMPARE_USAGE,
  listFiles,
  measureFirst,
  medianRun,
  PAGEFIND_PAGE,
  parseCompareArgs,
  renderCompareSection,
  renderPagefindPage,
  replaceCompareSection,
  syntheticModel,
  writeStoryPages,
  type CompareOptions,
  type SearchTool,
  type ToolRun,
} from './lib/pagefind-bench';

const lang = 'de';
const dist = join(process.cwd(), 'dist');
const benchmarks = join(process.cwd(), 'BENCHMARKS.md');

function readOptions(): CompareOptions {
  exitWithUsageIfAsked(COMPARE_USAGE);
  try {
    return parseCompareArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${COMPARE_USAGE}`);
    process.exit(2);
  }
}

const options = readOptions();
if (options.tools.includes('ours') && !existsSync(join(dist, searchIndexUrl(lang)))) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}

const topicLabels = searchTopicLabels();

interface Prepared {
  server: CountingServer;
  run: Omit<ToolRun, 'queries'>;
  cleanup: () => void;
}

/**
 * Our search: the real search page from dist/ with the synthetic split index (manifest and
 * shards, `splitSearchIndex`) swapped in at the URLs the page fetches.
 */
async function prepareOurs(model: SiteModel, stories: number): Promise<Prepared> {
  const started = performance.now();
  const split = Object.fromEntries(LANGS.map((l) => [l, splitSearchIndex(buildSearchIndex(model, l, { topicLabels })).files]));
  const indexSeconds = (performance.now() - started) / 1000;
  const files = split[lang]!;
  const server = await serveCountingBrotli(dist, new Map([...files].map(([name, json]) => [searchShardUrl(lang, name), json])));
  const indexBytes = [...files.values()].reduce((sum, json) => sum + Buffer.byteLength(json), 0);
  const outputFiles = LANGS.reduce((sum, l) => sum + split[l]!.size, 0);
  return { server, run: { tool: 'ours', stories, indexSeconds, indexFiles: files.size, indexBytes, outputFiles }, cleanup: () => undefined };
}

/** Pagefind: the stories as HTML pages in a temporary folder, indexed by Pagefind's Node API. */
async function preparePagefind(model: SiteModel, stories: number): Promise<Prepared> {
  const root = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  try {
    const pages = writeStoryPages(root, model, topicLabels);
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: root });
    if (added.errors.length > 0 || added.page_count !== pages) {
      throw new Error(`Pagefind indexed ${added.page_count} of ${pages} pages: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const indexSeconds = (performance.now() - started) / 1000;
    await pagefind.close();
    const files = listFiles(join(root, 'pagefind'));
    const own = bundleStatsFor(files, lang);
    mkdirSync(join(root, PAGEFIND_PAGE), { recursive: true });
    writeFileSync(join(root, PAGEFIND_PAGE, 'index.html'), renderPagefindPage(lang));
    const server = await serveCountingBrotli(root);
    return {
      server,
      run: { tool: 'pagefind', stories, indexSeconds, indexFiles: own.files, indexBytes: own.bytes, outputFiles: files.length },
      cleanup: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

const PREPARE: Record<SearchTool, (model: SiteModel, stories: number) => Promise<Prepared>> = { ours: prepareOurs, pagefind: preparePagefind };

const loadBefore = loadavg();
const pagefindVersion = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
const browser = await launchBrowser();
const chromium = `Chromium ${browser.version()}`;
const runs: ToolRun[] = [];

/** Writes what is measured so far, so a long run that fails at 50,000 keeps its smaller sizes. */
function record(): string {
  const done = [...new Set(runs.map((run) => run.stories))];
  const section = renderCompareSection(runs, {
    date: new Date().toISOString().slice(0, 10),
    chromium,
    pagefind: `Pagefind ${pagefindVersion}`,
    cores: cpus().length,
    loadBefore,
    loadAfter: loadavg(),
    runs: options.runs,
    command: `npm run bench:pagefind -- --sizes ${done.join(',')} --tools ${options.tools.join(',')} --runs ${options.runs}`,
  });
  writeFileSync(benchmarks, replaceCompareSection(existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : '# Benchmarks\n', section));
  return section;
}

let failed = false;
try {
  for (const stories of options.sizes) {
    const model = syntheticModel(stories);
    for (const tool of options.tools) {
      const prepared = await PREPARE[tool](model, stories);
      try {
        const queries = [];
        for (const query of [...BENCH_QUERIES, ...CONTROL_QUERIES]) {
          // An untimed run first: the server compresses each file once, on its first request.
          await measureFirst(browser, prepared.server, tool, lang, query);
          const firsts = [];
          for (let run = 0; run < options.runs; run++) firsts.push(await measureFirst(browser, prepared.server, tool, lang, query));
          queries.push({ query, first: medianRun(firsts) });
        }
        runs.push({ ...prepared.run, queries });
        console.error(`measured: ${tool} at ${stories} stories per language (indexing ${prepared.run.indexSeconds.toFixed(1)} s)`);
      } finally {
        await prepared.server.close();
        prepared.cleanup();
      }
    }
    record();
    console.error(`recorded in BENCHMARKS.md up to ${stories} stories per language`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
}
if (runs.length > 0) console.log(record());
process.exit(failed ? 1 : 0);
