import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/lib/chromium';
import { serveStatic } from '../../scripts/lib/serve-static';

/** dist/ served like a plain static host (404.html fallback, gzip), as Lighthouse sees it too. */
export function serveDist(root = join(process.cwd(), 'dist')): Promise<{ origin: string; close: () => Promise<void> }> {
  return serveStatic(root);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens a page that records console errors, page errors and every request to another host,
 * so tests can assert the site is self-contained and error-free.
 */
export async function openPage(browser: Browser, origin: string, options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}) {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'de-DE' });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreignRequests.push(request.url());
  });
  return { page, context, errors, foreignRequests };
}
