import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchUrl } from '../../src/lib/urls';
import { buildFixture, epochOf, type FixtureBuild } from '../build/build-fixture';
import { useBrowserSite } from './harness';
import { linksInWrongLanguage, search } from './quality-pages';

/**
 * Mixed-language lists. Listings show a language's own stories; search on an English page also
 * finds German-only ones. The `publishing` fixture has such a story (Tapir, with markup in its
 * title) beside a translated pair, so language marking and hostile text are checked whatever
 * the real content holds today.
 */
describe('an untranslated story on the other language’s pages', () => {
  let fixture: FixtureBuild;
  beforeAll(() => {
    fixture = buildFixture('publishing', { SOURCE_DATE_EPOCH: epochOf('2026-03-01T12:00:00Z') });
    if (fixture.status !== 0) throw new Error(fixture.output);
  }, 240_000);
  afterAll(() => {
    if (fixture) rmSync(dirname(fixture.outDir), { recursive: true, force: true });
  });
  // Registered after the build hooks: vitest runs beforeAll in order and afterAll in reverse.
  const site = useBrowserSite({ root: () => fixture.outDir });

  it('English search lists the German-only story marked as German, as text, accessibly', async () => {
    const { page, context, errors, foreignRequests } = await site.open({ locale: 'en-GB' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await page.goto(site.origin + searchUrl('en'), { waitUntil: 'load' });
      await search(page, 'Tapir');
      const link = page.locator('a[href="/de/artikel/tapir/"]').first();
      await link.waitFor({ timeout: 10_000 });
      expect(await link.evaluate((a) => a.closest('[lang]')?.getAttribute('lang'))).toMatch(/^de\b/);
      // Markup in the title is shown as text.
      expect(await link.textContent()).toContain('<script>');
      expect(await linksInWrongLanguage(page)).toEqual([]);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
