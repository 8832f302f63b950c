import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from './harness';
import { langOfPath, linksInWrongLanguage, pageCases, search } from './quality-pages';

/** What axe cannot judge alone: keyboard use, focus visibility, structure, language, motion. */
describe('keyboard, structure, language and motion', () => {
  const site = useBrowserSite();

  async function withPage<T>(path: string, run: (page: Page) => Promise<T>): Promise<T> {
    const { page, context } = await site.open();
    try {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      return await run(page);
    } finally {
      await context.close();
    }
  }

  const cases = pageCases();
  const sitePages = cases.filter((item) => langOfPath(item.path) && !item.notFound);

  it.each(cases)('$name: skip link, one h1, landmarks, document and link languages', async (item) => {
    await withPage(item.path, async (page) => {
      const lang = langOfPath(item.path);
      expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${lang ?? 'de'}\\b`));
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      if (sitePages.includes(item)) {
        expect(await page.getByRole('banner').count()).toBe(1);
        expect(await page.getByRole('contentinfo').count()).toBe(1);
        expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);
        // The skip link is the first tab stop, shows itself, and moves focus into main.
        await page.keyboard.press('Tab');
        const skip = page.locator(':focus');
        expect(await skip.getAttribute('href')).toBe('#main');
        const box = await skip.boundingBox();
        expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      }
      if (item.query) await search(page, item.query);
      expect(await linksInWrongLanguage(page)).toEqual([]);
    });
  });

  it('the language check notices an unmarked English link on a German page', async () => {
    await withPage('/de/', async (page) => {
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '/en/';
        a.textContent = 'English home';
        document.querySelector('main')!.append(a);
      });
      expect(await linksInWrongLanguage(page)).toEqual(['/en/ "English home" in lang=de']);
    });
  });

  it.each(sitePages.filter((item) => /home|story/.test(item.name)))('$name shows a visible focus ring on every tab stop', async (item) => {
    await withPage(item.path, async (page) => {
      const invisible: string[] = [];
      let stops = 0;
      for (let stop = 0; stop < 12; stop++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { visible: outline || style.boxShadow !== 'none', what: `${el.tagName} ${el.getAttribute('href') ?? el.id}` };
        });
        if (ring) stops++;
        if (ring && !ring.visible) invisible.push(ring.what);
      }
      expect(stops).toBeGreaterThan(5);
      expect(invisible).toEqual([]);
    });
  });

  it.each(sitePages.filter((item) => /home|story|topic$/.test(item.name)))('$name respects prefers-reduced-motion', async (item) => {
    await withPage(item.path, async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const moving = await page.evaluate(() => {
        const seconds = (value: string) => Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
        const found: string[] = [];
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: smooth scrolling');
        for (const el of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(el, pseudo);
            if (seconds(style.transitionDuration) > 0.001 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0.001)) {
              found.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`);
            }
          }
        }
        return found;
      });
      expect(moving).toEqual([]);
    });
  });
});
