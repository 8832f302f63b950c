import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/corpus/generate';
import { resources } from '../../src/i18n';
import { createSearchEngine } from '../../src/lib/search/engine';
import { RESULT_LIMIT } from '../../src/lib/search/results';
import type { SearchManifest } from '../../src/lib/search/split-format';
import { createSplitStore } from '../../src/lib/search/split-store';
import { searchIndexUrl, searchShardUrl, searchUrl } from '../../src/lib/urls';
import { buildContent, epochOf } from '../build/build-fixture';
import { fetchIndexedStories } from './built-search-index';
import { useBrowserSite } from './harness';

/**
 * "Show more" needs more results than fit on one screen, which the real corpus does not
 * have: a generated corpus of 26 stories per language (every one mentions a cloud) is
 * built into its own folder and searched in Chromium. Its dates spread over five years, which
 * the year and month filters and the date sort need too.
 */
const STORIES_PER_LANG = 26;
const QUERY = 'Cloud';
const results = '[data-search-results] > li';
const more = '[data-search-more]';

let content: string | undefined;
let outDir: string | undefined;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'souveraen-many-content-'));
  await writeCorpus(content, STORIES_PER_LANG, 7);
  const build = buildContent(content, 'many', { SOURCE_DATE_EPOCH: epochOf('2026-02-15T12:00:00Z') });
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
}, 120_000);

afterAll(() => {
  if (content) rmSync(content, { recursive: true, force: true });
  if (outDir) rmSync(dirname(outDir), { recursive: true, force: true });
});

// Registered after the build above, so its beforeAll serves the freshly built folder.
const site = useBrowserSite({ root: () => outDir! });

function countText(total: number, shown?: number): string {
  const de = resources.de;
  const found = de['search.count_other'].replace('{{count}}', String(total));
  return shown === undefined ? found : `${found} ${de['search.countShown'].replace('{{shown}}', String(shown))}`;
}

async function hrefs(page: Page): Promise<string[]> {
  return page.$$eval(`${results} .result-title a`, (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('search with more results than one screen', () => {
  it('shows the next results on "show more", focuses the first of them and announces the new count', async () => {
    const { page, errors, foreignRequests, context } = await site.open();
    await page.goto(`${site.origin}${searchUrl('de')}?q=${QUERY}`);
    await page.waitForFunction((limit) => document.querySelectorAll('[data-search-results] > li').length === limit, RESULT_LIMIT);

    const status = (await page.textContent('[data-search-status]')) ?? '';
    const total = Number(/\d+/.exec(status)?.[0]);
    expect(total).toBeGreaterThan(RESULT_LIMIT);
    expect(total).toBeLessThanOrEqual(2 * RESULT_LIMIT);
    expect(status).toBe(countText(total, RESULT_LIMIT));
    expect(await page.isVisible(more)).toBe(true);

    const firstPage = await hrefs(page);
    // The results already on screen stay the same elements: only the new ones are added.
    await page.$eval(results, (item) => item.setAttribute('data-test-kept', ''));
    await page.click(more);
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length === count, total);

    const all = await hrefs(page);
    expect(all.slice(0, RESULT_LIMIT)).toEqual(firstPage);
    expect(new Set(all).size).toBe(total);
    expect(await page.getAttribute(results, 'data-test-kept')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(all[RESULT_LIMIT]);
    expect(await page.textContent('[data-search-status]')).toBe(countText(total));
    expect(await page.isHidden(more)).toBe(true);

    // The arrows go on from the focused result, and Enter opens a real story page.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(all[RESULT_LIMIT + 1]);
    await Promise.all([page.waitForURL(`${site.origin}${all[RESULT_LIMIT + 1]}`), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toBeTruthy();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('keeps the result elements when a keystroke leaves the results unchanged', async () => {
    const { page, errors, context } = await site.open();
    await page.goto(`${site.origin}${searchUrl('de')}`);
    await page.fill('#search-page-input', QUERY);
    await page.waitForFunction((limit) => document.querySelectorAll('[data-search-results] > li').length === limit, RESULT_LIMIT);
    await page.$$eval(results, (items) => items.forEach((item) => item.setAttribute('data-test-kept', '')));
    await page.evaluate(() => {
      const queries: string[] = [];
      (window as unknown as { renderedQueries: string[] }).renderedQueries = queries;
      // The page's own event does not bubble: listen in the capture phase.
      document.addEventListener('search-rendered', (event) => queries.push((event as CustomEvent<{ query: string }>).detail.query), true);
    });
    // A space and then a single letter leave the terms, and so the results, as they were.
    await page.type('#search-page-input', ' a');
    await page.waitForFunction((query) => (window as unknown as { renderedQueries: string[] }).renderedQueries.includes(query), `${QUERY} a`);
    expect(await page.$$eval(results, (items) => items.filter((item) => item.hasAttribute('data-test-kept')).length)).toBe(RESULT_LIMIT);
    expect(await page.isVisible(more)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('updates the address once typing pauses, and at once when moving on to a result', async () => {
    const { page, errors, context } = await site.open();
    await page.addInitScript(() => {
      const urls: string[] = [];
      (window as unknown as { replacedUrls: string[] }).replacedUrls = urls;
      const replace = history.replaceState.bind(history);
      history.replaceState = (state, unused, url) => {
        urls.push(String(url));
        replace(state, unused, url);
      };
    });
    await page.goto(`${site.origin}${searchUrl('de')}`);
    const replaced = () => page.evaluate(() => (window as unknown as { replacedUrls: string[] }).replacedUrls.map((url) => new URL(url).searchParams.get('q')));
    await page.focus('#search-page-input');
    await page.keyboard.type('Souveraene', { delay: 20 });
    await expect.poll(async () => (await replaced()).at(-1), { timeout: 10_000 }).toBe('Souveraene');
    // Once for the word, not once per letter (a stalled machine may add a stray one).
    expect((await replaced()).length).toBeLessThan(4);

    await page.keyboard.type(' Cloud', { delay: 20 });
    await page.waitForSelector(`${results} .result-title a`);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('q'))).toBe('Souveraene Cloud');
    expect((await replaced()).at(-1)).toBe('Souveraene Cloud');
    expect(errors).toEqual([]);
    await context.close();
  });
});

const resultDates = '[data-search-results] > li:not([lang]) time';
const status = '[data-search-status]';
/** A title word whose best matches in `year` are not in date order, and the month most of them are from. */
let query: string;
let year: string;
let month: string;

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('search sort and date filters', () => {
  beforeAll(async () => {
    const json = async (path: string): Promise<unknown> => (await fetch(`${site.origin}${path}`)).json();
    const manifest = (await json(searchIndexUrl('de'))) as SearchManifest;
    const engine = createSearchEngine(createSplitStore(manifest, (file, version) => json(searchShardUrl('de', file, version))));
    const words = [...new Set((await fetchIndexedStories(site.origin, 'de')).stories.flatMap((story) => story.title.split(/[^\p{L}]+/u)))];
    for (const candidate of words.filter((word) => word.length >= 6)) {
      for (const y of [...new Set(manifest.dates.map(([date]) => date.slice(0, 4)))]) {
        const own = (await engine.search(candidate, { year: y })).docs.filter((doc) => doc < manifest.own);
        const found = own.map((doc) => engine.store.dateOf(doc));
        const months = [...new Set(found.map((date) => date.slice(5, 7)))];
        if (found.length >= 3 && months.length >= 2 && found.join() !== [...found].sort().reverse().join()) {
          [query, year] = [candidate, y];
          month = months.sort((a, b) => found.filter((d) => d.slice(5, 7) === b).length - found.filter((d) => d.slice(5, 7) === a).length)[0]!;
          return;
        }
      }
    }
  });

  it('filter by year and month, sort by date, keep all in the address, and restore it on back, forward and load', async () => {
    expect(query, 'the corpus has a word whose matches are not in date order').toBeDefined();
    const { page, errors, foreignRequests, context } = await site.open();
    await page.goto(`${site.origin}${searchUrl('de')}`);
    const shownDates = () => page.$$eval(resultDates, (nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    const newestFirst = (list: string[]) => list.join() === [...list].sort().reverse().join();
    const statusOf = () => page.textContent(status);

    // Without a year the month waits, greyed out.
    expect(await page.isDisabled('select[name="month"]')).toBe(true);
    await page.selectOption('select[name="year"]', year);
    await page.waitForSelector(resultDates);
    expect(params(page.url())).toEqual({ year });
    expect((await shownDates()).every((date) => date.startsWith(year))).toBe(true);
    expect(await page.isDisabled('select[name="month"]')).toBe(false);

    await page.fill('#search-page-input', query);
    await expect.poll(async () => newestFirst(await shownDates()), { timeout: 10_000 }).toBe(false);
    await page.selectOption('select[name="sort"]', 'date');
    await expect.poll(() => params(page.url()), { timeout: 10_000 }).toEqual({ q: query, year, sort: 'date' });
    await expect.poll(async () => newestFirst(await shownDates()), { timeout: 10_000 }).toBe(true);
    const inYear = await statusOf();

    await page.selectOption('select[name="month"]', month);
    await expect.poll(() => params(page.url()), { timeout: 10_000 }).toEqual({ q: query, year, month, sort: 'date' });
    await expect.poll(statusOf, { timeout: 10_000 }).not.toBe(inYear);
    const inMonth = await shownDates();
    expect(inMonth.length).toBeGreaterThan(0);
    expect(inMonth.every((date) => date.startsWith(`${year}-${month}`))).toBe(true);

    // Back undoes the month, then the sort; the form and the results follow the address.
    await page.goBack();
    await expect.poll(() => page.inputValue('select[name="month"]'), { timeout: 10_000 }).toBe('');
    await expect.poll(statusOf, { timeout: 10_000 }).toBe(inYear);
    await page.goBack();
    await expect.poll(() => page.inputValue('select[name="sort"]'), { timeout: 10_000 }).toBe('');
    await expect.poll(async () => newestFirst(await shownDates()), { timeout: 10_000 }).toBe(false);
    await page.goForward();
    await expect.poll(() => page.inputValue('select[name="sort"]'), { timeout: 10_000 }).toBe('date');

    // A shared address opens with the same form and the same results.
    await page.goto(`${site.origin}${searchUrl('de')}?${new URLSearchParams({ q: query, year, month, sort: 'date' })}`);
    await page.waitForSelector(resultDates);
    expect(await page.inputValue('#search-page-input')).toBe(query);
    expect(await page.inputValue('select[name="year"]')).toBe(year);
    expect(await page.inputValue('select[name="month"]')).toBe(month);
    expect(await page.inputValue('select[name="sort"]')).toBe('date');
    await expect.poll(shownDates, { timeout: 10_000 }).toEqual(inMonth);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
