import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, listDist } from '../build/dist';
import { checkHeaders, type Expectation } from './header-check';
import { checkPath, exactly, HOSTS, readHeadersFile, servedPaths } from './headers-file';
import { rawGet } from './http';
import { metaPolicyOf, useServer, type ServerName } from './servers';

/**
 * The built dist/ behind the real servers, on loopback, with the configuration the build wrote:
 * headers on every kind of response, precompressed bodies, per-language not-found pages.
 */
interface Sample extends Expectation {
  /** What is requested. */
  url: string;
  /** The file that answers it. */
  file: string;
}

function first(files: string[], pattern: RegExp): string {
  const file = files.find((f) => pattern.test(f));
  if (!file) throw new Error(`dist/ has no file matching ${pattern}`);
  return file;
}

function samples(): Sample[] {
  const files = listDist().filter((f) => !/\.(br|gz)$/.test(f));
  const story = first(files, /^\/de\/artikel\/[^/]+\/index\.html$/);
  const page = (url: string, file = `${url}index.html`): Sample => ({ url, file, kind: 'page', metaPolicy: metaPolicyOf(DIST, file) });
  const file = (path: string, expectation: Expectation): Sample => ({ url: path, file: path, ...expectation });
  return [
    page('/'),
    page('/de/'),
    page('/en/'),
    page(story.replace(/index\.html$/, ''), story),
    page(story, story),
    file(first(files, /^\/_astro\/.*\.css$/), { kind: 'asset', immutable: true, type: /^text\/css; charset=utf-8$/ }),
    file(first(files, /^\/_astro\/.*\.js$/), { kind: 'asset', immutable: true, type: /^text\/javascript; charset=utf-8$/ }),
    file(first(files, /^\/_astro\/.*\.webp$/), { kind: 'asset', immutable: true, type: /^image\/webp$/ }),
    file('/de/rss.xml', { kind: 'feed' }),
    file(first(files, /^\/en\/topics\/[^/]+\/rss\.xml$/), { kind: 'feed' }),
    file('/sitemap-index.xml', { kind: 'sitemap' }),
    file('/sitemap-0.xml', { kind: 'sitemap' }),
    file('/search/de/index.json', { kind: 'json' }),
    file(first(files, /^\/search\/de\/p-[0-9a-z]+\.json$/), { kind: 'json' }),
    file('/robots.txt', { kind: 'text' }),
    file('/favicon.svg', { kind: 'svg' }),
    file(first(files, /^\/og\/.*\.png$/), { kind: 'image', type: /^image\/png$/ }),
  ];
}

const COMPRESSED = (sample: Sample) => !/\.(png|webp|avif)$/.test(sample.file);

describe.each<ServerName>(['nginx', 'caddy'])('%s serving dist/', (name) => {
  let cases: Sample[] = [];
  beforeAll(() => {
    assertBuilt();
    cases = samples();
  });
  const server = useServer(name, () => DIST);

  it('sends every header on pages, hashed assets, feeds, the sitemap, data and images', async () => {
    const problems: string[] = [];
    for (const sample of cases) {
      const response = await rawGet(server.origin + sample.url);
      if (response.status !== 200) problems.push(`${sample.url}: status ${response.status}`);
      problems.push(...checkHeaders(response, sample).map((problem) => `${sample.url}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it('sends brotli and gzip when asked, nothing when not, each the file after decoding', async () => {
    const problems: string[] = [];
    for (const sample of cases) {
      const bytes = readFileSync(join(DIST, sample.file));
      const plain = await rawGet(server.origin + sample.url);
      if (plain.headers['content-encoding'] !== undefined) problems.push(`${sample.url}: encoded without being asked`);
      if (!plain.body.equals(bytes)) problems.push(`${sample.url}: plain body differs from the file`);
      if (!COMPRESSED(sample)) continue;
      for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
        const response = await rawGet(server.origin + sample.url, { 'accept-encoding': encoding });
        if (response.headers['content-encoding'] !== encoding) problems.push(`${sample.url}: ${encoding} asked, got ${response.headers['content-encoding'] ?? 'none'}`);
        else if (!decode(response.body).equals(bytes)) problems.push(`${sample.url}: ${encoding} body decodes to other bytes`);
        if (!/accept-encoding/i.test(response.headers.vary ?? '')) problems.push(`${sample.url}: no Vary: Accept-Encoding`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['/de/gibt-es-nicht/', '/de/nicht-gefunden/index.html', 'de'],
    ['/de/artikel/gibt-es-nicht/', '/de/nicht-gefunden/index.html', 'de'],
    ['/en/missing/page.json', '/en/not-found/index.html', 'en'],
    ['/nowhere/', '/404.html', 'de'],
  ])('answers %s with 404 and %s', async (url, file, lang) => {
    for (const encoding of ['identity', 'br']) {
      const response = await rawGet(server.origin + url, { 'accept-encoding': encoding });
      expect(response.status).toBe(404);
      const body = encoding === 'br' ? brotliDecompressSync(response.body) : response.body;
      expect(body.equals(readFileSync(join(DIST, file)))).toBe(true);
      expect(body.toString('utf8')).toMatch(new RegExp(`<html[^>]*lang="${lang}`));
      expect(checkHeaders(response, { kind: 'not-found', metaPolicy: metaPolicyOf(DIST, file) })).toEqual([]);
    }
  });

  it('does not publish the host configuration', async () => {
    for (const url of ['/_headers', '/_redirects', '/_hosting/nginx-server.conf', '/_hosting/site.caddy']) {
      expect({ url, status: (await rawGet(server.origin + url)).status }).toEqual({ url, status: 404 });
    }
  });

  it('answers each redirect of the build (redirects.json, when the build wrote one) with its status', async () => {
    const file = join(DIST, 'redirects.json');
    const redirects: { from: string; to: string; status: number }[] = listDist().includes('/redirects.json') ? JSON.parse(readFileSync(file, 'utf8')) : [];
    const wrong: string[] = [];
    for (const redirect of redirects) {
      const response = await rawGet(server.origin + redirect.from);
      if (response.status !== redirect.status || response.headers.location !== redirect.to) wrong.push(`${redirect.from}: ${response.status} ${response.headers.location}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('_headers, read as Netlify and Cloudflare Pages read it, against nginx', () => {
  const server = useServer('nginx', () => DIST);

  it('gives every path of dist/ the Cache-Control, policy and (where it sets one) type that nginx sends', async () => {
    assertBuilt();
    const rules = await readHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const problems: string[] = [];
    for (const { path } of servedPaths(listDist())) {
      const nginx = (await rawGet(server.origin + path)).headers;
      const wanted = {
        headers: { 'Cache-Control': nginx['cache-control'] ?? '(none)', 'X-Content-Type-Options': nginx['x-content-type-options'] ?? '(none)' },
        policy: exactly(nginx['content-security-policy'] ?? '(none)'),
        // Hosts type files by their extension; `_headers` must name the type where that is not enough (feeds).
        ...(path.endsWith('/rss.xml') ? { type: nginx['content-type'] } : {}),
      };
      for (const host of HOSTS) problems.push(...checkPath(rules, path, wanted, host));
    }
    expect(problems).toEqual([]);
  });
});
