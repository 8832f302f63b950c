import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../src/i18n/config';
import type { Actor, Article } from '../../src/lib/content/model';
import type { TopicLabels } from '../../src/lib/search/build';
import { buildSiteModel, type SiteModel } from '../../src/lib/site';
import { searchUrl } from '../../src/lib/urls';
import { replaceMarkedSection } from './benchmarks-section';
import type { CountingServer } from './brotli-server';
import { createActors, createRandom, createStories } from './synthetic-stories';

/**
 * Logic of `npm run bench:pagefind`: the search bench's synthetic stories as plain HTML pages,
 * indexed by Pagefind, and both searches measured the same way in Chromium.
 */

/** The search bench's corpus (same seeds as `syntheticIndex` in search-bench.ts). */
export function syntheticModel(storiesPerLang: number): SiteModel {
  const actors = createActors(createRandom(7), 30);
  const stories = createStories(20260218, storiesPerLang, actors);
  return buildSiteModel(stories, actors, { today: '2030-01-01', includeUnpublished: false });
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

/** A story as the smallest page Pagefind indexes like a story page: what our index covers, and the topic as a filter. */
export function renderStoryPage(article: Article, actors: ReadonlyMap<string, Actor>, topicLabel: string): string {
  const names = article.actors.flatMap((id) => {
    const actor = actors.get(id);
    return actor ? [actor.name[article.lang], ...actor.aliases] : [];
  });
  return [
    '<!doctype html>',
    `<html lang="${article.lang}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head>`,
    '<body><main data-pagefind-body>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<p data-pagefind-meta="date">${escapeHtml(article.date)}</p>`,
    `<p><span data-pagefind-filter="topic">${escapeHtml(topicLabel)}</span></p>`,
    `<p>${escapeHtml(article.summary)}</p>`,
    `<ul>${names.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(article.text)}</p>`,
    '</main></body></html>',
    '',
  ].join('\n');
}

export function storyPagePath(article: Pick<Article, 'lang' | 'slug'>): string {
  return `${article.lang}/${article.slug}/index.html`;
}

/** Writes every published story of the model as `<lang>/<slug>/index.html` under `root`; returns the count. */
export function writeStoryPages(root: string, model: SiteModel, topicLabels: TopicLabels): number {
  let count = 0;
  for (const lang of Object.keys(model.byLang) as Lang[]) {
    for (const article of model.byLang[lang]) {
      const path = join(root, storyPagePath(article));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, renderStoryPage(article, model.actors, topicLabels[lang][article.topic]));
      count++;
    }
  }
  return count;
}

/**
 * A search page reduced to what a results page does with Pagefind's JS API: once the page has
 * loaded, load pagefind.js and `init()` it (as our search page starts its worker and fetches its
 * manifest); on input `search()`, then `.data()` of the first 10 results, and show their titles.
 */
export function renderPagefindPage(lang: Lang, bundle = '/pagefind/pagefind.js'): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Pagefind</title></head>
<body>
<input type="search" data-bench-input>
<ol data-bench-results></ol>
<script type="module">
let pagefind;
const ready = new Promise((resolve) => addEventListener('load', resolve, { once: true }))
  .then(() => import(${JSON.stringify(bundle)}))
  .then(async (loaded) => (await loaded.init?.(), loaded));
const input = document.querySelector('[data-bench-input]');
const list = document.querySelector('[data-bench-results]');
window.__bench = [];
input.addEventListener('input', async () => {
  const query = input.value;
  const started = performance.now();
  pagefind ??= await ready;
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  list.replaceChildren(...data.map((item) => Object.assign(document.createElement('li'), { textContent: item.meta.title })));
  requestAnimationFrame(() => window.__bench.push({ query, ms: performance.now() - started, total: search.results.length }));
});
</script>
</body>
</html>
`;
}

export interface FirstResult {
  /** Milliseconds from the input event to the next animation frame after the results are shown. */
  ms: number;
  /** Results the engine found. */
  total: number;
  /** Response bytes (brotli) of the search files (ours: worker script and index; Pagefind: its bundle), from the page load to the first results. */
  bytes: number;
  requests: number;
}

type BenchEntry = { query: string; ms: number; total: number };

/** Runs in our search page before its scripts: the same record as the Pagefind page keeps. */
function instrumentOurs(): void {
  const state: BenchEntry[] = [];
  (window as unknown as { __bench: BenchEntry[] }).__bench = state;
  const inputs = new Map<string, number>();
  document.addEventListener('input', (event) => inputs.set((event.target as HTMLInputElement).value, performance.now()), true);
  document.addEventListener(
    'search-rendered',
    (event) => {
      const { query, total } = (event as CustomEvent<{ query: string; total: number }>).detail;
      const started = inputs.get(query);
      requestAnimationFrame(() => {
        if (started !== undefined) state.push({ query, ms: performance.now() - started, total });
      });
    },
    true,
  );
}

export type SearchTool = 'ours' | 'pagefind';

/** A fresh context (nothing cached), the page loaded, then the whole query as one input, as when pasted. */
export async function measureFirst(browser: Browser, server: CountingServer, tool: SearchTool, lang: Lang, query: string): Promise<FirstResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (tool === 'ours') await page.addInitScript(instrumentOurs);
    // Both get ready once the page has loaded: their search files count from the page load on.
    server.reset();
    await page.goto(`${server.origin}${tool === 'ours' ? searchUrl(lang) : PAGEFIND_PAGE}`, { waitUntil: 'networkidle' });
    await page.fill(tool === 'ours' ? '[data-search-page] [data-search-input]' : '[data-bench-input]', query);
    const handle = await page.waitForFunction(
      (q) => (window as unknown as { __bench: BenchEntry[] }).__bench.find((entry) => entry.query === q),
      query,
      { timeout: 60_000 },
    );
    const entry = (await handle.jsonValue()) as BenchEntry;
    const isSearchFile = tool === 'ours' ? (path: string) => path.startsWith('/search/') || path.includes('/worker') : (path: string) => path.startsWith('/pagefind/');
    return { ms: entry.ms, total: entry.total, bytes: server.bytesOf(isSearchFile), requests: server.requested().filter(isSearchFile).length };
  } finally {
    await context.close();
  }
}

export const PAGEFIND_PAGE = '/pagefind-bench/';

export interface BundleStats {
  files: number;
  bytes: number;
}

/** Pagefind's files the JS API needs whatever the language (the UI scripts and styles are not among them). */
const SHARED_FILES = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);

/**
 * What a language's search can fetch of a Pagefind bundle: the JS API's shared files and the
 * language's wasm, meta, index, fragment and filter files, from a listing of path and size.
 */
export function bundleStatsFor(files: readonly { path: string; size: number }[], lang: Lang): BundleStats {
  const own = [`wasm.${lang}.pagefind`, `pagefind.${lang}_`, `index/${lang}_`, `fragment/${lang}_`, `filter/${lang}_`];
  const mine = files.filter((file) => SHARED_FILES.has(file.path) || own.some((start) => file.path.startsWith(start)));
  return { files: mine.length, bytes: mine.reduce((sum, file) => sum + file.size, 0) };
}

/** Every file under `root` with its size, paths relative and with `/`. */
export function listFiles(root: string): { path: string; size: number }[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full).split(sep).join('/'), size: statSync(full).size };
    });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface QueryRow {
  query: string;
  /** Median of the runs; bytes, results and requests are the same in every run. */
  first: FirstResult;
}

export interface ToolRun {
  tool: SearchTool;
  stories: number;
  /** Seconds to build both languages' indexes (ours) or to index both languages' pages (Pagefind). */
  indexSeconds: number;
  /** Files the German search can fetch, their size on disk, and brotli where measured. */
  indexFiles: number;
  indexBytes: number;
  /** Every file of the search output for both languages (what a host uploads). */
  outputFiles: number;
  queries: QueryRow[];
}

export interface CompareInfo {
  date: string;
  chromium: string;
  pagefind: string;
  cores: number;
  loadBefore: number[];
  loadAfter: number[];
  runs: number;
  command: string;
}

export const COMPARE_START = '<!-- search-vs-pagefind:start -->';
export const COMPARE_END = '<!-- search-vs-pagefind:end -->';

/** The median run of a query: the one with the median time (bytes and counts do not vary). */
export function medianRun(runs: readonly FirstResult[]): FirstResult {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, ms: median(runs.map((run) => run.ms)) };
}

/** The generated part of BENCHMARKS.md's "Search: ours vs Pagefind" section. */
export function renderCompareSection(runs: readonly ToolRun[], info: CompareInfo): string {
  const kB = (n: number) => (n / 1024).toFixed(0);
  const load = (values: number[]) => values.map((n) => n.toFixed(1)).join(' / ');
  const sizes = [...new Set(runs.map((run) => run.stories))].sort((a, b) => a - b);
  const find = (tool: SearchTool, stories: number) => runs.find((run) => run.tool === tool && run.stories === stories);
  const cell = (run: ToolRun | undefined, query: string) => {
    const row = run?.queries.find((q) => q.query === query);
    return row ? `${kB(row.first.bytes)} | ${row.first.ms.toFixed(0)} | ${row.first.total}` : '– | – | –';
  };
  const queries = [...new Set(runs.flatMap((run) => run.queries.map((q) => q.query)))];
  const nothing = runs.flatMap((run) =>
    run.queries.filter((q) => q.first.total === 0).map((q) => `${run.tool} at ${run.stories.toLocaleString('en')}: \`${q.query}\``),
  );
  return [
    COMPARE_START,
    `Generated by \`${info.command}\` on ${info.date}: ${info.chromium}, ${info.pagefind}, ${info.cores} cores, load average ` +
      `${load(info.loadBefore)} before and ${load(info.loadAfter)} after (1 / 5 / 15 min). Times are the median of ${info.runs} ` +
      'fresh pages per query, from the input to the first results; bytes are the search files’ response bodies (brotli, quality 11) from the page load to the first results.',
    '',
    '| Stories per language | Query | Ours kB | Ours ms | Ours results | Pagefind kB | Pagefind ms | Pagefind results |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sizes.flatMap((stories) =>
      queries.map((query) => `| ${stories.toLocaleString('en')} | \`${query}\` | ${cell(find('ours', stories), query)} | ${cell(find('pagefind', stories), query)} |`),
    ),
    '',
    '| Stories per language | Search | Files the German search can fetch | Their size on disk kB | Search output files (both languages) | Indexing s (both languages) |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...sizes.flatMap((stories) =>
      runs
        .filter((run) => run.stories === stories)
        .map(
          (run) =>
            `| ${stories.toLocaleString('en')} | ${run.tool === 'ours' ? 'ours' : 'Pagefind'} | ${run.indexFiles} | ${kB(run.indexBytes)} | ` +
            `${run.outputFiles.toLocaleString('en')} | ${run.indexSeconds.toFixed(1)} |`,
        ),
    ),
    '',
    nothing.length === 0 ? 'Every query found results with every search.' : `No results: ${nothing.join(', ')}.`,
    COMPARE_END,
  ].join('\n');
}

/** Replaces the generated part between the markers, or appends a section with it. */
export function replaceCompareSection(document: string, section: string): string {
  return replaceMarkedSection(document, section, { start: COMPARE_START, end: COMPARE_END }, '## Search: ours vs Pagefind');
}

export interface CompareOptions {
  sizes: number[];
  tools: SearchTool[];
  runs: number;
}

export const COMPARE_USAGE = `Usage: npm run bench:pagefind -- [--sizes 5000,20000] [--tools ours,pagefind] [--runs 3]

Measures our search and Pagefind on the search bench's synthetic corpus in Chromium: bytes and
time to the first results of each query on a fresh page, result counts, index files and size,
indexing time. Needs \`npm run build\` (our search page comes from dist/). Writes the table into
BENCHMARKS.md ("Search: ours vs Pagefind"); exits non-zero when a measurement fails.`;

/** Reads the CLI's options (after `--help` was answered); throws naming what it does not know. */
export function parseCompareArgs(args: readonly string[]): CompareOptions {
  const { values } = parseArgs({ args: [...args], options: { sizes: { type: 'string' }, tools: { type: 'string' }, runs: { type: 'string' } } });
  const options: CompareOptions = { sizes: [5000, 20000], tools: ['ours', 'pagefind'], runs: 3 };
  if (values.sizes !== undefined) {
    options.sizes = values.sizes.split(',').map(Number);
    if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes ${values.sizes}: expected whole numbers such as 5000,20000`);
  }
  if (values.tools !== undefined) {
    const tools = values.tools.split(',');
    const unknown = tools.filter((tool) => tool !== 'ours' && tool !== 'pagefind');
    if (unknown.length > 0) throw new Error(`--tools ${values.tools}: unknown ${unknown.join(', ')}; expected ours, pagefind`);
    options.tools = tools as SearchTool[];
  }
  if (values.runs !== undefined) {
    options.runs = Number(values.runs);
    if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error(`--runs ${values.runs}: expected a whole number ≥ 1`);
  }
  return options;
}

/** The search bench's queries (scripts/bench-search.ts; a unit test keeps the two lists equal). */
export const BENCH_QUERIES = ['Wildbergr', 'Bundeswer', 'Quantenmesung', 'europaeische Sicherheit', 'digitaler Euro', 'Zentralbank', 'Cloud Bundeswehr'];

/**
 * The typo and folding queries' correct spellings and parts, so the counts show whether a
 * search found the misspelt words or only something else (a prefix, the other word).
 */
export const CONTROL_QUERIES = ['Wildberger', 'Bundeswehr', 'Quantenmessung', 'europäische Sicherheit', 'europaeische', 'europäische', 'Sicherheit', 'Zentralbnak', 'Quallenmessung'];
