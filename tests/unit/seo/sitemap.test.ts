import { describe, expect, it } from 'vitest';
import { buildRoutes } from '../../../src/lib/routing';
import { buildSitemapEntries, renderSitemap, renderSitemapIndex, splitSitemap, type SitemapEntry } from '../../../src/lib/seo/sitemap';
import { makeModel } from './fixtures';

const SITE = 'https://example.org';
const model = makeModel();
const entries = buildSitemapEntries(buildRoutes(model, { newsroom: true }), model);
const byPath = new Map(entries.map((entry) => [entry.path, entry]));

describe('buildSitemapEntries', () => {
  it('lists published pages of the route list and leaves out search, newsroom, 404, drafts and future stories', () => {
    expect([...byPath.keys()]).toEqual(expect.arrayContaining(['/', '/de/artikel/allianz/', '/de/themen/haushalt/']));
    for (const hidden of ['/de/suche/', '/en/search/', '/de/redaktion/', '/en/newsroom/', '/de/nicht-gefunden/', '/en/articles/draft/', '/en/articles/future/']) {
      expect(byPath.has(hidden), hidden).toBe(false);
    }
  });

  it('lists only the routes it is given', () => {
    const routes = buildRoutes(model, { newsroom: true }).filter((page) => page.route.kind === 'article');
    expect(buildSitemapEntries(routes, model).every((entry) => entry.path === '/' || /\/(artikel|articles)\//.test(entry.path))).toBe(true);
  });

  it('sorts by path, page numbers by value', () => {
    const paths = entries.map((entry) => entry.path);
    expect(paths).toEqual([...paths].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(['/de/2/', '/de/10/'].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(['/de/2/', '/de/10/']);
  });

  it('gives a translated story both editions plus x-default, from the pair map', () => {
    expect(byPath.get('/en/articles/alliance/')!.links).toEqual([
      { lang: 'de', path: '/de/artikel/allianz/' },
      { lang: 'en', path: '/en/articles/alliance/' },
      { lang: 'x-default', path: '/' },
    ]);
  });

  it('gives an untranslated story only itself and x-default, no false alternate', () => {
    expect(byPath.get('/de/artikel/nur-deutsch/')!.links).toEqual([
      { lang: 'de', path: '/de/artikel/nur-deutsch/' },
      { lang: 'x-default', path: '/' },
    ]);
  });

  it('takes lastmod from updated, else date, and for listings from their newest story', () => {
    expect(byPath.get('/en/articles/alliance/')!.lastmod).toBe('2026-02-17');
    expect(byPath.get('/de/artikel/allianz/')!.lastmod).toBe('2026-02-14');
    expect(byPath.get('/de/')!.lastmod).toBe('2026-02-16');
    expect(byPath.get('/de/themen/')!.lastmod).toBeUndefined();
  });
});

describe('sitemap files', () => {
  const entry = (path: string, lastmod?: string): SitemapEntry => ({ path, ...(lastmod && { lastmod }), links: [] });

  it('splits at the limit, each file with the newest lastmod of its entries', () => {
    const files = splitSitemap([entry('/a/', '2026-01-02'), entry('/b/', '2026-03-01'), entry('/c/'), entry('/d/', '2025-12-31'), entry('/e/')], 2);
    expect(files.map((file) => [file.path, file.lastmod, file.entries.map((e) => e.path)])).toEqual([
      ['/sitemap-0.xml', '2026-03-01', ['/a/', '/b/']],
      ['/sitemap-1.xml', '2025-12-31', ['/c/', '/d/']],
      ['/sitemap-2.xml', undefined, ['/e/']],
    ]);
    expect(splitSitemap(entries)).toHaveLength(1);
  });

  it('writes absolute URLs on the site origin, lastmod as a W3C datetime, alternates as xhtml:link', () => {
    const xml = renderSitemap([byPath.get('/de/artikel/allianz/')!, entry('/x/?a=1&b=<2>')], SITE);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" [^>]*xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml"/);
    expect(xml).toContain(
      '<url><loc>https://example.org/de/artikel/allianz/</loc><lastmod>2026-02-14T00:00:00.000Z</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/artikel/allianz/"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/articles/alliance/"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/"/></url>',
    );
    expect(xml).toContain('<url><loc>https://example.org/x/?a=1&amp;b=%3C2%3E</loc></url></urlset>');
    expect(renderSitemapIndex([{ path: '/sitemap-0.xml', lastmod: '2026-02-19' }, { path: '/sitemap-1.xml', lastmod: undefined }], SITE)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<sitemap><loc>https://example.org/sitemap-0.xml</loc><lastmod>2026-02-19T00:00:00.000Z</lastmod></sitemap>' +
        '<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap></sitemapindex>',
    );
  });
});
