import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distExists, listPages, pageFile, readDist } from './dist';
import { readHead, sitePath, xml } from './seo-head';

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@hreflang': string; '@href': string }[];
}

let origin: string;
let urls: SitemapUrl[];

/** Site path of an HTML page file: `/de/index.html` → `/de/`. */
const pagePath = (file: string) => file.replace(/index\.html$/, '');

beforeAll(() => {
  assertBuilt();
  origin = new URL(readHead('/index.html').canonical!).origin;
  const index = xml.parse(readDist('/sitemap-index.xml'));
  urls = index.sitemapindex.sitemap.flatMap((entry: { loc: string }) => {
    const file = sitePath(entry.loc, origin);
    expect(distExists(file), `${entry.loc} is not in dist`).toBe(true);
    return xml.parse(readDist(file)).urlset.url as SitemapUrl[];
  });
});

describe('sitemap', () => {
  it('lists every indexable page exactly once, and nothing else', () => {
    const indexable = listPages()
      .filter((file) => file !== '/404.html' && !readHead(file).robots?.includes('noindex'))
      .map(pagePath)
      .sort();
    const listed = urls.map((url) => sitePath(url.loc, origin)).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(indexable);
  });

  it('leaves out the search, newsroom and 404 pages, which say noindex themselves', () => {
    const listed = new Set(urls.map((url) => sitePath(url.loc, origin)));
    for (const path of ['/de/suche/', '/en/search/', '/de/redaktion/', '/en/newsroom/', '/de/nicht-gefunden/', '/en/not-found/']) {
      expect(listed.has(path), path).toBe(false);
      expect(readHead(pageFile(path)).robots).toContain('noindex');
    }
  });

  it('has alternates that resolve, are reciprocal and end in x-default', () => {
    const byLoc = new Map(urls.map((url) => [url.loc, url]));
    let checked = 0;
    for (const url of urls) {
      const links = url['xhtml:link'] ?? [];
      if (links.length === 0) continue;
      const langs = links.map((link) => link['@hreflang']);
      expect(langs.at(-1)).toBe('x-default');
      expect(links.find((link) => link['@href'] === url.loc), `${url.loc} lists itself`).toBeDefined();
      for (const link of links) {
        expect(distExists(pageFile(sitePath(link['@href'], origin))), link['@href']).toBe(true);
        if (link['@hreflang'] === 'x-default') continue;
        const other = byLoc.get(link['@href']);
        expect(other, `${link['@href']} is in the sitemap`).toBeDefined();
        expect(other!['xhtml:link']).toEqual(links);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('agrees with each page’s own hreflang links', () => {
    for (const url of urls) {
      const head = readHead(pageFile(sitePath(url.loc, origin)));
      const fromSitemap = Object.fromEntries((url['xhtml:link'] ?? []).map((link) => [link['@hreflang'], link['@href']]));
      expect(head.hreflang, url.loc).toEqual(fromSitemap);
    }
  });

  it('dates stories by their update or publication day', () => {
    const stories = urls.filter((url) => /\/(artikel|articles)\//.test(url.loc));
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) {
      const head = readHead(pageFile(sitePath(story.loc, origin)));
      const modified = head.meta['article:modified_time']![0]!.slice(0, 10);
      expect(story.lastmod?.slice(0, 10), story.loc).toBe(modified);
    }
  });

  it('is named in robots.txt', () => {
    const robots = readDist('/robots.txt');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });
});
