import { describe, expect, it } from 'vitest';
import { useBrowserSite } from './harness';

const site = useBrowserSite();

describe('reading and switching language', () => {
  it('goes from the German home to a story and on to the same story in English', async () => {
    const { page, context, errors, foreignRequests } = await site.open();
    await page.goto(`${site.origin}/de/`);
    const firstTranslated = page.locator('.card h3 a').filter({ hasText: 'HENSOLDT' }).first();
    await firstTranslated.click();
    await page.waitForURL(/\/de\/artikel\//);
    const germanTitle = await page.locator('h1').textContent();
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/en\/articles\//);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).not.toBe(germanTitle);
    expect(await page.locator('h1').textContent()).toContain('HENSOLDT');
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/de\/artikel\//);
    expect(await page.locator('h1').textContent()).toBe(germanTitle);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows the "not yet translated" note when a German-only story switches to English', async () => {
    const { page, context } = await site.open();
    await page.goto(`${site.origin}/de/themen/haushalt/`);
    await page.locator('.card h3 a', { hasText: 'Gigabit' }).click();
    await page.waitForURL(/\/de\/artikel\//);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/en\/topics\/budget\/#not-translated$/);
    await expect.poll(() => page.locator('#not-translated').isVisible(), { timeout: 10_000 }).toBe(true);
    // Without the fragment the note stays hidden.
    await page.goto(`${site.origin}/en/topics/budget/`);
    expect(await page.locator('#not-translated').isVisible()).toBe(false);
    await context.close();
  });

  it('suggests the browser language on the root chooser without redirecting', async () => {
    for (const [locale, suggested] of [['en-GB', 'en'], ['de-DE', 'de']] as const) {
      const { page, context } = await site.open({ locale });
      await page.goto(`${site.origin}/`);
      await expect.poll(() => page.locator(`[data-lang="${suggested}"].is-suggested`).count(), { timeout: 10_000 }).toBe(1);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.locator('.chooser a').count()).toBe(2);
      await context.close();
    }
  });

  it('serves the bilingual 404 page for unknown paths outside a language', async () => {
    const { page, context } = await site.open();
    const response = await page.goto(`${site.origin}/gibt-es-nicht/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('[lang="de-DE"] h1').textContent()).toBe('Seite nicht gefunden');
    expect(await page.locator('[lang="en-GB"] h2').textContent()).toBe('Page not found');
    await context.close();
  });

  it('serves the not-found page of the language for unknown paths under /de/ and /en/', async () => {
    const { page, context } = await site.open();
    for (const [path, lang, heading] of [['/de/artikel/gibt-es-nicht/', 'de', 'Seite nicht gefunden'], ['/en/missing/', 'en', 'Page not found']] as const) {
      const response = await page.goto(`${site.origin}${path}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('h1').textContent()).toBe(heading);
    }
    await context.close();
  });

  it('reads fully without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/topics/defence-cloud/`);
    expect(await page.locator('.card').count()).toBeGreaterThan(0);
    await page.locator('.card h3 a').first().click();
    expect(await page.locator('.body p').count()).toBeGreaterThan(2);
    await context.close();
  });

  it('submits the search page’s filters with its query without JavaScript, though they sit outside the form', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/de/suche/`);
    await page.locator('[data-search-page] input[name="q"]').fill('Cloud');
    await page.locator('select[name="topic"]').selectOption('budget');
    await page.locator('select[name="sort"]').selectOption('date');
    await Promise.all([page.waitForURL(/\?q=/), page.locator('[data-search-page] button[type="submit"]').click()]);
    const params = new URL(page.url()).searchParams;
    expect([params.get('q'), params.get('topic'), params.get('sort')]).toEqual(['Cloud', 'budget', 'date']);
    await context.close();
  });

  it('lays out without horizontal scrolling at 320 px', async () => {
    const { page, context } = await site.open();
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of ['/de/', '/en/articles/klingbeil-urges-speed-on-the-digital-euro/', '/de/akteure/']) {
      await page.goto(site.origin + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
