import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../../src/i18n/config';
import { buildSearchIndex, type TopicLabels } from '../../src/lib/search/build';
import { createSearchEngine } from '../../src/lib/search/engine';
import type { SearchIndexData } from '../../src/lib/search/index-data';
import { presentResults } from '../../src/lib/search/results';
import { buildSiteModel } from '../../src/lib/site';
import { searchUrl } from '../../src/lib/urls';
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

/** Serves dist/ like a static host, brotli-compressed, with the search index swapped in. */
export async function serveWithIndex(
  root: string,
  indexPath: string,
  indexJson: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const compressedIndex = brotliCompressSync(Buffer.from(indexJson), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === indexPath) {
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'content-encoding': 'br' });
      res.end(compressedIndex);
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
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs in the page before its scripts: records input times, render times and long tasks. */
function instrument(): void {
  const state = { inputs: new Map<string, number>(), latencies: [] as number[], renders: [] as number[], longTasks: [] as number[] };
  (window as unknown as { __bench: typeof state }).__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('input', (event) => state.inputs.set((event.target as HTMLInputElement).value, performance.now()), true);
  document.addEventListener(
    'search-rendered',
    (event) => {
      const started = state.inputs.get((event as CustomEvent<{ query: string }>).detail.query);
      // The next animation frame is when the results reach the screen.
      requestAnimationFrame(() => {
        const shown = performance.now();
        state.renders.push(shown);
        if (started !== undefined) state.latencies.push(shown - started);
      });
    },
    true,
  );
}

type BenchState = { latencies: number[]; renders: number[]; longTasks: number[] };

async function benchState(page: Page): Promise<BenchState> {
  return page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
}

/**
 * Milliseconds from the first input (index not yet fetched) to the first results on screen.
 * The whole query arrives as one input, as when pasted, so the answer is a real result list.
 */
export async function measureFirstResults(browser: Browser, origin: string, lang: Lang, query: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`${origin}${searchUrl(lang)}`, { waitUntil: 'networkidle' });
  await page.fill('[data-search-page] [data-search-input]', query);
  await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.latencies.length > 0, null, {
    timeout: 10_000,
  });
  const [first] = (await benchState(page)).latencies;
  await context.close();
  return first!;
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
 * prefix of every query, after one untimed warm-up pass (as a worker is warm after a few keys).
 */
export function measureEngine(data: SearchIndexData, queries: readonly string[]): number[] {
  const engine = createSearchEngine(JSON.parse(JSON.stringify(data)) as SearchIndexData);
  for (const query of queries) presentResults(engine, engine.search(query));
  const times: number[] = [];
  for (const query of queries) {
    for (let end = 1; end <= query.length; end++) {
      const started = performance.now();
      presentResults(engine, engine.search(query.slice(0, end)));
      times.push(performance.now() - started);
    }
  }
  return times;
}

export const BUDGET = { keystrokeP95: 50, mainThreadTask: 16, firstResults: 300, compressed: 600 * 1024 };

export interface BenchRow {
  label: string;
  /** Synthetic stories per language; 0 for the real corpus. */
  stories: number;
  docs: number;
  size: SizeReport;
  engineP95: number;
  keystrokeP50: number;
  keystrokeP95: number;
  keystrokes: number;
  maxMainThreadTask: number;
  maxMainThreadCpu: number;
  tasksOver16ms: number;
  longTasks: number;
  firstMedian: number;
  firstMax: number;
}

/** Budget misses of a row (the budgets apply at 5,000 stories per language). */
export function missedBudgets(row: BenchRow): string[] {
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  return [
    row.keystrokeP95 > BUDGET.keystrokeP95 && `keystroke p95 ${row.keystrokeP95.toFixed(1)} ms > ${BUDGET.keystrokeP95} ms`,
    row.maxMainThreadTask > BUDGET.mainThreadTask &&
      `longest main-thread task ${row.maxMainThreadTask.toFixed(1)} ms > ${BUDGET.mainThreadTask} ms`,
    row.firstMax > BUDGET.firstResults && `first results ${row.firstMax.toFixed(0)} ms > ${BUDGET.firstResults} ms`,
    row.size.brotli > BUDGET.compressed && `index ${kB(row.size.brotli)} brotli > ${kB(BUDGET.compressed)}`,
    row.size.gzip > BUDGET.compressed && `index ${kB(row.size.gzip)} gzip > ${kB(BUDGET.compressed)}`,
  ].filter((miss): miss is string => typeof miss === 'string');
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
  const ms = (n: number) => n.toFixed(1);
  const budgetRow = rows.find((row) => row.stories === 5000);
  const missed = budgetRow ? missedBudgets(budgetRow) : [];
  return [
    SECTION_START,
    '## Search',
    '',
    `\`npm run bench:search\` (scripts/bench-search.ts, logic in scripts/lib/search-bench.ts) after \`npm run build\`. ` +
      `Synthetic German/English stories from a fixed seed (30 actors, 4 topics, ~600-word bodies), index built with the ` +
      `real module (src/lib/search/build.ts) for the German page, served brotli-compressed next to the built dist/ and ` +
      `driven through the real search page in ${info.chromium}. Run ${info.date} on ${info.cores} cores, load average ` +
      `${info.load.map((n) => n.toFixed(1)).join(' / ')} (1 / 5 / 15 min; the machine was shared: with a load above the ` +
      `core count every wall-clock figure includes waiting for a CPU, while thread time shows the work itself).`,
    '',
    `- Keystroke: typing ${info.queries.map((q) => `\`${q}\``).join(', ')} at 120 ms per key; time from the input event to the ` +
      'next animation frame after the results are in the DOM. Main-thread tasks from the Chromium trace (RunTask on ' +
      'CrRendererMain) while typing, as wall clock and as thread time (the CPU the task really used; on a loaded ' +
      'machine the wall clock includes waiting for a core); long tasks (> 50 ms) from a PerformanceObserver.',
    '- Index: one JSON file per language in compact columns (slugs, dates, topic and actor numbers; story texts as ' +
      'base-36 numbers into one table of spellings, most frequent first; pre-index postings as base-36 gaps). Fuse ' +
      'indexes only the ≤ 40 candidates of a query, in the worker; only the ≤ 20 results on screen are posted to the page.',
    '- Engine: the worker\'s share of a keystroke (search + result presentation) in Node, warm.',
    '- First results: a fresh context, the first input with a whole query, until results are on screen; includes the ' +
      'index fetch, brotli decoding, JSON parsing and engine set-up in the worker.',
    `- Budgets at 5,000 stories per language: keystroke p95 ≤ ${BUDGET.keystrokeP95} ms, no main-thread task > ` +
      `${BUDGET.mainThreadTask} ms, first results ≤ ${BUDGET.firstResults} ms, index ≤ ${kB(BUDGET.compressed)} kB compressed.`,
    '',
    '| Stories per language | Stories in index | Raw kB | gzip kB | brotli kB | Engine p95 ms | Keystroke p50 ms | Keystroke p95 ms | Keystrokes timed | Longest main-thread task ms (wall / thread time) | Tasks > 16 ms | Long tasks | First results ms (median / max of 5) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.docs} | ${kB(row.size.raw)} | ${kB(row.size.gzip)} | ${kB(row.size.brotli)} | ${ms(row.engineP95)} | ` +
        `${ms(row.keystrokeP50)} | ${ms(row.keystrokeP95)} | ${row.keystrokes} | ${ms(row.maxMainThreadTask)} / ${ms(row.maxMainThreadCpu)} | ${row.tasksOver16ms} | ` +
        `${row.longTasks} | ${row.firstMedian.toFixed(0)} / ${row.firstMax.toFixed(0)} |`,
    ),
    '',
    missed.length === 0 ? 'All budgets met at 5,000 stories.' : `Budgets missed at 5,000 stories:\n\n${missed.map((m) => `- ${m}`).join('\n')}`,
    SECTION_END,
  ].join('\n');
}

/** Replaces the search section of BENCHMARKS.md, or appends it. */
export function replaceSearchSection(document: string, section: string): string {
  const start = document.indexOf(SECTION_START);
  const end = document.indexOf(SECTION_END);
  if (start !== -1 && end > start) return `${document.slice(0, start)}${section}${document.slice(end + SECTION_END.length)}`;
  return `${document.trimEnd()}\n\n${section}\n`;
}
