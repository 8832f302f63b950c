import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/lib/search/engine';
import { unpackNumbers } from '../../src/lib/search/index-data';
import { queryTerms } from '../../src/lib/search/normalize';
import { likelyNextQuery } from '../../src/lib/search/predict';
import { presentResults } from '../../src/lib/search/results';
import type { SearchManifest } from '../../src/lib/search/split-format';
import { createSplitStore } from '../../src/lib/search/split-store';
import { searchIndexUrl, searchShardUrl, searchUrl } from '../../src/lib/urls';
import { useBrowserSite } from './harness';

const site = useBrowserSite();
const box = '#search-page-input';

/** Paths of the files a fresh engine fetches to answer and show these queries, one after the other. */
async function filesFor(manifest: SearchManifest, queries: string[]): Promise<Set<string>> {
  const paths = new Set<string>();
  const store = createSplitStore(manifest, async (file, version) => {
    const path = searchShardUrl('de', file, version);
    paths.add(path.replace(/\?.*$/, ''));
    return (await fetch(`${site.origin}${path}`)).json();
  });
  const engine = createSearchEngine(store);
  for (const query of queries) await presentResults(engine, await engine.search(query));
  return paths;
}

/** A word start of the built index whose likely next letter needs files that typing the start letter by letter does not fetch. */
let typed: string;
let next: string;
let nextNeeds: string[];
/** What the start alone needs, pasted. */
let pastedNeeds: string[];

beforeAll(async () => {
  const manifest = (await (await fetch(`${site.origin}${searchIndexUrl('de')}`)).json()) as SearchManifest;
  const counts = unpackNumbers(manifest.storyCounts);
  for (const word of [...manifest.vocab].sort((a, b) => b.length - a.length)) {
    for (let length = 3; length < word.length - 1; length++) {
      const start = word.slice(0, length);
      // A function word (`sich`) is no query.
      if (queryTerms(start).length === 0) continue;
      const guess = likelyNextQuery(start, manifest.vocab, counts);
      if (!guess) continue;
      // Typed letter by letter: every start of it is searched on the way.
      const typing = Array.from({ length }, (_, end) => start.slice(0, end + 1));
      const before = await filesFor(manifest, typing);
      const after = await filesFor(manifest, [...typing, guess]);
      const pasted = await filesFor(manifest, [start]);
      const pastedThenNext = await filesFor(manifest, [start, guess]);
      if (before.size === after.size || pasted.size === pastedThenNext.size) continue;
      [typed, next, nextNeeds, pastedNeeds] = [start, guess, [...after], [...pasted]];
      return;
    }
  }
  throw new Error('no word start in the built index whose likely next letter needs more files');
});

async function requestsAfterTyping(letterByLetter: boolean): Promise<string[]> {
  const { page, context, errors } = await site.open();
  const paths: string[] = [];
  page.on('request', (request) => void paths.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}${searchUrl('de')}`, { waitUntil: 'networkidle' });
  await page.focus(box);
  if (letterByLetter) await page.keyboard.type(typed, { delay: 30 });
  else await page.fill(box, typed);
  await page.waitForSelector('[data-search-results] .result-title a');
  // The worker fetches ahead only once the page says the answer is painted, which on a busy
  // machine can come after the network was idle once: wait for the next letter's files (when
  // typing) and a quiet half second with no new search request, ten seconds at most.
  const searchPaths = () => paths.filter((path) => path.startsWith('/search/'));
  const until = Date.now() + 10_000;
  let seen = -1;
  let quietSince = Date.now();
  while (Date.now() < until) {
    const now = searchPaths();
    if (now.length !== seen) [seen, quietSince] = [now.length, Date.now()];
    const complete = !letterByLetter || nextNeeds.every((path) => now.includes(path));
    if (complete && Date.now() - quietSince >= 500) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Only the files fetched before the next letter is typed.
  const fetched = searchPaths();
  expect(errors).toEqual([]);
  await context.close();
  return fetched;
}

describe('search while typing', () => {
  it('fetches ahead, after each letter typed, what the likely next letter needs', async () => {
    const fetched = await requestsAfterTyping(true);
    for (const path of nextNeeds) expect(fetched).toContain(path);
  });

  it('fetches only what a pasted query needs', async () => {
    const fetched = new Set(await requestsAfterTyping(false));
    expect(next.startsWith(typed)).toBe(true);
    expect(fetched).toEqual(new Set([searchIndexUrl('de'), ...pastedNeeds]));
  });
});
