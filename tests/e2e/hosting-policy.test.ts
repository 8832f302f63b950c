import { describe, expect, it } from 'vitest';
import { useBrowserSite } from './harness';
import { pageCases, realErrors, visit } from './quality-pages';

/**
 * Every page type through nginx with the build's header policy (always nginx, whatever
 * E2E_SERVER says): the header policy is there and forbids framing, and nothing the page does
 * violates it (the browser enforces header and meta tag together) — search included, whose
 * worker fetches the index under its own script policy.
 */
describe('pages behind nginx with the header policy', () => {
  const site = useBrowserSite({ server: 'nginx' });

  it.each(pageCases())('$name ($path): no policy violation, no console error, no other host', async (item) => {
    const { page, context, errors, foreignRequests } = await site.open();
    try {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const response = await page.goto(site.origin + item.path);
      expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      await visit(page, site.origin, item);
      if (item.query) expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(realErrors(errors, item)).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
