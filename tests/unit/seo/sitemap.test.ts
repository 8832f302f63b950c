import { describe, expect, it } from 'vitest';
import { buildSitemapEntries, serializeSitemapItem, type SitemapItemLike } from '../../../src/lib/seo/sitemap';
import { makeModel } from './fixtures';

const SITE = 'https://example.org';

describe('buildSitemapEntries', () => {
  const entries = buildSitemapEntries(makeModel(), SITE);
  const urls = [...entries.keys()];

  it('lists published pages and leaves out search, newsroom, 404, drafts and future stories', () => {
    expect(urls).toContain('https://example.org/');
    expect(urls).toContain('https://example.org/de/artikel/allianz/');
    expect(urls).toContain('https://example.org/de/themen/haushalt/');
    for (const hidden of ['/de/suche/', '/en/search/', '/de/redaktion/', '/en/newsroom/', '/de/nicht-gefunden/', '/en/articles/draft/', '/en/articles/future/']) {
      expect(urls).not.toContain(`${SITE}${hidden}`);
    }
  });

  it('gives a translated story both editions plus x-default, from the pair map', () => {
    expect(entries.get('https://example.org/en/articles/alliance/')!.links).toEqual([
      { lang: 'de', url: 'https://example.org/de/artikel/allianz/' },
      { lang: 'en', url: 'https://example.org/en/articles/alliance/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
  });

  it('gives an untranslated story only itself and x-default, no false alternate', () => {
    expect(entries.get('https://example.org/de/artikel/nur-deutsch/')!.links).toEqual([
      { lang: 'de', url: 'https://example.org/de/artikel/nur-deutsch/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
  });

  it('takes lastmod from updated, else date, and for listings from their newest story', () => {
    expect(entries.get('https://example.org/en/articles/alliance/')!.lastmod).toBe('2026-02-17');
    expect(entries.get('https://example.org/de/artikel/allianz/')!.lastmod).toBe('2026-02-14');
    expect(entries.get('https://example.org/de/')!.lastmod).toBe('2026-02-16');
  });
});

describe('serializeSitemapItem', () => {
  const entries = buildSitemapEntries(makeModel(), SITE);

  it('drops pages the site does not want indexed', () => {
    expect(serializeSitemapItem({ url: 'https://example.org/de/suche/' }, entries)).toBeUndefined();
  });

  it('adds lastmod and alternates to a listed page', () => {
    const item = serializeSitemapItem<SitemapItemLike>({ url: 'https://example.org/de/artikel/allianz/' }, entries)!;
    expect(item.lastmod).toBe('2026-02-14');
    expect(item.links?.map((link) => link.lang)).toEqual(['de', 'en', 'x-default']);
  });
});
