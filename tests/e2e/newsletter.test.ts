import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { week8 } from '../build/newsletter-fixture';
import { launchBrowser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The HTML part as a mail client's preview pane shows it: offline, at a phone's or a pane's width. */
async function render(lang: 'de' | 'en', width: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(week8(lang).letter.html, { waitUntil: 'load' });
  const metrics = await page.evaluate(() => {
    const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
    const h1 = getComputedStyle(document.querySelector('h1')!);
    const body = getComputedStyle(document.body);
    return { scrollWidth: document.documentElement.scrollWidth, sheetWidth: sheet.width, h1Size: parseFloat(h1.fontSize), text: h1.color, background: body.backgroundColor };
  });
  mkdirSync('shots', { recursive: true });
  await page.screenshot({ path: `shots/newsletter-${lang}-${width}-${colorScheme}.png`, fullPage: true });
  await context.close();
  return { metrics, requests };
}

describe('newsletter HTML in Chromium', () => {
  for (const width of [600, 375]) {
    it(`fits ${width} px without horizontal scrolling and loads nothing`, async () => {
      const { metrics, requests } = await render('de', width, 'light');
      expect(metrics.scrollWidth).toBeLessThanOrEqual(width);
      expect(metrics.sheetWidth).toBe(Math.min(600, width));
      expect(metrics.h1Size).toBeGreaterThanOrEqual(24);
      expect(requests).toEqual([]);
    });
  }

  it('follows a dark colour scheme where the client offers one', async () => {
    const light = await render('en', 375, 'light');
    const dark = await render('en', 375, 'dark');
    expect(light.metrics.background).toBe('rgb(243, 241, 236)');
    expect(light.metrics.text).toBe('rgb(28, 29, 33)');
    expect(dark.metrics.background).toBe('rgb(21, 23, 27)');
    expect(dark.metrics.text).toBe('rgb(236, 234, 228)');
  });
});
