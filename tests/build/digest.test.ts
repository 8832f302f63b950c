import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/config';
import { editionUrl, editionsFeedUrl, editionsUrl, jsonFeedUrl, newsSitemapUrl, ogImageUrl, redirectsListUrl } from '../../src/lib/urls';
import { assertBuilt, distExists, listPages, pageFile, readDist, readPage } from './dist';
import { readHead, sitePath, xml } from './seo-head';

let origin: string;
const W07 = { year: 2026, week: 7 };
const W08 = { year: 2026, week: 8 };

beforeAll(() => {
  assertBuilt();
  origin = new URL(readHead('/index.html').canonical!).origin;
});

type Node = Record<string, unknown>;
const graphOf = (path: string) => (readHead(pageFile(path)).jsonLd[0] as { '@graph': Node[] })['@graph'];

describe('edition pages', () => {
  it('exist for the weeks with stories, in both languages, and pair by week for hreflang', () => {
    for (const week of [W07, W08]) {
      const de = readHead(pageFile(editionUrl('de', week)));
      expect(de.canonical).toBe(`${origin}${editionUrl('de', week)}`);
      expect(de.hreflang).toEqual({ de: `${origin}${editionUrl('de', week)}`, en: `${origin}${editionUrl('en', week)}`, 'x-default': `${origin}/` });
      expect(readHead(pageFile(editionUrl('en', week))).hreflang.de).toBe(`${origin}${editionUrl('de', week)}`);
    }
    expect(editionUrl('de', W08)).toBe('/de/ausgaben/2026-kw08/');
    expect(editionUrl('en', W08)).toBe('/en/editions/2026-w08/');
    const editionPages = listPages().filter((file) => /\/(ausgaben|editions)\/\d{4}-k?w\d\d\//.test(file));
    expect(editionPages.sort()).toEqual(
      ['/de/ausgaben/2026-kw07/index.html', '/de/ausgaben/2026-kw08/index.html', '/en/editions/2026-w07/index.html', '/en/editions/2026-w08/index.html'],
    );
  });

  it('open with the edition file’s lead and intro, and link the previous edition and the archive', () => {
    const html = readPage(editionUrl('de', W08));
    const lead = html.slice(html.indexOf('id="edition-lead"'), html.indexOf('id="edition-highlights"'));
    expect(lead).toContain('href="/de/artikel/hensoldt-und-schwarz-digits-entwickeln-cloud-fuer-die-bundeswehr/"');
    expect(html).toContain('Im Mittelpunkt dieser Woche steht eine Cloud für die Bundeswehr');
    expect(html).toContain(`href="${editionUrl('de', W07)}" rel="prev"`);
    expect(html).toContain(`href="${editionsUrl('de')}"`);
    expect(readPage(editionUrl('en', W07))).toContain(`href="${editionUrl('en', W08)}" rel="next"`);
  });

  it('describe the week as a collection of its stories, with its own card', () => {
    const page = graphOf(editionUrl('en', W08)).find((node) => node['@type'] === 'CollectionPage')!;
    expect(page.temporalCoverage).toBe('2026-02-16/2026-02-22');
    const items = (page.mainEntity as { itemListElement: { url: string }[] }).itemListElement;
    expect(items[0]!.url).toBe(`${origin}/en/articles/hensoldt-and-schwarz-digits-to-build-sovereign-cloud-for-the-bundeswehr/`);
    for (const item of items) expect(distExists(pageFile(sitePath(item.url, origin))), item.url).toBe(true);
    const head = readHead(pageFile(editionUrl('en', W08)));
    expect(head.meta['og:image']).toEqual([`${origin}${ogImageUrl(editionUrl('en', W08))}`]);
    expect(distExists(ogImageUrl(editionUrl('en', W08)))).toBe(true);
  });

  it('are in the sitemap with their alternates, like the archive', () => {
    const sitemap = readDist('/sitemap-0.xml');
    const urls = xml.parse(sitemap).urlset.url as { loc: string; lastmod?: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[];
    const entry = urls.find((url) => url.loc === `${origin}${editionUrl('de', W08)}`)!;
    expect(entry.lastmod).toBe('2026-02-19T00:00:00.000Z');
    expect(entry['xhtml:link']?.map((link) => link['@hreflang'])).toEqual(['de', 'en', 'x-default']);
    expect(urls.some((url) => url.loc === `${origin}${editionsUrl('en')}`)).toBe(true);
  });

  it('have an archive and a feed per language, newest first', () => {
    for (const lang of LANGS) {
      const channel = xml.parse(readDist(editionsFeedUrl(lang))).rss.channel;
      expect(channel.item.map((item: { link: string }) => item.link)).toEqual([`${origin}${editionUrl(lang, W08)}`, `${origin}${editionUrl(lang, W07)}`]);
      const archive = readPage(editionsUrl(lang));
      expect(archive.indexOf(editionUrl(lang, W08))).toBeLessThan(archive.indexOf(editionUrl(lang, W07)));
    }
  });
});

describe('feeds and discovery', () => {
  it('carry each story’s full text in RSS with absolute links and images', () => {
    const channel = xml.parse(readDist('/en/rss.xml')).rss.channel;
    for (const item of channel.item as { link: string; 'content:encoded': string }[]) {
      const html = item['content:encoded'];
      expect(html.length, item.link).toBeGreaterThan(200);
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(url, item.link).toMatch(/^https?:\/\//);
    }
    const withImage = (channel.item as { 'content:encoded': string }[]).find((item) => item['content:encoded'].includes('<img'));
    const src = /<img src="([^"]+)"/.exec(withImage!['content:encoded'])![1]!;
    expect(distExists(sitePath(src, origin)), src).toBe(true);
  });

  it('offer a JSON Feed 1.1 per language with the RSS feed’s stories, full text and dates', () => {
    for (const lang of LANGS) {
      const feed = JSON.parse(readDist(jsonFeedUrl(lang)));
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.feed_url).toBe(`${origin}${jsonFeedUrl(lang)}`);
      expect(feed.home_page_url).toBe(`${origin}/${lang}/`);
      expect(typeof feed.title).toBe('string');
      const rss = xml.parse(readDist(`/${lang}/rss.xml`)).rss.channel.item as { link: string; 'content:encoded': string }[];
      expect(feed.items.map((item: { url: string }) => item.url)).toEqual(rss.map((item) => item.link));
      const ids = new Set<string>();
      for (const item of feed.items) {
        // JSON Feed 1.1: id is a unique string; content_html or content_text is required; dates are RFC 3339.
        expect(typeof item.id).toBe('string');
        ids.add(item.id);
        expect(item.content_html).toBe(rss.find((r) => r.link === item.url)!['content:encoded']);
        expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(item.date_modified >= item.date_published).toBe(true);
        expect(Object.keys(item).every((key) => ['id', 'url', 'title', 'summary', 'content_html', 'date_published', 'date_modified', 'tags', 'language'].includes(key))).toBe(true);
      }
      expect(ids.size).toBe(feed.items.length);
      expect(readHead(`/${lang}/index.html`).jsonLd).toBeDefined();
      expect(readPage(`/${lang}/`)).toContain(`type="application/feed+json"`);
    }
  });

  it('name the news sitemap in robots.txt and ask for large image previews on stories', () => {
    expect(readDist('/robots.txt')).toContain(`Sitemap: ${origin}${newsSitemapUrl()}`);
    const news = xml.parse(readDist(newsSitemapUrl()));
    expect(news.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const story = readHead('/en/articles/klingbeil-urges-speed-on-the-digital-euro/index.html');
    expect(story.robots).toBe('max-image-preview:large');
    expect(readHead(pageFile(editionUrl('en', W08))).robots).toBeUndefined();
  });

  it('list no redirects while no story has aliases', () => {
    expect(JSON.parse(readDist(redirectsListUrl()))).toEqual([]);
  });
});
