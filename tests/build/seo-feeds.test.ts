import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distExists, listDist, pageFile, readDist } from './dist';
import { readHead, sitePath, xml } from './seo-head';
import { LANGS } from '../../src/i18n/config';
import { correctionsFeedUrl, editionsFeedUrl } from '../../src/lib/urls';

const DIGEST_FEEDS = LANGS.flatMap((lang) => [editionsFeedUrl(lang), correctionsFeedUrl(lang)]);

interface Item {
  title: string;
  link: string;
  guid: { '#text': string } | string;
  description: string;
  pubDate: string;
  category?: string[];
}

let origin: string;
let feeds: { file: string; channel: { language: string; link: string; title: string; 'atom:link': { '@href': string; '@rel': string }; item?: Item[] } }[];

beforeAll(() => {
  assertBuilt();
  origin = new URL(readHead('/index.html').canonical!).origin;
  feeds = listDist()
    .filter((file) => file.endsWith('/rss.xml'))
    .map((file) => ({ file, channel: xml.parse(readDist(file)).rss.channel }));
});

describe('RSS feeds', () => {
  it('exist per language, per topic and per actor', () => {
    const files = feeds.map((feed) => feed.file);
    expect(files).toContain('/de/rss.xml');
    expect(files).toContain('/en/rss.xml');
    expect(files.some((file) => file.startsWith('/de/themen/'))).toBe(true);
    expect(files.some((file) => file.startsWith('/en/topics/'))).toBe(true);
    expect(files.some((file) => file.startsWith('/de/akteure/'))).toBe(true);
    expect(files.some((file) => file.startsWith('/en/actors/'))).toBe(true);
  });

  it('declare the channel language of their folder, their own address and an existing page', () => {
    for (const { file, channel } of feeds) {
      expect(channel['atom:link'], file).toMatchObject({ '@href': `${origin}${file}`, '@rel': 'self' });
      const lang = file.split('/')[1];
      expect(channel.language, file).toBe(lang === 'de' ? 'de-de' : 'en-gb');
      expect(distExists(pageFile(sitePath(channel.link, origin))), channel.link).toBe(true);
    }
  });

  it('give every item an absolute link to a built story in the same language, the summary and categories', () => {
    let items = 0;
    // Edition and correction feeds list editions and corrections (tests/build/digest.test.ts).
    const storyFeeds = feeds.filter(({ file }) => !DIGEST_FEEDS.includes(file));
    expect(storyFeeds.length).toBe(feeds.length - DIGEST_FEEDS.length);
    for (const { file, channel } of storyFeeds) {
      const lang = file.split('/')[1];
      for (const item of channel.item ?? []) {
        items++;
        expect(item.link.startsWith(`${origin}/${lang}/`), item.link).toBe(true);
        const head = readHead(pageFile(sitePath(item.link, origin)));
        expect(head.canonical).toBe(item.link);
        expect(item.description).toBe(head.meta['og:description']![0]);
        expect(item.title).toBe(head.meta['og:title']![0]);
        expect(item.category?.[0]).toBe(head.meta['article:section']![0]);
        expect(item.category?.slice(1)).toEqual(head.meta['article:tag'] ?? []);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
    }
    expect(items).toBeGreaterThan(0);
  });
});
