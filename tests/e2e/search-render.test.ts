import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncChildren } from '../../src/scripts/search/render';
import { launchBrowser } from './harness';

/**
 * `syncChildren` in real Chromium: a MutationObserver records every child the list loses or
 * gains, so a kept result that is moved (and so re-inserted, restyled and laid out again) shows up.
 * The function has no imports, so its compiled source runs as it is in the page.
 */
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setContent('<ol></ol>');
  await page.evaluate((source) => {
    (window as unknown as { sync: unknown }).sync = new Function(`return (${source})`)();
  }, syncChildren.toString());
});

afterAll(async () => {
  await browser?.close();
});

/** Fills the list with `before`, then syncs it to `after` (ids; new ids get new elements). */
async function sync(before: string[], after: string[]): Promise<{ children: string[]; removed: string[]; added: string[] }> {
  return page.evaluate(
    async ([before, after]) => {
      const list = document.querySelector('ol')!;
      list.replaceChildren(
        ...before.map((id) => {
          const item = document.createElement('li');
          item.id = id;
          return item;
        }),
      );
      const byId = new Map([...list.children].map((item) => [item.id, item]));
      const nodes = after.map((id) => {
        if (!byId.has(id)) {
          const item = document.createElement('li');
          item.id = id;
          byId.set(id, item);
        }
        return byId.get(id)!;
      });
      const removed: string[] = [];
      const added: string[] = [];
      const observer = new MutationObserver(() => undefined);
      observer.observe(list, { childList: true });
      (window as unknown as { sync: (parent: Element, nodes: Element[]) => void }).sync(list, nodes);
      for (const record of observer.takeRecords()) {
        record.removedNodes.forEach((node) => removed.push((node as Element).id));
        record.addedNodes.forEach((node) => added.push((node as Element).id));
      }
      observer.disconnect();
      return { children: [...list.children].map((item) => item.id), removed, added };
    },
    [before, after] as const,
  );
}

describe('syncChildren (result list updates)', () => {
  it('removes results no longer listed without moving the kept ones after them', async () => {
    const result = await sync(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'e']);
    expect(result.children).toEqual(['b', 'c', 'd', 'e']);
    expect(result.removed).toEqual(['a']);
    expect(result.added).toEqual(['e']);
  });

  it('inserts new results between kept ones and leaves those in place', async () => {
    const result = await sync(['a', 'b', 'c'], ['x', 'a', 'y', 'c']);
    expect(result.children).toEqual(['x', 'a', 'y', 'c']);
    expect(result.removed).toEqual(['b']);
    expect(result.added.sort()).toEqual(['x', 'y']);
  });

  it('follows a new order and empties the list', async () => {
    expect((await sync(['a', 'b', 'c'], ['c', 'a', 'b'])).children).toEqual(['c', 'a', 'b']);
    expect((await sync(['a', 'b'], [])).children).toEqual([]);
  });
});
