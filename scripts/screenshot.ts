/**
 * Screenshots of built pages in Debian's Chromium, for looking at what we ship.
 * Usage: npm run screenshot -- /de/ /en/articles/x/ [--width 390] [--dark] [--out shots]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage, serveDist } from '../tests/e2e/harness';
import { parseCommandLine } from './lib/cli';

const USAGE = 'Usage: npm run screenshot -- /de/ /en/articles/x/ [--width 390] [--dark] [--out shots]\nScreenshots of pages of the built dist/ (served through the e2e harness) into --out.';

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    dark: { type: 'boolean', default: false },
    out: { type: 'string', default: 'shots' },
    full: { type: 'boolean', default: true },
  },
});

const server = await serveDist();
const browser = await launchBrowser();
mkdirSync(values.out, { recursive: true });
try {
  for (const path of positionals.length ? positionals : ['/']) {
    const { page, context, errors, foreignRequests } = await openPage(browser, server.origin, {
      colorScheme: values.dark ? 'dark' : 'light',
    });
    await page.setViewportSize({ width: Number(values.width), height: 900 });
    // Network idle, not just load: the search page fetches its index in a worker after load.
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    const file = join(values.out, `${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${values.width}${values.dark ? '-dark' : ''}.png`);
    await page.screenshot({ path: file, fullPage: values.full });
    console.log(file, errors.length ? `errors (${errors.length}): ${errors[0]!.slice(0, 300)}` : '', foreignRequests.length ? `foreign: ${foreignRequests.join(' ')}` : '');
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
