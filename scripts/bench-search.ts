/**
 * Search benchmark (issue 4): index size and Chromium timings at 500, 2,500 and 5,000
 * synthetic stories per language, plus the real corpus from dist/. Needs `npm run build`.
 * Records the results in BENCHMARKS.md and exits non-zero when a 5,000-story budget is missed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { resources } from '../src/i18n';
import { LANGS } from '../src/i18n/config';
import type { TopicLabels } from '../src/lib/search/build';
import type { SearchIndexData } from '../src/lib/search/index-data';
import { TOPIC_IDS } from '../src/lib/topics';
import { searchIndexUrl } from '../src/lib/urls';
import { launchBrowser } from '../tests/e2e/harness';
import {
  measureEngine,
  measureFirstResults,
  measureSize,
  measureTyping,
  missedBudgets,
  percentile,
  renderSearchSection,
  replaceSearchSection,
  serveWithIndex,
  syntheticIndex,
  type BenchRow,
} from './lib/search-bench';

const QUERIES = ['Wildbergr', 'Bundeswer', 'Quantenmesung', 'europaeische Sicherheit', 'digitaler Euro', 'Zentralbank', 'Cloud Bundeswehr'];
const FIRST_RUNS = 5;
const lang = 'de';
const dist = join(process.cwd(), 'dist');
const benchmarks = join(process.cwd(), 'BENCHMARKS.md');

if (!existsSync(join(dist, searchIndexUrl(lang)))) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}

const topicLabels = Object.fromEntries(
  LANGS.map((l) => [l, Object.fromEntries(TOPIC_IDS.map((id) => [id, resources[l][`topic.${id}.label`]]))]),
) as TopicLabels;

const realJson = readFileSync(join(dist, searchIndexUrl(lang)), 'utf8');
const corpora = [
  { label: 'real corpus', stories: 0, json: realJson },
  ...[500, 2500, 5000].map((stories) => ({
    label: stories.toLocaleString('en'),
    stories,
    json: JSON.stringify(syntheticIndex(stories, topicLabels, lang)),
  })),
];

const browser = await launchBrowser();
const chromium = `Chromium ${browser.version()}`;
const rows: BenchRow[] = [];
try {
  for (const corpus of corpora) {
    const data = JSON.parse(corpus.json) as SearchIndexData;
    const engine = measureEngine(data, QUERIES);
    const server = await serveWithIndex(dist, searchIndexUrl(lang), corpus.json);
    try {
      const firsts: number[] = [];
      for (let run = 0; run < FIRST_RUNS; run++) firsts.push(await measureFirstResults(browser, server.origin, lang, QUERIES[0]!));
      const typing = await measureTyping(browser, server.origin, lang, QUERIES);
      rows.push({
        label: corpus.label,
        stories: corpus.stories,
        docs: data.slugs.length,
        size: measureSize(corpus.json),
        engineP95: percentile(engine, 95),
        keystrokeP50: percentile(typing.latencies, 50),
        keystrokeP95: percentile(typing.latencies, 95),
        keystrokes: typing.latencies.length,
        maxMainThreadTask: typing.maxMainThreadTask,
        maxMainThreadCpu: typing.maxMainThreadCpu,
        tasksOver16ms: typing.tasksOver16ms,
        longTasks: typing.longTasks.length,
        firstMedian: percentile(firsts, 50),
        firstMax: Math.max(...firsts),
      });
      console.error(`measured: ${corpus.label}`);
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
const missed = rows.filter((row) => row.stories === 5000).flatMap(missedBudgets);
process.exit(missed.length > 0 ? 1 : 0);
