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
    // A full-page shot does not scroll, so lazy images below the first screen would show as empty
    // boxes: load them as a reader scrolling down would, and name any that does not load.
    const broken = await page.evaluate(async () => {
      const images = [...document.images];
      for (const image of images) image.loading = 'eager';
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      return images.filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src);
    });
    // Blocks with `content-visibility: auto` (search results) are painted only near the viewport,
    // which a full-page shot does not move: they would show as empty boxes.
    // Set through the CSSOM, which the pages' CSP allows (an injected style element it would block).
    if (values.full) {
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('body *')) {
          if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
        }
      });
    }
    await page.screenshot({ path: file, fullPage: values.full });
    const notes = [
      errors.length ? `errors (${errors.length}): ${errors[0]!.slice(0, 300)}` : '',
      foreignRequests.length ? `foreign: ${foreignRequests.join(' ')}` : '',
      broken.length ? `images that did not load: ${broken.join(' ')}` : '',
    ];
    console.log(file, ...notes.filter(Boolean));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
