/**
 * Search benchmark (issues 4 and 18): the split index's sizes, bytes fetched and Chromium timings
 * at 5,000, 20,000 and 50,000 synthetic stories per language, plus the real corpus from dist/.
 * Needs `npm run build`. Records the results in BENCHMARKS.md and exits non-zero when a budget
 * is missed. `--sizes 5000,20000` measures other sizes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { SearchManifest } from '../src/lib/search/split-format';
import { searchTopicLabels } from '../src/lib/search/topic-labels';
import { searchIndexUrl } from '../src/lib/urls';
import { launchBrowser } from '../tests/e2e/harness';
import {
  compressSplit,
  measureEngine,
  measureFirstResults,
  measureSplit,
  measureTyping,
  missedBudgets,
  percentile,
  renderSearchSection,
  replaceSearchSection,
  serveWithSplitIndex,
  syntheticSplit,
  type BenchRow,
} from './lib/search-bench';
import { parseCommandLine } from './lib/cli';

const USAGE = 'Usage: npm run bench:search [-- --sizes 5000,20000,50000]\nNeeds `npm run build`; writes the search section of BENCHMARKS.md.';
const { values } = parseCommandLine(USAGE, { options: { sizes: { type: 'string', default: '5000,20000,50000' } } });
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error(`--sizes: whole numbers of stories per language, comma-separated (got ${values.sizes})`);
  process.exit(2);
}

const QUERIES = ['Wildbergr', 'Bundeswer', 'Quantenmesung', 'europaeische Sicherheit', 'digitaler Euro', 'Zentralbank', 'Cloud Bundeswehr'];
const FIRST_RUNS = 3;
const lang = 'de';
const dist = join(process.cwd(), 'dist');
const benchmarks = join(process.cwd(), 'BENCHMARKS.md');
const manifestPath = join(dist, searchIndexUrl(lang));

if (!existsSync(manifestPath)) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}

const topicLabels = searchTopicLabels();

/** The built split index of the real corpus, every file of its folder by name. */
function builtFiles(): Map<string, string> {
  const folder = join(manifestPath, '..');
  return new Map(readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => [name.slice(0, -5), readFileSync(join(folder, name), 'utf8')]));
}

const corpora = [
  { label: 'real corpus', stories: 0, files: builtFiles },
  ...sizes.map((stories) => ({ label: stories.toLocaleString('en'), stories, files: () => syntheticSplit(stories, topicLabels, lang).files })),
];

const browser = await launchBrowser();
const chromium = `Chromium ${browser.version()}`;
const rows: BenchRow[] = [];
try {
  for (const corpus of corpora) {
    const files = corpus.files();
    const compressed = compressSplit(files);
    const manifest = JSON.parse(files.get('index')!) as SearchManifest;
    const engine = await measureEngine(files, QUERIES);
    const server = await serveWithSplitIndex(dist, lang, compressed);
    try {
      const firsts = [];
      for (const query of QUERIES) {
        const runs = [];
        for (let run = 0; run < FIRST_RUNS; run++) runs.push(await measureFirstResults(browser, server, lang, query));
        firsts.push({ query, ms: percentile(runs.map((r) => r.ms), 50), bytes: runs[0]!.bytes, files: runs[0]!.files, results: runs[0]!.results });
      }
      const typing = await measureTyping(browser, server.origin, lang, QUERIES);
      rows.push({
        label: corpus.label,
        stories: corpus.stories,
        docs: manifest.count,
        split: measureSplit(compressed),
        engineP95: percentile(engine, 95),
        keystrokeP50: percentile(typing.latencies, 50),
        keystrokeP95: percentile(typing.latencies, 95),
        keystrokes: typing.latencies.length,
        maxMainThreadTask: typing.maxMainThreadTask,
        maxMainThreadCpu: typing.maxMainThreadCpu,
        tasksOver16ms: typing.tasksOver16ms,
        longTasks: typing.longTasks.length,
        firsts,
      });
      console.error(`measured: ${corpus.label} (load ${loadavg()[0]!.toFixed(1)})`);
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

const section = renderSearchSection(rows, {
  date: new Date().toISOString().slice(0, 10),
  chromium,
  cores: cpus().length,
  load: loadavg(),
  queries: QUERIES,
});
console.log(section);
writeFileSync(benchmarks, replaceSearchSection(existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : '# Benchmarks\n', section));
console.log('Recorded in BENCHMARKS.md');
const missed = rows.flatMap(missedBudgets);
process.exit(missed.length > 0 ? 1 : 0);
