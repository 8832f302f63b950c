import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, listDist, listPages, readDist } from './dist';
import { isFeed } from '../../src/lib/hosting/file-types';
import { responseHeaders } from '../../src/lib/hosting/headers';
import { readMetaPolicy } from '../../src/lib/hosting/page-policy';
import { checkPagePolicy } from '../servers/header-check';
import { checkPath, exactly, HOSTS, readHeadersFile, servedPaths } from '../servers/headers-file';
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

  /** The one page policy a configuration gives, from the line that matches pages. */
  const pagePolicyIn = (text: string, line: RegExp): string => {
    const match = text.match(line);
    if (!match) throw new Error(`no page policy line ${line}`);
    return match[1]!;
  };

  it("nginx and Caddy give every page one policy: its meta policy's directives, all it allows and other pages' hashes, plus frame-ancestors 'none'", () => {
    const nginx = pagePolicyIn(readDist('/_hosting/nginx-http.conf'), /^ {4}"~\(\/\|\\\.html\)\$" "([^"]*)";$/m);
    const caddy = pagePolicyIn(readDist('/_hosting/site.caddy'), /^\t~\(\/\|\\\.html\)\$ "([^"]*)"$/m);
    expect(caddy).toBe(nginx);
    expect(directives(nginx)).toContain("frame-ancestors 'none'");
    const wrong: string[] = [];
    for (const page of listPages()) wrong.push(...checkPagePolicy(nginx, metaPolicy(readDist(page))).map((problem) => `${page}: ${problem}`));
    expect(wrong).toEqual([]);
    // Within Cloudflare's line length for `_headers`, and far from nginx's 4 kB for a header value.
    expect(nginx.length).toBeLessThan(1_900);
    // Every page has its meta tag: none is listed by name.
    expect(readDist('/_hosting/nginx-http.conf')).not.toMatch(/^ {4}"\/[^"]*\.html" /m);
  });

  it('_headers gives every path the headers nginx and Caddy send, by folder, in what Cloudflare Pages reads', async () => {
    const text = readDist('/_headers');
    const rules = await readHeadersFile(text);
    const pagePolicy = pagePolicyIn(readDist('/_hosting/nginx-http.conf'), /^ {4}"~\(\/\|\\\.html\)\$" "([^"]*)";$/m);
    const problems: string[] = [];
    for (const { path, file } of servedPaths(listDist())) {
      // A page with a meta tag gets the pages' policy; one without it, the non-page policy.
      const page = file.endsWith('.html') && !file.startsWith('/_astro/') && readMetaPolicy(readDist(file)) !== undefined;
      const { 'Content-Security-Policy': policy, 'Content-Type': type, ...headers } = responseHeaders(file, page ? pagePolicy : undefined);
      const wanted = { headers, policy: exactly(policy!), ...(isFeed(file) ? { type } : {}) };
      for (const host of HOSTS) problems.push(...checkPath(rules, path, wanted, host));
    }
    expect(problems).toEqual([]);
    // Netlify's parser reads every rule the file has (it drops a rule it cannot read), and they are within Cloudflare's 100.
    expect(rules.netlify.map((rule) => rule.path)).toEqual(rules.cloudflare.map((rule) => rule.path));
    expect(rules.cloudflare.length).toBeLessThanOrEqual(100);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(2_000);
  });

  it('_redirects ends with the not-found pages by language', () => {
    expect(readDist('/_redirects').trim().split('\n').slice(-3)).toEqual(['/de/* /de/nicht-gefunden/ 404', '/en/* /en/not-found/ 404', '/* /404.html 404']);
  });
});
