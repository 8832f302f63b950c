import { describe, expect, it } from 'vitest';
import { headerRulesOf } from '../../src/lib/hosting/header-rules';
import { headerPolicyOf, responseHeaders } from '../../src/lib/hosting/headers';
import type { HostingSite } from '../../src/lib/hosting/site';
import { headersFileProblems, headersFileLines, renderHeadersFile } from '../../src/lib/hosting/static-host';
import { unitePolicies } from '../../src/lib/hosting/unite-policies';
import { checkPath, exactly, HOSTS, readHeadersFile, servedPaths } from '../servers/headers-file';

const hash = (letter: string) => `'sha256-${letter.repeat(43)}='`;
const meta = (...hashes: string[]) => `default-src 'self'; script-src 'self' ${hashes.join(' ')}; style-src 'self' ${hash('S')}; object-src 'none'`;

describe('unitePolicies', () => {
  it("unites the hashes directive by directive, sorted, and keeps the rest as it is", () => {
    expect(unitePolicies([meta(hash('B')), meta(hash('A'), hash('B')), meta(hash('C'))])).toBe(
      `default-src 'self'; script-src 'self' ${hash('A')} ${hash('B')} ${hash('C')}; style-src 'self' ${hash('S')}; object-src 'none'`,
    );
    expect(unitePolicies([meta(hash('C')), meta(hash('A'))])).toBe(unitePolicies([meta(hash('A')), meta(hash('C'))]));
  });

  it('refuses policies that differ in more than hashes, naming the directive', () => {
    expect(() => unitePolicies([meta(hash('A')), meta("'unsafe-inline'")])).toThrow(/script-src: policy 2 allows "'self' 'unsafe-inline'", policy 1 "'self'" \(only hashes may differ\)/);
    expect(() => unitePolicies([meta(hash('A')), "default-src 'self'"])).toThrow(/policy 2 has the directives default-src, policy 1 default-src, object-src, script-src, style-src/);
    expect(() => unitePolicies([])).toThrow(/no policy/);
    expect(() => unitePolicies(["style-src 'self' 'unsafe-inline'", `style-src 'self' 'unsafe-inline' ${hash('A')}`])).toThrow(/style-src: policy 1 relies on 'unsafe-inline'/);
    expect(unitePolicies([`style-src 'self' 'unsafe-inline' ${hash('B')}`, `style-src 'self' 'unsafe-inline' ${hash('A')}`])).toBe(`style-src 'self' 'unsafe-inline' ${hash('A')} ${hash('B')}`);
  });

  it('reads a directive named twice as browsers do: the first counts', () => {
    expect(unitePolicies([`script-src ${hash('A')}; script-src ${hash('B')}`, `script-src ${hash('C')}; SCRIPT-SRC ${hash('D')}`])).toBe(`script-src ${hash('A')} ${hash('C')}`);
  });
});

/** A site like the build's: pages and their data files in the language folders, assets, cards, root files. */
function siteOf(stories: number, { pictures = false } = {}): { site: HostingSite; files: string[] } {
  const pages = new Map<string, string | null>();
  const files: string[] = ['/favicon.svg', '/robots.txt', '/sitemap-index.xml', '/_astro/site.abc.css', '/_astro/search.abc.js', '/_astro/photo.abc.webp', '/search/de/index.json', '/search/de/p-1.json'];
  const page = (file: string, policy: string | null) => {
    pages.set(file, policy);
    files.push(file);
  };
  page('/index.html', headerPolicyOf(meta(hash('H'))));
  page('/404.html', headerPolicyOf(meta(hash('H'))));
  page('/de/roh/index.html', null);
  for (const lang of ['de', 'en']) {
    page(`/${lang}/index.html`, headerPolicyOf(meta(hash('H'))));
    page(`/${lang}/suche/index.html`, headerPolicyOf(meta(hash('H'))));
    files.push(`/${lang}/rss.xml`, `/${lang}/feed.json`, `/${lang}/themen/rss.xml`);
    // A file cached longer than the pages beside it: the language folder cannot have one rule.
    if (pictures) files.push(`/${lang}/bilder/karte.png`);
    for (let i = 0; i < stories; i++) {
      page(`/${lang}/artikel/story-${i}/index.html`, headerPolicyOf(meta(hash('A'))));
      files.push(`/${lang}/themen/thema-${i}/rss.xml`, `/${lang}/ausgaben/2026-kw${i}/edition.json`, `/og/${lang}/story-${i}.png`, `/og/${lang}/story-${i}.png.br`);
    }
  }
  files.push('/_headers', '/_hosting/site.caddy', '/de/index.html.br');
  return { site: { pages, redirects: [] }, files };
}

describe('headerRulesOf (_headers)', () => {
  it.each([false, true])('gives every path exactly the headers nginx and Caddy send, read the way those hosts read the file (pictures beside pages: %s)', async (pictures) => {
    const { site, files } = siteOf(5, { pictures });
    const rules = await readHeadersFile(renderHeadersFile(site, files));
    const pagePolicy = headerPolicyOf(unitePolicies([meta(hash('H')), meta(hash('A'))]));
    const problems: string[] = [];
    for (const { path, file } of servedPaths(files)) {
      const isPage = file.endsWith('.html') && !file.startsWith('/de/roh/');
      const { 'Content-Security-Policy': policy, 'Content-Type': type, ...headers } = responseHeaders(file, isPage ? pagePolicy : undefined);
      for (const host of HOSTS) problems.push(...checkPath(rules, path, { headers, policy: exactly(policy!), ...(file.endsWith('rss.xml') ? { type } : {}) }, host));
    }
    expect(problems).toEqual([]);
  });

  it('does not grow with the archive, and stays within what Cloudflare Pages reads', () => {
    const small = siteOf(3);
    const large = siteOf(3_000);
    const rulesOf = ({ site, files }: ReturnType<typeof siteOf>) => headerRulesOf(site, files);
    expect(rulesOf(large)).toEqual(rulesOf(small));
    expect(rulesOf(large).length).toBeLessThan(40);
    expect(headersFileProblems(rulesOf(large))).toEqual([]);
  });

  it('lists a path by name where a pattern would also match paths that need other headers', () => {
    const { site, files } = siteOf(2);
    const paths = headerRulesOf(site, files).map((rule) => rule.path);
    // The page without a policy: `/de/:a/index.html` would take the search page's too.
    expect(paths).toEqual(expect.arrayContaining(['/de/*', '/de/roh/', '/de/roh/index.html', '/de/:a/:b/rss.xml', '/de/:a/:b/edition.json', '/de/:a/rss.xml', '/en/*']));
    expect(paths.filter((path) => path.includes('index.html') || path.includes('story-'))).toEqual(['/index.html', '/de/roh/index.html']);
  });

  it("matches patterns as loosely as Netlify does (any case, a trailing slash or none) before using one", async () => {
    const policy = headerPolicyOf(meta(hash('H')));
    const pages = new Map<string, string | null>([['/en/index.html', policy], ['/en/x/index.html', null], ['/en/y/index.html', null]]);
    const files = [...pages.keys()];
    const rules = await readHeadersFile(renderHeadersFile({ pages, redirects: [] }, files));
    // `/en/:a/` would take /en/index.html on Netlify.
    expect(rules.netlify.map((rule) => rule.path)).not.toContain('/en/:a/');
    const { 'Content-Security-Policy': csp, 'Content-Type': _type, ...headers } = responseHeaders('/en/index.html', policy);
    for (const host of HOSTS) expect(checkPath(rules, '/en/index.html', { headers, policy: exactly(csp!) }, host)).toEqual([]);
  });

  it('reports what a host with Cloudflare\'s limits would not read', () => {
    const rules = Array.from({ length: 101 }, (_, i) => ({ path: `/r${i}`, headers: [['X-Long', 'x'.repeat(i === 5 ? 2_001 : 1)]] as [string, string][] }));
    expect(headersFileProblems(rules)).toEqual(['101 header rules, and Cloudflare Pages reads only the first 100', 'a header line of 2011 characters, and Cloudflare Pages reads lines of up to 2000']);
    expect([...headersFileLines(rules.slice(0, 1))]).toEqual(['/r0', '  X-Long: x', '']);
  });
});
