import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, listDist, listPages, readDist } from './dist';
import { parseTags } from './quality-refs';

/** What the build leaves for hosts: compressed siblings, and configurations made from the pages. */
const TEXT = /\.(html|css|js|json|xml|txt|svg)$/;

function metaPolicy(html: string): string {
  const meta = parseTags(html).find((tag) => tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta!.attrs.get('content')!;
}

/** Directives, each with its sources sorted: what two spellings of one policy share. */
function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((parts) => parts[0] !== '')
    .map(([name, ...sources]) => `${name} ${sources.sort().join(' ')}`)
    .sort();
}

describe('precompressed files', () => {
  let files: string[];
  beforeAll(() => {
    assertBuilt();
    files = listDist();
  });

  it('every text file has a .br and a .gz that decode to its exact bytes', () => {
    const sources = files.filter((file) => TEXT.test(file) && !file.startsWith('/_hosting/'));
    expect(sources.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const file of sources) {
      const bytes = readFileSync(join(DIST, file));
      for (const [suffix, decode] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]] as const) {
        if (!files.includes(file + suffix)) wrong.push(`${file}${suffix} missing`);
        else if (!decode(readFileSync(join(DIST, file + suffix))).equals(bytes)) wrong.push(`${file}${suffix} decodes to other bytes`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no image is compressed again, and no sibling is left without its file', () => {
    const siblings = files.filter((file) => /\.(br|gz)$/.test(file));
    expect(siblings.filter((file) => !TEXT.test(file.replace(/\.(br|gz)$/, '')) || !files.includes(file.replace(/\.(br|gz)$/, '')))).toEqual([]);
  });
});

describe('host configuration', () => {
  beforeAll(assertBuilt);

  it("nginx and Caddy carry each page's own meta policy plus frame-ancestors 'none', and nothing for pages that do not exist", () => {
    // Each page names its policy by number, and a second map gives each number's policy.
    const resolve = (text: string, pageLine: RegExp, policyLine: RegExp) => {
      const policies = new Map([...text.matchAll(policyLine)].map((m) => [m[1]!, m[2]!]));
      return new Map([...text.matchAll(pageLine)].map((m) => [m[1]!, policies.get(m[2]!) ?? `(no policy ${m[2]})`]));
    };
    const nginx = resolve(readDist('/_hosting/nginx-http.conf'), /^ {4}"(\/[^"]*\.html)" (p\d+);$/gm, /^ {4}(p\d+) "([^"]*)";$/gm);
    const caddy = resolve(readDist('/_hosting/site.caddy'), /^\t"(\/[^"]*)" (p\d+)$/gm, /^\t(p\d+) "([^"]*)"$/gm);
    const pages = listPages();
    expect([...nginx.keys()].sort()).toEqual([...pages].sort());
    const wrong: string[] = [];
    for (const page of pages) {
      const expected = [...directives(metaPolicy(readDist(page))), "frame-ancestors 'none'"].sort();
      if (JSON.stringify(directives(nginx.get(page) ?? '')) !== JSON.stringify(expected)) wrong.push(`nginx ${page}`);
      const url = page.replace(/index\.html$/, '');
      if (JSON.stringify(directives(caddy.get(url) ?? '')) !== JSON.stringify(expected)) wrong.push(`caddy ${url}`);
    }
    expect(wrong).toEqual([]);
    // nginx refuses a header value over 4 kB; each page's policy is far below it.
    expect(Math.max(...[...nginx.values()].map((policy) => policy.length))).toBeLessThan(4096);
    // Pages share policies: each is written once, not once per page.
    expect(new Set(nginx.values()).size).toBeLessThan(pages.length / 10);
    expect(readDist('/_hosting/nginx-http.conf').length / pages.length).toBeLessThan(200);
  });

  it('_headers gives every page its policy and _redirects ends with the not-found pages by language', () => {
    const headers = readDist('/_headers');
    for (const page of ['/de/', '/en/', '/404.html']) {
      expect(headers).toMatch(new RegExp(`^${page.replace(/\./g, '\\.')}\\n {2}Cache-Control: .*\\n {2}Content-Security-Policy: .*frame-ancestors 'none'$`, 'm'));
    }
    expect(readDist('/_redirects').trim().split('\n').slice(-3)).toEqual(['/de/* /de/nicht-gefunden/ 404', '/en/* /en/not-found/ 404', '/* /404.html 404']);
  });
});
