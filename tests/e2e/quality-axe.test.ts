import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, serveDist } from './harness';
import { pageCases, realErrors, visit } from './quality-pages';

/** WCAG 2.2 A/AA plus axe best practices, on every page type, both languages, both schemes. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.each(['light', 'dark'] as const)('accessibility and a clean console in the %s scheme', (colorScheme) => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pageCases())('$name ($path)', async (item) => {
    const { page, context, errors, foreignRequests } = await openPage(browser, server.origin, { colorScheme });
    try {
      await visit(page, server.origin, item);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      expect(summary).toEqual([]);
      // Console errors include CSP violations ("Refused to …") and failed loads.
      expect(realErrors(errors, item)).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
