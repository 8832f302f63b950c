import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent, epochOf, FIXTURES, type FixtureBuild } from '../build/build-fixture';
import { useBrowserSite } from './harness';
import { search } from './quality-pages';

/**
 * The hostile fixtures (titles that try to leave their element, bodies that name remote images,
 * media, scripts and styles in every way the content check lets through as text or links) built
 * into their own folder, and every page of it opened in Chromium: not one request may leave the
 * local server. Then the second layer: markup injected past the check is stopped by the CSP.
 */
let build: FixtureBuild;
let content: string;

beforeAll(() => {
  content = join(mkdtempSync(join(tmpdir(), 'souveraen-requests-')), 'content');
  cpSync(join(FIXTURES, 'hostile'), content, { recursive: true });
  cpSync(join(FIXTURES, 'hostile-requests'), content, { recursive: true });
  build = buildContent(content, 'requests', { SOURCE_DATE_EPOCH: epochOf('2026-02-20T12:00:00Z') });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output.slice(-4_000)}`);
}, 240_000);

afterAll(() => {
  rmSync(dirname(content), { recursive: true, force: true });
  if (build?.outDir) rmSync(dirname(build.outDir), { recursive: true, force: true });
});

const site = useBrowserSite({ root: () => build.outDir });

/** Every HTML page the build wrote, as site paths. */
function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && statSync(join(dir, name)).isFile())
    .map((name) => `/${relative(dir, join(dir, name)).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

describe('requests from every page of the hostile fixtures', () => {
  it('stay on the local server, on every page kind', async () => {
    const pages = builtPages(build.outDir);
    // Every kind: root chooser, homes, stories, topics, actors, search, newsroom, not-found pages.
    for (const kind of [/^\/$/, /^\/de\/$/, /^\/en\/$/, /artikel\/fremde-hosts\/$/, /articles\/hostile-title\/$/, /themen\/$/, /topics\/alliance\/$/, /akteure\/evil-corp\/$/, /actors\/$/, /suche\/$/, /search\/$/, /redaktion\/$/, /not-found\/$/, /^\/404\.html$/]) {
      expect(pages.some((path) => kind.test(path)), String(kind)).toBe(true);
    }
    const { page, context, foreignRequests } = await site.open();
    const local: string[] = [];
    page.on('request', (request) => local.push(request.url()));
    try {
      for (const path of pages) {
        await page.goto(site.origin + path, { waitUntil: 'load' });
        // Lazy images load only when scrolled to.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        if (/\/(suche|search)\/$/.test(path)) await search(page, path.startsWith('/de/') ? 'Fremde' : 'Foreign');
      }
    } finally {
      await context.close();
    }
    expect(foreignRequests).toEqual([]);
    // The recording works: the story's own image was fetched, from this server.
    expect(local.some((url) => url.startsWith(site.origin) && /\.(avif|webp|png)$/.test(url))).toBe(true);
  }, 180_000);

  it('are blocked by the Content-Security-Policy when markup gets past the check', async () => {
    const { page, context } = await site.open();
    // Chromium may announce a request it then blocks; none may get an answer.
    const answered: string[] = [];
    const failures: string[] = [];
    page.on('response', (response) => {
      if (!response.url().startsWith(site.origin)) answered.push(response.url());
    });
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(site.origin)) failures.push(request.failure()?.errorText ?? '');
    });
    let violated: string[] = [];
    try {
      await page.goto(`${site.origin}/de/artikel/fremde-hosts/`, { waitUntil: 'load' });
      violated = await page.evaluate(async () => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
        const foreign = 'http://evil.invalid';
        document.body.insertAdjacentHTML(
          'beforeend',
          `<img src="${foreign}/i.png"><video src="${foreign}/v.mp4"></video><object data="${foreign}/o"></object><iframe src="${foreign}/f"></iframe>` +
            `<form action="${foreign}/post"><button id="send">x</button></form>`,
        );
        const font = new FontFace('Evil', `url(${foreign}/font.woff2)`);
        await Promise.allSettled([fetch(`${foreign}/api`), font.load()]);
        document.getElementById('send')!.click();
        // Violations are reported as each load is refused; wait until all kinds came in (or give up).
        for (let waited = 0; waited < 5_000 && new Set(seen).size < 7; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
        return [...new Set(seen)].sort();
      });
    } finally {
      await context.close();
    }
    expect(violated, violated.join(' ')).toEqual(expect.arrayContaining(['connect-src', 'font-src', 'form-action', 'frame-src', 'img-src', 'media-src', 'object-src']));
    expect(answered).toEqual([]);
    expect(failures.every((text) => /csp|BLOCKED_BY_CSP|ERR_ABORTED/i.test(text)), failures.join(', ')).toBe(true);
  }, 60_000);
});
