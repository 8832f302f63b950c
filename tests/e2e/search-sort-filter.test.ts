import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/lib/search/engine';
import type { SearchManifest } from '../../src/lib/search/split-format';
import { createSplitStore } from '../../src/lib/search/split-store';
import { searchIndexUrl, searchShardUrl, searchUrl } from '../../src/lib/urls';
import { fetchIndexedStories } from './built-search-index';
import { useBrowserSite } from './harness';

const site = useBrowserSite();
const dates = '[data-search-results] > li:not([lang]) time';
const status = '[data-search-status]';
/** A title word whose best matches in `year` are not in date order, and the month most of them are from. */
let query: string;
let year: string;
let month: string;

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

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('search sort and date filters', () => {
  it('filter by year and month, sort by date, keep all in the address, and restore it on back, forward and load', async () => {
    expect(query, 'the corpus has a word whose matches are not in date order').toBeDefined();
    const { page, errors, foreignRequests, context } = await site.open();
    await page.goto(`${site.origin}${searchUrl('de')}`);
    const shownDates = () => page.$$eval(dates, (nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    const newestFirst = (list: string[]) => list.join() === [...list].sort().reverse().join();
    const statusOf = () => page.textContent(status);

    // Without a year the month waits, greyed out.
    expect(await page.isDisabled('select[name="month"]')).toBe(true);
    await page.selectOption('select[name="year"]', year);
    await page.waitForSelector(dates);
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
    await page.waitForSelector(dates);
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
