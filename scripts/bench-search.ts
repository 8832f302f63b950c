/**
 * Search benchmark (issue 4): index size and Chromium timings at 500, 2,500 and 5,000
 * synthetic stories per language, plus the real corpus from dist/. Needs `npm run build`.
 * Exits non-zero when the 5,000-story budgets are missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { resources } from '../src/i18n';
import { LANGS } from '../src/i18n/config';
import type { TopicLabels } from '../src/lib/search/build';
import { TOPIC_IDS } from '../src/lib/topics';
import { searchIndexUrl } from '../src/lib/urls';
import { launchBrowser } from '../tests/e2e/harness';
import {
  measureEngine,
  measureFirstResults,
  measureSize,
  measureTyping,
  percentile,
  serveWithIndex,
  syntheticIndex,
} from './lib/search-bench';

const BUDGET = { keystrokeP95: 50, mainThreadTask: 16, firstResults: 300, compressed: 600 * 1024 };
const QUERIES = ['Wildbergr', 'Bundeswer', 'Quantenmesung', 'europaeische Sicherheit', 'digitaler Euro', 'Zentralbank', 'Cloud Bundeswehr'];
const FIRST_RUNS = 5;
const lang = 'de';
const dist = join(process.cwd(), 'dist');

if (!existsSync(join(dist, 'search'))) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}

const topicLabels = Object.fromEntries(
  LANGS.map((l) => [l, Object.fromEntries(TOPIC_IDS.map((id) => [id, resources[l][`topic.${id}.label`]]))]),
) as TopicLabels;

const realJson = readFileSync(join(dist, searchIndexUrl(lang)), 'utf8');
const corpora = [
  { label: `real (${(JSON.parse(realJson) as { docs: unknown[] }).docs.length} docs)`, stories: 0, json: realJson },
  ...[500, 2500, 5000].map((stories) => ({ label: `${stories}`, stories, json: JSON.stringify(syntheticIndex(stories, topicLabels, lang)) })),
];

const browser = await launchBrowser();
const rows: string[] = [];
let failed = false;
try {
  for (const corpus of corpora) {
    const size = measureSize(corpus.json);
    const server = await serveWithIndex(dist, searchIndexUrl(lang), corpus.json);
    try {
      const firsts: number[] = [];
      for (let run = 0; run < FIRST_RUNS; run++) firsts.push(await measureFirstResults(browser, server.origin, lang, QUERIES[0]!));
      const typing = await measureTyping(browser, server.origin, lang, QUERIES);
      const data = JSON.parse(corpus.json) as Parameters<typeof measureEngine>[0];
      const docs = data.docs.length;
      const engine = measureEngine(data, QUERIES);
      const row = {
        stories: corpus.label,
        docs,
        kB: (n: number) => (n / 1024).toFixed(0),
        p50: percentile(typing.latencies, 50),
        p95: percentile(typing.latencies, 95),
        first: percentile(firsts, 50),
        firstMax: Math.max(...firsts),
      };
      rows.push(
        `| ${row.stories} | ${docs} | ${row.kB(size.raw)} | ${row.kB(size.gzip)} | ${row.kB(size.brotli)} | ` +
          `${percentile(engine, 95).toFixed(1)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${typing.latencies.length} | ${typing.maxMainThreadTask.toFixed(1)} | ` +
          `${typing.tasksOver16ms} | ${typing.longTasks.length} | ${row.first.toFixed(0)} (max ${row.firstMax.toFixed(0)}) |`,
      );
      console.error(`done: ${corpus.label}`);
      if (corpus.stories === 5000) {
        const misses = [
          row.p95 > BUDGET.keystrokeP95 && `keystroke p95 ${row.p95.toFixed(1)} ms > ${BUDGET.keystrokeP95}`,
          typing.maxMainThreadTask > BUDGET.mainThreadTask && `main-thread task ${typing.maxMainThreadTask.toFixed(1)} ms > ${BUDGET.mainThreadTask}`,
          row.firstMax > BUDGET.firstResults && `first results ${row.firstMax.toFixed(0)} ms > ${BUDGET.firstResults}`,
          size.brotli > BUDGET.compressed && `index ${row.kB(size.brotli)} kB brotli > 600 kB`,
        ].filter(Boolean);
        if (misses.length > 0) {
          failed = true;
          console.error(`Over budget at 5,000 stories: ${misses.join('; ')}`);
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

console.log(
  `Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}, index language: ${lang}, ` +
    `${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end`,
);
console.log('');
console.log('| stories/lang | docs in index | raw kB | gzip kB | brotli kB | engine p95 ms (Node) | keystroke p50 ms | keystroke p95 ms | keystrokes | max main-thread task ms | tasks > 16 ms | longtasks (>50 ms) | first results ms, median of 5 |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
process.exit(failed ? 1 : 0);
