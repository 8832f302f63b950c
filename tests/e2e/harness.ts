import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/lib/chromium';
import { serveWithCaddy } from '../../scripts/lib/hosting/caddy-server';
import { serveWithNginx } from '../../scripts/lib/hosting/nginx-server';
import { serveStatic } from '../../scripts/lib/serve-static';

export type SiteServer = 'nginx' | 'caddy' | 'static';
const SERVERS: readonly SiteServer[] = ['nginx', 'caddy', 'static'];

/**
 * Which server the browser tests see: nginx with the build's configuration (its header policy,
 * precompressed files, per-language 404s) unless E2E_SERVER names `caddy` or `static` (a plain
 * Node server: 404.html fallback, gzip, as Lighthouse sees it).
 */
export function e2eServer(value = process.env.E2E_SERVER): SiteServer {
  if (value === undefined || value === '') return 'nginx';
  if (!(SERVERS as readonly string[]).includes(value)) throw new Error(`E2E_SERVER=${value}: expected one of ${SERVERS.join(', ')}`);
  return value as SiteServer;
}

export function serveDist(root = join(process.cwd(), 'dist'), server: SiteServer = e2eServer()): Promise<{ origin: string; close: () => Promise<void> }> {
  if (server === 'nginx') return serveWithNginx({ root });
  if (server === 'caddy') return serveWithCaddy({ root });
  return serveStatic(root);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  locale?: string;
}

/**
 * Opens a page that records console errors, page errors and every request to another host,
 * so tests can assert the site is self-contained and error-free.
 */
export async function openPage(browser: Browser, origin: string, options: PageOptions = {}) {
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

export interface BrowserSite {
  /** Where the site is served, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly origin: string;
  readonly browser: Browser;
  /** `openPage` on this site's browser and origin. */
  open(options?: PageOptions): ReturnType<typeof openPage>;
}

/**
 * For a test file or describe block: serves the built site and launches Chromium before its tests
 * (registered with beforeAll/afterAll where it is called) and closes both afterwards, also when a
 * test fails. `root` is read when the hook runs, so an earlier beforeAll may build it.
 */
export function useBrowserSite(options: { root?: () => string; server?: SiteServer } = {}): BrowserSite {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Both are awaited and kept before a failure is reported, so afterAll closes whichever started.
    const [served, launched] = await Promise.allSettled([serveDist(options.root?.(), options.server), launchBrowser()]);
    if (served.status === 'fulfilled') server = served.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (served.status === 'rejected') throw served.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  });
  const ready = () => {
    if (!server || !browser) throw new Error('useBrowserSite: the site is used before its beforeAll has run');
    return { server, browser };
  };
  return {
    get origin() {
      return ready().server.origin;
    },
    get browser() {
      return ready().browser;
    },
    open: (pageOptions) => openPage(ready().browser, ready().server.origin, pageOptions),
  };
}
