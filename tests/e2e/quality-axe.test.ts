import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from './harness';
import { pageCases, realErrors, visit } from './quality-pages';

/** WCAG 2.2 A/AA plus axe best practices, on every page type, both languages, both schemes. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violationsOf(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

describe('accessibility and a clean console, light and dark', () => {
  const site = useBrowserSite();

  // One visit per page; the scheme is switched in place, which re-evaluates the
  // prefers-color-scheme styles exactly as a fresh dark load would.
  it.each(pageCases())('$name ($path)', async (item) => {
    const { page, context, errors, foreignRequests } = await site.open({ colorScheme: 'light' });
    try {
      await visit(page, site.origin, item);
      expect({ scheme: 'light', violations: await violationsOf(page) }).toEqual({ scheme: 'light', violations: [] });
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect({ scheme: 'dark', violations: await violationsOf(page) }).toEqual({ scheme: 'dark', violations: [] });
      // Console errors include CSP violations ("Refused to …") and failed loads.
      expect(realErrors(errors, item)).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
