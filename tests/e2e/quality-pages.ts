import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LANGS, type Lang } from '../../src/i18n/config';
import { TOPIC_IDS } from '../../src/lib/topics';
import { actorsUrl, articleUrl, homeUrl, rootUrl, searchUrl, topicUrl, topicsUrl } from '../../src/lib/urls';

/** One page of each type, in each language, picked from what the build produced. */
export interface PageCase {
  name: string;
  path: string;
  /** The served 404 page: the document itself answers 404, which Chromium logs. */
  notFound?: boolean;
  /** A search query to run, so the results are part of what is checked. */
  query?: string;
}

const DIST = join(process.cwd(), 'dist');

/** First built child page of a listing folder, e.g. the first story under /de/artikel/. */
function firstChild(prefix: string): string {
  const dir = join(DIST, prefix);
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => !/^\d+$/.test(name) && existsSync(join(dir, name, 'index.html'))) : [];
  if (names.length === 0) throw new Error(`no built page under ${prefix}: build with content first`);
  return `${prefix}${names.sort()[0]}/`;
}

/** A word from a story's slug: it occurs in that story, so a working search finds it. */
function queryFrom(storyPath: string): string {
  const words = storyPath.split('/').filter(Boolean).at(-1)!.split('-');
  return words.find((word) => word.length >= 6) ?? words[0]!;
}

export function pageCases(): PageCase[] {
  const cases: PageCase[] = [
    { name: 'root chooser', path: rootUrl() },
    { name: '404', path: '/de/gibt-es-nicht/', notFound: true },
    { name: '404 outside a language', path: '/gibt-es-nicht/', notFound: true },
  ];
  for (const lang of LANGS) {
    const story = firstChild(articleUrl({ lang, slug: '-' }).replace(/-\/$/, ''));
    cases.push(
      { name: `${lang} home`, path: homeUrl(lang) },
      { name: `${lang} story`, path: story },
      { name: `${lang} topics`, path: topicsUrl(lang) },
      { name: `${lang} topic`, path: topicUrl(lang, TOPIC_IDS[0]) },
      { name: `${lang} actors`, path: actorsUrl(lang) },
      { name: `${lang} actor`, path: firstChild(actorsUrl(lang)) },
      { name: `${lang} search`, path: searchUrl(lang), query: queryFrom(story) },
    );
  }
  return cases;
}

export function langOfPath(path: string): Lang | undefined {
  return LANGS.find((lang) => path.startsWith(`/${lang}/`));
}

/**
 * Opens a case. For search, the query goes through the form as a reader would type it; results
 * are awaited briefly, so whatever the search UI renders is included in the checks.
 */
export async function visit(page: Page, origin: string, item: PageCase): Promise<void> {
  await page.goto(origin + item.path, { waitUntil: 'load' });
  if (item.query) await search(page, item.query);
}

export async function search(page: Page, query: string): Promise<void> {
  const input = page.locator('main input[type="search"]').first();
  await input.fill(query);
  await Promise.all([page.waitForLoadState('networkidle'), input.press('Enter')]);
  await page.waitForLoadState('networkidle');
  await page
    .locator('#search-results > *, [data-search-results] > *')
    .first()
    .waitFor({ timeout: 2000 })
    .catch(() => undefined);
}

/**
 * Internal links whose text is not marked in the language of the page they lead to. A link to
 * /en/… reads in English even on a German page; the language switch declares hreflang and marks
 * its own label.
 */
export function linksInWrongLanguage(page: Page): Promise<string[]> {
  return page.$$eval('a[href^="/de/"], a[href^="/en/"]', (links) =>
    links
      .filter((a) => !a.hasAttribute('hreflang') && a.textContent!.trim() !== '' && !/\.xml$/.test(a.getAttribute('href')!))
      .filter((a) => !(a.closest('[lang]')?.getAttribute('lang') ?? '').startsWith(a.getAttribute('href')!.slice(1, 3)))
      .map((a) => `${a.getAttribute('href')} "${a.textContent!.trim()}" in lang=${a.closest('[lang]')?.getAttribute('lang')}`),
  );
}

/** Console noise that is not a fault: the 404 document itself answering 404. */
export function realErrors(errors: string[], item: PageCase): string[] {
  return item.notFound ? errors.filter((e) => !/status of 404/.test(e)) : errors;
}
