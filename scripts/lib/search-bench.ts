import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../../src/i18n/config';
import { buildSearchIndex, type TopicLabels } from '../../src/lib/search/build';
import { createSearchEngine } from '../../src/lib/search/engine';
import { splitSearchIndex, type SplitIndex } from '../../src/lib/search/split';
import type { SearchIndexData } from '../../src/lib/search/index-data';
import { presentResults } from '../../src/lib/search/results';
import { MANIFEST_FILE, type SearchManifest } from '../../src/lib/search/split-format';
import { createSplitStore } from '../../src/lib/search/split-store';
import { buildSiteModel } from '../../src/lib/site';
import { searchShardUrl, searchUrl } from '../../src/lib/urls';
import { replaceMarkedSection } from './benchmarks-section';
import { createActors, createRandom, createStories } from './synthetic-stories';

/** Logic of `npm run bench:search`: synthetic index, sizes, and timings in real Chromium. */

export interface SizeReport {
  raw: number;
  gzip: number;
  brotli: number;
}

export function measureSize(json: string): SizeReport {
  const bytes = Buffer.from(json);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The synthetic corpus's index, split as the build splits it (`splitSearchIndex`). */
export function syntheticSplit(storiesPerLang: number, topicLabels: TopicLabels, lang: Lang = 'de'): SplitIndex {
  return splitSearchIndex(syntheticIndex(storiesPerLang, topicLabels, lang));
}

export function syntheticIndex(storiesPerLang: number, topicLabels: TopicLabels, lang: Lang = 'de'): SearchIndexData {
  const actors = createActors(createRandom(7), 30);
  const stories = createStories(20260218, storiesPerLang, actors);
  const model = buildSiteModel(stories, actors, { today: '2030-01-01', includeUnpublished: false });
  return buildSearchIndex(model, lang, { topicLabels });
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function brotli(text: string | Buffer): Buffer {
  return brotliCompressSync(typeof text === 'string' ? Buffer.from(text) : text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

/** Brotli (quality 11) sizes of a split index: the manifest and all files together. */
export function measureSplit(compressed: ReadonlyMap<string, Buffer>): { files: number; manifest: number; total: number } {
  let total = 0;
  for (const bytes of compressed.values()) total += bytes.length;
  return { files: compressed.size, manifest: compressed.get(MANIFEST_FILE)?.length ?? 0, total };
}

export function compressSplit(files: ReadonlyMap<string, string>): Map<string, Buffer> {
  return new Map([...files].map(([name, json]) => [name, brotli(json)]));
}

export interface BenchServer {
  origin: string;
  /** Search index bytes (brotli) and files served since the last `resetServed`. */
  served(): { bytes: number; files: number };
  resetServed(): void;
  close(): Promise<void>;
}

/**
 * Serves dist/ like a static host, with one language's split search index swapped in,
 * brotli-compressed (quality 11) as the hosting integration precompresses it.
 */
export async function serveWithSplitIndex(root: string, lang: Lang, compressed: ReadonlyMap<string, Buffer>): Promise<BenchServer> {
  const byPath = new Map([...compressed].map(([name, bytes]) => [searchShardUrl(lang, name), bytes]));
  const folder = searchShardUrl(lang, MANIFEST_FILE).replace(/[^/]*$/, '');
  let served = { bytes: 0, files: 0 };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(folder)) {
      const bytes = byPath.get(url.pathname);
      if (!bytes) return void res.writeHead(404).end();
      served = { bytes: served.bytes + bytes.length, files: served.files + 1 };
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'content-encoding': 'br' });
      res.end(bytes);
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(join(path, 'index.html'))) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served: () => served,
    resetServed: () => void (served = { bytes: 0, files: 0 }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs in the page before its scripts: records input times, render times and long tasks. */
function instrument(): void {
  const state = { inputs: new Map<string, number>(), latencies: [] as number[], renders: [] as number[], longTasks: [] as number[], totals: [] as number[] };
  (window as unknown as { __bench: typeof state }).__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('input', (event) => state.inputs.set((event.target as HTMLInputElement).value, performance.now()), true);
  document.addEventListener(
    'search-rendered',
    (event) => {
      const { query, total } = (event as CustomEvent<{ query: string; total: number }>).detail;
      const started = state.inputs.get(query);
      // The next animation frame is when the results reach the screen.
      requestAnimationFrame(() => {
        const shown = performance.now();
        state.renders.push(shown);
        if (started !== undefined) {
          state.latencies.push(shown - started);
          state.totals.push(total);
        }
      });
    },
    true,
  );
}

type BenchState = { latencies: number[]; renders: number[]; longTasks: number[]; totals: number[] };

async function benchState(page: Page): Promise<BenchState> {
  return page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
}

/**
 * Milliseconds from the first input (index not yet fetched) to the first results on screen.
 * The whole query arrives as one input, as when pasted, so the answer is a real result list.
 */
export async function measureFirstResults(
  browser: Browser,
  server: BenchServer,
  lang: Lang,
  query: string,
): Promise<{ ms: number; bytes: number; files: number; results: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  // The page fetches the manifest as soon as it has loaded: counted from the page load on.
  server.resetServed();
  await page.goto(`${server.origin}${searchUrl(lang)}`, { waitUntil: 'networkidle' });
  await page.fill('[data-search-page] [data-search-input]', query);
  await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.latencies.length > 0, null, {
    timeout: 20_000,
  });
  const { bytes, files } = server.served();
  const state = await benchState(page);
  await context.close();
  return { ms: state.latencies[0]!, bytes, files, results: state.totals[0]! };
}

export interface TypingReport {
  latencies: number[];
  longTasks: number[];
  /** Longest main-thread task while typing, from Chromium's trace (wall clock). */
  maxMainThreadTask: number;
  /** The same task's thread time: wall clock minus time the busy machine took the CPU away. */
  maxMainThreadCpu: number;
  tasksOver16ms: number;
}

/** Types each query letter by letter at a brisk human pace and times every keystroke. */
export async function measureTyping(browser: Browser, origin: string, lang: Lang, queries: readonly string[]): Promise<TypingReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`${origin}${searchUrl(lang)}`, { waitUntil: 'networkidle' });
  const box = '[data-search-page] [data-search-input]';
  // Warm up: the index is loaded before the timed typing starts.
  await page.focus(box);
  await page.keyboard.type('a');
  await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.renders.length > 0);
  await page.evaluate(() => {
    const state = (window as unknown as { __bench: BenchState }).__bench;
    state.latencies.length = 0;
    state.longTasks.length = 0;
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  for (const query of queries) {
    await page.fill(box, '');
    await page.keyboard.type(query, { delay: 120 });
    await page.waitForTimeout(150);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const state = await benchState(page);
  await context.close();
  const tasks = mainThreadTasks(trace.traceEvents);
  return {
    latencies: state.latencies,
    longTasks: state.longTasks,
    maxMainThreadTask: Math.max(0, ...tasks.map((task) => task.wall)),
    maxMainThreadCpu: Math.max(0, ...tasks.map((task) => task.cpu)),
    tasksOver16ms: tasks.filter((task) => task.wall > 16).length,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Wall and thread durations (ms) of top-level tasks on renderer main threads. */
function mainThreadTasks(events: readonly TraceEvent[]): { wall: number; cpu: number }[] {
  const mains = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && mains.has(`${event.pid}:${event.tid}`))
    .map((event) => ({ wall: (event.dur ?? 0) / 1000, cpu: (event.tdur ?? event.dur ?? 0) / 1000 }));
}

/**
 * The worker's share of a keystroke, in Node: search plus result presentation for every
 * prefix of every query over the split index (files parsed from memory), after one untimed
 * warm-up pass (as a worker is warm after a few keys).
 */
export async function measureEngine(files: ReadonlyMap<string, string>, queries: readonly string[]): Promise<number[]> {
  const manifest = JSON.parse(files.get(MANIFEST_FILE)!) as SearchManifest;
  const engine = createSearchEngine(createSplitStore(manifest, async (file) => JSON.parse(files.get(file)!)));
  const run = async (query: string) => presentResults(engine, await engine.search(query), { query });
  for (const query of queries) for (let end = 1; end <= query.length; end++) await run(query.slice(0, end));
  const times: number[] = [];
  for (const query of queries) {
    for (let end = 1; end <= query.length; end++) {
      const started = performance.now();
      await run(query.slice(0, end));
      times.push(performance.now() - started);
    }
  }
  return times;
}

/**
 * Budgets: keystroke and main-thread task at every size; first results within 300 ms at 5,000
 * stories per language and, at 50,000, within 400 ms and 150 kB of index fetched (brotli).
 */
export const BUDGET = { keystrokeP95: 50, mainThreadTask: 16, firstResults: { 5000: 300, 50000: 400 } as Record<number, number>, firstBytes: 150 * 1024 };
export const BUDGET_SIZES = [5000, 50000];

export interface QueryFirst {
  query: string;
  /** Median of the runs, ms from the input to results on screen. */
  ms: number;
  /** Search index bytes (brotli) fetched for it on a fresh page. */
  bytes: number;
  files: number;
  results: number;
}

export interface BenchRow {
  label: string;
  /** Synthetic stories per language; 0 for the real corpus. */
  stories: number;
  docs: number;
  split: { files: number; manifest: number; total: number };
  engineP95: number;
  keystrokeP50: number;
  keystrokeP95: number;
  keystrokes: number;
  maxMainThreadTask: number;
  maxMainThreadCpu: number;
  tasksOver16ms: number;
  longTasks: number;
  firsts: QueryFirst[];
}

/** Budget misses of a row (see `BUDGET`; rows of other sizes have none). */
export function missedBudgets(row: BenchRow): string[] {
  if (!BUDGET_SIZES.includes(row.stories)) return [];
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const firstBudget = BUDGET.firstResults[row.stories]!;
  return [
    row.keystrokeP95 > BUDGET.keystrokeP95 && `keystroke p95 ${row.keystrokeP95.toFixed(1)} ms > ${BUDGET.keystrokeP95} ms`,
    row.maxMainThreadTask > BUDGET.mainThreadTask &&
      `longest main-thread task ${row.maxMainThreadTask.toFixed(1)} ms > ${BUDGET.mainThreadTask} ms`,
    ...row.firsts.flatMap((first) => [
      first.ms > firstBudget && `first results for “${first.query}” ${first.ms.toFixed(0)} ms > ${firstBudget} ms`,
      row.stories === 50000 && first.bytes > BUDGET.firstBytes && `first results for “${first.query}” fetched ${kB(first.bytes)} > ${kB(BUDGET.firstBytes)}`,
    ]),
  ]
    .filter((miss): miss is string => typeof miss === 'string')
    .map((miss) => `${row.label}: ${miss}`);
}

export const SECTION_START = '<!-- search:start -->';
export const SECTION_END = '<!-- search:end -->';

export interface BenchInfo {
  date: string;
  chromium: string;
  cores: number;
  load: number[];
  queries: readonly string[];
}

export function renderSearchSection(rows: readonly BenchRow[], info: BenchInfo): string {
  const kB = (n: number) => (n / 1024).toFixed(0);
  const kB1 = (n: number) => (n / 1024).toFixed(1);
  const ms = (n: number) => n.toFixed(1);
  const missed = rows.flatMap(missedBudgets);
  return [
    SECTION_START,
    '## Search',
    '',
    `\`npm run bench:search\` (scripts/bench-search.ts, logic in scripts/lib/search-bench.ts) after \`npm run build\`. ` +
      `Synthetic German/English stories from a fixed seed (30 actors, 4 topics, ~600-word bodies), index built and split with the ` +
      `real modules (src/lib/search/build.ts, split.ts) for the German page, every file served brotli-compressed (quality 11) next ` +
      `to the built dist/ and driven through the real search page in ${info.chromium}. Run ${info.date} on ${info.cores} cores, load average ` +
      `${info.load.map((n) => n.toFixed(1)).join(' / ')} (1 / 5 / 15 min, at the end of the run; the machine was shared: with a load above the ` +
      `core count every wall-clock figure includes waiting for a CPU, while thread time shows the work itself).`,
    '',
    '- Index: split per language (src/lib/search/split-format.ts): a manifest with the whole vocabulary of the pre-index (so ' +
      'prefix, inside and typo matches compare the term with every word, wherever the typo is), each word’s number of stories (to guess the next letter typed), actor and topic tables and ' +
      'dates; posting shards twice, as ranges of the sorted vocabulary and as ranges of the vocabulary sorted by reversed spelling ' +
      '(compounds that end alike), boundaries chosen per word by its hash and postings size, about 4 kB of postings each; one story list per actor and ' +
      'topic; story texts by story number (oldest first, so a new story changes only the last), in shards of 8 and again in chunks. ' +
      'The search page fetches the manifest when it loads; a query then fetches the fewest posting shards that hold the words it matched, the ' +
      'lists of the actors and topics it matched, and the shards or chunks of the ≤ 40 candidates Fuse ranks and the ≤ 20 shown.',
    `- Keystroke: typing ${info.queries.map((q) => `\`${q}\``).join(', ')} at 120 ms per key; time from the input event to the ` +
      'next animation frame after the results are in the DOM (shards a prefix needs are fetched while typing, and count; between keys the worker ' +
      'fetches ahead what the likely next letter needs, as it does for a reader). ' +
      'Main-thread tasks from the Chromium trace (RunTask on CrRendererMain) while typing, as wall clock and as thread time; ' +
      'long tasks (> 50 ms) from a PerformanceObserver.',
    "- Engine: the worker's share of a keystroke (search + result presentation) in Node, warm, over the split index in memory.",
    '- First results: a fresh browser context per run, the whole query as the first input, until results are on screen ' +
      '(median of the runs); kB is the search index fetched for it from the page load on (manifest and shards, brotli), without the page and its scripts.',
    `- Budgets: keystroke p95 ≤ ${BUDGET.keystrokeP95} ms and no main-thread task > ${BUDGET.mainThreadTask} ms at 5,000 and 50,000; first results ` +
      `≤ ${BUDGET.firstResults[5000]} ms at 5,000, ≤ ${BUDGET.firstResults[50000]} ms and ≤ ${kB(BUDGET.firstBytes)} kB at 50,000 stories per language.`,
    '',
    '| Stories per language | Stories in index | Files | Manifest kB | All files kB | Engine p95 ms | Keystroke p50 ms | Keystroke p95 ms | Keystrokes timed | Longest main-thread task ms (wall / thread time) | Tasks > 16 ms | Long tasks | First results, worst query: ms / kB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.docs} | ${row.split.files} | ${kB1(row.split.manifest)} | ${kB(row.split.total)} | ${ms(row.engineP95)} | ` +
        `${ms(row.keystrokeP50)} | ${ms(row.keystrokeP95)} | ${row.keystrokes} | ${ms(row.maxMainThreadTask)} / ${ms(row.maxMainThreadCpu)} | ${row.tasksOver16ms} | ` +
        `${row.longTasks} | ${Math.max(...row.firsts.map((f) => f.ms)).toFixed(0)} / ${kB1(Math.max(...row.firsts.map((f) => f.bytes)))} |`,
    ),
    '',
    'First results per query (ms median / kB brotli fetched / files / results):',
    '',
    `| Query | ${rows.map((row) => row.label).join(' | ')} |`,
    `| --- | ${rows.map(() => '---:').join(' | ')} |`,
    ...(rows[0]?.firsts ?? []).map(
      ({ query }) =>
        `| \`${query}\` | ${rows
          .map((row) => row.firsts.find((first) => first.query === query))
          .map((first) => (first ? `${first.ms.toFixed(0)} / ${kB1(first.bytes)} / ${first.files} / ${first.results}` : '–'))
          .join(' | ')} |`,
    ),
    '',
    missed.length === 0 ? 'All budgets met.' : `Budgets missed:\n\n${missed.map((m) => `- ${m}`).join('\n')}`,
    SECTION_END,
  ].join('\n');
}

/** Replaces the search section of BENCHMARKS.md, or appends it. */
export function replaceSearchSection(document: string, section: string): string {
  return replaceMarkedSection(document, section, { start: SECTION_START, end: SECTION_END });
}
