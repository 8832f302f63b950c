import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/search/normalize';
import { searchIndexUrl, searchUrl } from '../../src/lib/urls';
import { fetchIndexedStories } from './built-search-index';
import { useBrowserSite } from './harness';

const site = useBrowserSite();
/** A distinctive word from the newest German story's title, taken from the built index. */
let word: string;
let storyUrl: string;

beforeAll(async () => {
  const [newest] = (await fetchIndexedStories(site.origin, 'de')).stories;
  word = newest!.title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
  storyUrl = newest!.url;
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const opened = await site.open({ colorScheme });
  const indexRequests: string[] = [];
  opened.page.on('request', (request) => {
    if (request.url().endsWith('.json')) indexRequests.push(new URL(request.url()).pathname);
  });
  await opened.page.goto(`${site.origin}${path}`);
  return { ...opened, indexRequests };
}

const firstResultLink = '[data-search-results] .result-title a';

describe('search page', () => {
  it('fetches the manifest once the page has loaded and shards only for a query, then shows results while typing', async () => {
    const { page, errors, foreignRequests, indexRequests, context } = await open(searchUrl('de'));
    await page.waitForLoadState('networkidle');
    // Ready before the first keystroke: the manifest, and no shard yet.
    await expect.poll(() => indexRequests).toEqual([searchIndexUrl('de')]);
    await page.focus('#search-page-input');
    await page.keyboard.type(word.toLowerCase());
    // Results appear while typing; wait until they belong to the whole word, not a prefix.
    await page.waitForFunction((query) => new URL(location.href).searchParams.get('q') === query, word.toLowerCase());
    await page.waitForSelector(firstResultLink);
    // The manifest first, then only files of the same language's split index.
    expect(indexRequests[0]).toBe(searchIndexUrl('de'));
    expect(indexRequests.filter((path) => !path.startsWith('/search/de/'))).toEqual([]);
    expect(await page.getAttribute(firstResultLink, 'href')).toBe(storyUrl);
    expect(await page.textContent('[data-search-status]')).toMatch(/\d+ Artikel gefunden/);
    const marksOfWholeWord = async () => {
      const marks = await page.$$eval('[data-search-results] mark', (nodes) => nodes.map((node) => node.textContent));
      return marks.length > 0 && marks.every((text) => foldText(text ?? '').includes(foldText(word).slice(0, 4)));
    };
    await expect.poll(marksOfWholeWord, { timeout: 10_000 }).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word.toLowerCase());
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('forgives a typo inside a word', async () => {
    const typo = `${word.slice(0, 3)}${word.slice(4)}`;
    const { page, errors, context } = await open(`${searchUrl('de')}?q=${encodeURIComponent(typo)}`);
    await page.waitForSelector(firstResultLink);
    const hrefs = await page.$$eval(firstResultLink, (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain(storyUrl);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names under a result what matched where nothing shown does: the story’s own word, or whose other name', async () => {
    const { page, errors, context } = await open(searchUrl('de'));
    const named: string[] = [];
    for (const query of ['Bundeswer', 'fördern', 'Kanadier']) {
      await page.goto(`${site.origin}${searchUrl('de')}?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-search-results] .result-elsewhere, [data-search-results] .result-other-name');
      const results = await page.$$eval('[data-search-results] li', (items) =>
        items.map((item) => {
          const line = (selector: string) => {
            const node = item.querySelector<HTMLElement>(selector);
            return node ? { text: node.textContent ?? '', lang: node.lang, marked: [...node.querySelectorAll('mark')].map((mark) => mark.textContent ?? '') } : undefined;
          };
          return {
            href: item.querySelector('.result-title a')?.getAttribute('href') ?? '',
            meta: item.querySelector('.result-meta')?.textContent ?? '',
            elsewhere: line('.result-elsewhere'),
            otherName: line('.result-other-name'),
          };
        }),
      );
      for (const { href, meta, elsewhere, otherName } of results) {
        for (const line of [elsewhere, otherName]) if (line) expect(line.lang, href).toBe('de-DE');
        if (elsewhere) {
          expect(elsewhere.text).toBe(`Weiter im Text: ${elsewhere.marked.join(', ')}`);
          expect(elsewhere.marked).not.toContain(query);
          // The word is the story's own, as it spells it: its page has it.
          const story = await (await fetch(`${site.origin}${href}`)).text();
          for (const word of elsewhere.marked) expect(story, `${query}: ${href}`).toContain(word);
          named.push(...elsewhere.marked);
        }
        if (otherName) {
          // “Treffer über einen anderen Namen: Bundesrepublik (Deutschland)”: whose name it is, among the result's actors.
          const [, name, of] = /^Treffer über einen anderen Namen: (.+) \((.+)\)$/.exec(otherName.text) ?? [];
          expect(otherName.marked, otherName.text).toEqual([name]);
          expect(meta, href).toContain(of);
          named.push(name!);
        }
      }
    }
    // The closest match, and each story's own spelling of words that fold alike.
    expect(named).toEqual(expect.arrayContaining(['Bundeswehr', 'Bundesrepublik', 'Förderung', 'Forderung', 'Kanadier']));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks another name that is in the other language as such, so it is read in that language', async () => {
    const { page, errors, context } = await open(`${searchUrl('en')}?q=Verteidigungscloud`);
    await page.waitForSelector('[data-search-results] .result-other-name mark');
    const lines = await page.$$eval('[data-search-results] .result-other-name', (nodes) =>
      nodes.map((node) => ({ lang: (node as HTMLElement).lang, marks: [...node.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.lang]) })),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.lang).toBe('en-GB');
      expect(line.marks).toEqual([['Verteidigungscloud', 'de-DE']]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the topic label when the query matches the topic alone', async () => {
    const { page, errors, context } = await open(`${searchUrl('de')}?q=Haushalt`);
    await page.waitForSelector(firstResultLink);
    const topics = await page.$$eval('[data-search-results] li', (items) =>
      items.map((item) => ({
        mark: item.querySelector('.result-topic mark')?.textContent,
        explained: item.querySelector('.result-elsewhere, .result-other-name') !== null,
        titleMarked: item.querySelector('.result-title mark, .result-snippet mark') !== null,
      })),
    );
    const topicOnly = topics.filter(({ explained, titleMarked }) => !explained && !titleMarked);
    expect(topicOnly.length).toBeGreaterThan(0);
    for (const topic of topicOnly) expect(topic.mark).toBe('Digitalhaushalt');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a four-letter word with a typo that matches nothing as typed (clod: cloud)', async () => {
    const english = (await fetchIndexedStories(site.origin, 'en')).stories;
    const withCloud = english.filter((story) => /\bsovereign cloud\b/i.test(story.title)).map((story) => story.url);
    expect(withCloud.length).toBeGreaterThan(0);
    const { page, errors, context } = await open(`${searchUrl('en')}?q=${encodeURIComponent('sovereign clod')}`);
    await page.waitForSelector(firstResultLink);
    expect(withCloud).toContain(await page.getAttribute(firstResultLink, 'href'));
    const marks = await page.$$eval('[data-search-results] .result-title mark', (nodes) => nodes.map((node) => node.textContent?.toLowerCase()));
    expect(marks).toContain('cloud');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the first result with ArrowDown and Enter', async () => {
    const { page, errors, context } = await open(searchUrl('de'));
    await page.fill('#search-page-input', word);
    await page.waitForSelector(firstResultLink);
    const href = await page.getAttribute(firstResultLink, 'href');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await Promise.all([page.waitForURL(`${site.origin}${href}`), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads ?q= on load and clears with Escape', async () => {
    const { page, context } = await open(`${searchUrl('en')}?q=${encodeURIComponent(word)}`);
    await page.waitForSelector(firstResultLink);
    expect(await page.inputValue('#search-page-input')).toBe(word);
    await page.focus('#search-page-input');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-page-input')).toBe('');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 0);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    await context.close();
  });

  it('shows a hostile query as text and runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { page, errors, foreignRequests, context } = await open(searchUrl('de'));
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    // Records every element that could run script or load something, the moment it is inserted,
    // even if it is removed again: an injected img would be caught before its onerror could fire.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { injected: string[] }).injected = seen;
      const check = (node: Node) => {
        if (!(node instanceof Element)) return;
        for (const element of [node, ...node.querySelectorAll('*')]) {
          const handlers = element.getAttributeNames().filter((name) => name.startsWith('on'));
          if (['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName) || handlers.length > 0) seen.push(element.outerHTML);
        }
      };
      new MutationObserver((records) => {
        for (const record of records) {
          record.addedNodes.forEach(check);
          if (record.type === 'attributes') check(record.target);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.fill('#search-page-input', hostile);
    await page.waitForFunction(() => !document.querySelector('[data-search-empty]')?.hasAttribute('hidden'));
    expect(await page.evaluate(() => (window as unknown as { injected: string[] }).injected)).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toContain(hostile);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    const topicLinks = await page.$$('[data-search-empty] a');
    expect(topicLinks).toHaveLength(4);
    await context.close();
  });
});

describe('header search box', () => {
  it('focuses with / and Ctrl+K and leads from a story page to the results', async () => {
    const { page, errors, indexRequests, context } = await open(storyUrl);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(indexRequests).toEqual([]);
    await page.keyboard.type(word);
    await Promise.all([page.waitForURL((url) => url.pathname === searchUrl('de')), page.keyboard.press('Enter')]);
    await page.waitForSelector(firstResultLink);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search page with results', () => {
  it.each(['light', 'dark'] as const)('renders accessibly in %s mode', async (scheme) => {
    const { page, errors, context } = await open(`${searchUrl('en')}?q=${encodeURIComponent(word)}`, scheme);
    await page.waitForSelector(firstResultLink);
    await page.screenshot({ path: `test-results/search-${scheme}.png`, fullPage: true });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
