import { describe, expect, it } from 'vitest';
import { renderCaddySite } from '../../src/lib/hosting/caddy';
import { contentTypeOf, isCompressible } from '../../src/lib/hosting/file-types';
import { cacheControlOf, headerPolicyOf, responseHeaders } from '../../src/lib/hosting/headers';
import { renderNginxHttp, renderNginxServer } from '../../src/lib/hosting/nginx';
import { notFoundFileFor } from '../../src/lib/hosting/not-found';
import { readMetaPolicy } from '../../src/lib/hosting/page-policy';
import { parseRedirects } from '../../src/lib/hosting/redirects';
import { assertConfigSafe, isHostOnly, type HostingSite } from '../../src/lib/hosting/site';
import { renderRedirectsFile } from '../../src/lib/hosting/static-host';

const DE = "script-src 'self' 'sha256-AAA='; style-src 'self'";
const SITE: HostingSite = {
  pages: new Map([
    ['/de/index.html', headerPolicyOf(DE)],
    ['/404.html', headerPolicyOf("script-src 'self' 'sha256-CCC='; style-src 'self'")],
  ]),
  redirects: parseRedirects(JSON.stringify([{ from: '/de/artikel/alt/', to: '/de/artikel/neu/', status: 301 }])),
};

describe('page policy', () => {
  it("reads the meta tag's policy from the head, entities decoded", () => {
    const html = `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head><body><meta http-equiv="content-security-policy" content="x"></body></html>`;
    expect(readMetaPolicy(html)).toBe("script-src 'self';");
    expect(readMetaPolicy('<html><head></head><body><meta http-equiv="content-security-policy" content="x"></body>')).toBeUndefined();
  });

  it("repeats the meta policy's directives, whatever they are, and adds frame-ancestors", () => {
    expect(headerPolicyOf("default-src 'self'; img-src 'self' data:;  media-src 'self' ;")).toBe("default-src 'self'; img-src 'self' data:; media-src 'self'; frame-ancestors 'none'");
    expect(headerPolicyOf("script-src 'self'; frame-ancestors *")).toBe("script-src 'self'; frame-ancestors 'none'");
  });
});

describe('headers and types', () => {
  it('caches hashed assets for a year, pages and feeds briefly, the rest a day', () => {
    expect(cacheControlOf('/_astro/a.b1.css')).toMatch(/immutable/);
    for (const path of ['/de/', '/de/index.html', '/de/rss.xml', '/search/de/index.json', '/robots.txt']) expect(cacheControlOf(path)).toMatch(/max-age=300/);
    expect(cacheControlOf('/og/de/a.png')).toBe('public, max-age=86400');
  });

  it('types feeds, the sitemap, JSON and fonts', () => {
    expect(contentTypeOf('/de/themen/allianz/rss.xml')).toBe('application/rss+xml; charset=utf-8');
    expect(contentTypeOf('/sitemap-0.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeOf('/search/en/index.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('/f/a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/LICENSE')).toBe('application/octet-stream');
    expect([isCompressible('/a.html'), isCompressible('/a.svg'), isCompressible('/a.woff2'), isCompressible('/a.png')]).toEqual([true, true, false, false]);
    expect(responseHeaders('/de/', 'p')).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': 'p' });
    expect(responseHeaders('/_astro/w.js')['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('picks the not-found page by language', () => {
    expect(notFoundFileFor('/de/x/')).toBe('/de/nicht-gefunden/index.html');
    expect(notFoundFileFor('/en/x.json')).toBe('/en/not-found/index.html');
    expect(notFoundFileFor('/deutsch/')).toBe('/404.html');
  });

  it('never serves or uploads the host files', () => {
    expect(['/_headers', '/_redirects', '/_hosting/site.caddy'].every(isHostOnly)).toBe(true);
    expect(['/_astro/x.js', '/_headers.html', '/de/_redirects'].some(isHostOnly)).toBe(false);
  });
});

describe('redirects.json', () => {
  it('reports every problem at once, naming the entry and field', () => {
    const text = JSON.stringify([
      { from: '/a/', to: '/b/', status: 301 },
      { from: 'a', to: '/b/"x', status: 200 },
      { from: '/a/', to: '/c/', status: 301 },
      { from: '/d/', to: '/d/', status: 308 },
    ]);
    expect(() => parseRedirects(text, 'dist/redirects.json')).toThrow(
      /dist\/redirects.json: 5 problems:\n {2}dist\/redirects.json\[1\].from: "a" is not a site path.*\n.*\[1\].to: .*\n.*\[1\].status: 200 is not one of 301, 302, 307, 308\n.*\[2\].from: \/a\/ is already redirected by entry 0\n.*\[3\]: redirects \/d\/ to itself/,
    );
    expect(() => parseRedirects('{', 'r.json')).toThrow(/r.json: not JSON/);
    expect(() => parseRedirects('{}', 'r.json')).toThrow(/expected a list/);
  });
});

describe('server configurations', () => {
  const OTHER = headerPolicyOf("script-src 'self' 'sha256-BBB='; style-src 'self'");

  it('nginx: one policy for all pages, pages without one of their own by name, not-found pages by language, redirects as exact locations', () => {
    const site: HostingSite = { ...SITE, pages: new Map<string, string | null>([...SITE.pages, ['/en/index.html', OTHER], ['/de/roh/index.html', null]]) };
    const http = renderNginxHttp(site);
    expect(http).toContain(`    "~(/|\\.html)$" "script-src 'self' 'sha256-AAA=' 'sha256-BBB=' 'sha256-CCC='; style-src 'self'; frame-ancestors 'none'";`);
    expect(http).toContain(`    "/de/roh/index.html" "default-src 'none'; frame-ancestors 'none'";`);
    // nginx looks at exact keys before patterns, whatever their order; the scripts' pattern comes before the pages'.
    expect(http.indexOf('m?js$')).toBeLessThan(http.indexOf('(/|\\.html)$'));
    expect(http).toContain('~^/de/ /de/nicht-gefunden/index.html;');
    const server = renderNginxServer(SITE);
    expect(server).toContain('location = "/de/artikel/alt/" {\n    return 301 "/de/artikel/neu/";\n}');
    expect(server).toMatch(/add_header X-Content-Type-Options "nosniff" always;/);
    expect(server).toContain('brotli_static on;');
  });

  it('Caddy: pages without a policy, by URL and file, before the patterns; redirects; precompressed files', () => {
    const site: HostingSite = { ...SITE, pages: new Map<string, string | null>([...SITE.pages, ['/de/roh/index.html', null]]) };
    const caddy = renderCaddySite(site);
    const none = `"default-src 'none'; frame-ancestors 'none'"`;
    expect(caddy).toContain(`map {path} {souveraen_csp} {\n\t~^/+de/+roh/+(index\\.html)?$ ${none}\n\t~^/_astro/|\\.m?js$ "default-src 'self'; frame-ancestors 'none'"\n\t~(/|\\.html)$ "script-src 'self' 'sha256-AAA=' 'sha256-CCC='; style-src 'self'; frame-ancestors 'none'"\n`);
    expect(caddy).toContain('redir "/de/artikel/alt/" "/de/artikel/neu/" 301');
    expect(caddy).toContain('\tprecompressed br gzip');
  });

  it('nginx and Caddy do not grow with the archive', () => {
    const many = (count: number): HostingSite => ({
      pages: new Map<string, string | null>(Array.from({ length: count }, (_, i) => [`/de/artikel/story-${i}/index.html`, i % 3 === 0 ? OTHER : headerPolicyOf(DE)] as const)),
      redirects: [],
    });
    for (const render of [renderNginxHttp, renderCaddySite]) expect(render(many(200_000)).length).toBe(render(many(30)).length);
  });

  it('refuses a value that would break out of a quoted configuration string', () => {
    expect(() => assertConfigSafe('a"; add_header X 1', 'policy of /x')).toThrow(/policy of \/x: .* cannot be written/);
    expect(() => renderNginxHttp({ pages: new Map([['/x.html', 'script-src $evil']]), redirects: [] })).toThrow(/the pages' policy/);
  });

  it('names a page of each policy when the pages cannot share one', () => {
    const pages = new Map<string, string | null>([['/en/index.html', "script-src 'self'"], ['/de/index.html', "script-src 'self'; style-src 'self'"], ['/de/b/index.html', "script-src 'self'"]]);
    expect(() => renderNginxHttp({ pages, redirects: [] })).toThrow(/policy 2 has the directives script-src, style-src, policy 1 script-src\n {2}\(policy 1 is that of \/de\/b\/index.html; policy 2 is that of \/de\/index.html\)/);
  });

  it('_redirects ends with the not-found rules', () => {
    expect(renderRedirectsFile(SITE).trim().split('\n')).toEqual(['/de/artikel/alt/ /de/artikel/neu/ 301', '/de/* /de/nicht-gefunden/ 404', '/en/* /en/not-found/ 404', '/* /404.html 404']);
  });
});
