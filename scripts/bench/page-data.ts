/**
 * CPU per story of the page-data path that every build (cold or rebuild) runs for every page:
 * `buildPageData` and `pageCacheKey` over the benchmark corpus's model, no Astro, by page kind;
 * and the related-stories ranking alone. A term that grows faster than the archive shows as
 * µs per story rising with the size.
 *   npm run bench:page-data -- --sizes 2500,5000,20000
 */
import { pageCacheKey } from '../../src/lib/cache-key';
import { buildPageData, type PageContext } from '../../src/lib/pages';
import { findRelatedIndexed } from '../../src/lib/related';
import { buildRoutes } from '../../src/lib/routing';
import { parseCommandLine } from '../lib/cli';
import { parseSizes } from './measure';
import { benchModel } from './page-data-corpus';

const USAGE = `Usage: npm run bench:page-data [-- --sizes 2500,5000,20000]

Builds the benchmark corpus's site model in memory (no Astro) and times, in CPU milliseconds,
every page's data and cache key by page kind, and the related-stories ranking of every story;
prints µs per story for each size.`;

const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

const { values } = parseCommandLine(USAGE, { options: { sizes: { type: 'string', default: '2500,5000,20000' } } });
const context: PageContext = { site: new URL('https://example.org/'), today: '2026-06-01' };
for (const perLang of parseSizes(values.sizes)) {
  const model = benchModel(perLang);
  const routes = buildRoutes(model, { newsroom: true });
  const byKind = new Map<string, { pages: number; data: number; key: number }>();
  for (const { route } of routes) {
    const kind = route.kind;
    const entry = byKind.get(kind) ?? { pages: 0, data: 0, key: 0 };
    let started = process.cpuUsage();
    const data = buildPageData(route, model, context);
    entry.data += cpuMs(started);
    started = process.cpuUsage();
    pageCacheKey(data);
    entry.key += cpuMs(started);
    entry.pages += 1;
    byKind.set(kind, entry);
  }
  // Ranked afresh: a model of its own, so no ranking is remembered from the page data above.
  const fresh = benchModel(perLang);
  const rankStart = process.cpuUsage();
  for (const story of fresh.articles) findRelatedIndexed(story, fresh);
  const related = cpuMs(rankStart);
  const stories = model.articles.length;
  const total = [...byKind.values()].reduce((sum, entry) => sum + entry.data + entry.key, 0);
  const perStory = (ms: number) => ((ms * 1000) / stories).toFixed(0);
  console.log(`\n${perLang} per language: ${stories} stories, ${routes.length} pages; page data and keys ${total.toFixed(0)} CPU ms, ${perStory(total)} µs per story; related stories alone ${related.toFixed(0)} ms, ${perStory(related)} µs per story`);
  console.log('| page kind | pages | data ms | key ms | µs per page |\n|---|---:|---:|---:|---:|');
  for (const [kind, entry] of [...byKind].sort((a, b) => b[1].data + b[1].key - (a[1].data + a[1].key))) {
    console.log(`| ${kind} | ${entry.pages} | ${entry.data.toFixed(0)} | ${entry.key.toFixed(0)} | ${(((entry.data + entry.key) * 1000) / entry.pages).toFixed(0)} |`);
  }
}
