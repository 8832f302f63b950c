import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absoluteUrl,
  actorFeedUrl,
  actorUrl,
  actorsUrl,
  articleUrl,
  correctionAnchor,
  correctionUrl,
  feedUrl,
  homeUrl,
  isCorrectionAnchor,
  ogCardParam,
  ogImageUrl,
  searchUrl,
  toRouteParam,
  topicFeedUrl,
  topicUrl,
  topicsUrl,
} from '../../src/lib/urls';

describe('URL contract', () => {
  it('builds localized article paths', () => {
    expect(articleUrl({ lang: 'de', slug: 'cloud-fuer-die-bundeswehr' })).toBe('/de/artikel/cloud-fuer-die-bundeswehr/');
    expect(articleUrl({ lang: 'en', slug: 'cloud-for-the-bundeswehr' })).toBe('/en/articles/cloud-for-the-bundeswehr/');
  });

  it('uses localized topic slugs', () => {
    expect(topicUrl('de', 'defence-cloud')).toBe('/de/themen/verteidigungscloud/');
    expect(topicUrl('en', 'defence-cloud')).toBe('/en/topics/defence-cloud/');
    expect(topicUrl('de', 'digital-euro')).toBe('/de/themen/digitaler-euro/');
    expect(topicUrl('de', 'budget')).toBe('/de/themen/haushalt/');
    expect(topicUrl('de', 'alliance')).toBe('/de/themen/allianz/');
    expect(topicsUrl('en')).toBe('/en/topics/');
  });

  it('paginates as …/2/ and leaves page 1 bare', () => {
    expect(homeUrl('de', 1)).toBe('/de/');
    expect(homeUrl('en', 3)).toBe('/en/3/');
    expect(topicUrl('en', 'budget', 2)).toBe('/en/topics/budget/2/');
    expect(actorUrl('de', 'eco', 2)).toBe('/de/akteure/eco/2/');
  });

  it('builds actor, search and feed paths', () => {
    expect(actorsUrl('de')).toBe('/de/akteure/');
    expect(actorUrl('en', 'lars-klingbeil')).toBe('/en/actors/lars-klingbeil/');
    expect(searchUrl('de')).toBe('/de/suche/');
    expect(searchUrl('en')).toBe('/en/search/');
    expect(feedUrl('de')).toBe('/de/rss.xml');
    expect(topicFeedUrl('de', 'budget')).toBe('/de/themen/haushalt/rss.xml');
    expect(topicFeedUrl('en', 'defence-cloud')).toBe('/en/topics/defence-cloud/rss.xml');
    expect(actorFeedUrl('en', 'eco')).toBe('/en/actors/eco/rss.xml');
  });

  it('builds a correction’s anchor and its link, and recognises only that anchor', () => {
    expect(correctionAnchor('2026-02-20')).toBe('correction-2026-02-20');
    expect(correctionUrl({ lang: 'de', slug: 'kolibri' }, '2026-02-19')).toBe('/de/artikel/kolibri/#correction-2026-02-19');
    expect(correctionUrl({ lang: 'en', slug: 'hummingbird' }, '2026-02-19')).toBe('/en/articles/hummingbird/#correction-2026-02-19');
    expect(isCorrectionAnchor(correctionAnchor('2026-02-20'))).toBe(true);
    for (const id of ['correction-note', 'correction-2026-02', 'xcorrection-2026-02-20', 'correction-2026-02-20x']) expect(isCorrectionAnchor(id), id).toBe(false);
  });

  it('derives Open Graph image and route params from page paths', () => {
    expect(ogImageUrl('/')).toBe('/og/index.png');
    expect(ogImageUrl('/de/artikel/x/')).toBe('/og/de/artikel/x.png');
    expect(ogCardParam(ogImageUrl('/de/artikel/x/'))).toBe('de/artikel/x');
    expect(ogCardParam(ogImageUrl('/'))).toBe('index');
    expect(toRouteParam('/en/topics/budget/')).toBe('en/topics/budget');
    expect(absoluteUrl('/de/', 'https://example.org')).toBe('https://example.org/de/');
  });
});

describe('absoluteUrl', () => {
  /** The result, or that it throws (as URL does for `//`). */
  const outcome = (make: () => string) => {
    try {
      return make();
    } catch (error) {
      return `throws ${(error as Error).name}`;
    }
  };
  const SITES = ['https://example.org', 'https://Example.ORG:8443/base/', 'http://user:pw@localhost:4321/x?q=1#h', new URL('https://digest.example.eu/'), 'file:///srv/site/'];
  const PATHS = ['/', '/de/', '/en/articles/a-b_c/', '/og/de/artikel/x.png', '/feed.xml', '/sitemap-index.xml', '/de/suche/?q=x', '/de/#top', '/a/../b/', '/a/./b/', '/de//x/', '/%41/', '/Über/', '/a b/', '/.hidden', '/a./', '//evil.example/', 'relative/', '/a\\b/', ''];

  it('gives what URL gives, on every site form, for plain and odd paths', () => {
    for (const site of SITES) for (const path of PATHS) expect(outcome(() => absoluteUrl(path, site)), `${path} on ${String(site)}`).toBe(outcome(() => new URL(path, site).href));
  });

  it('gives what URL gives for any path made of path-like characters', () => {
    const path = fc.stringMatching(/^\/[a-zA-Z0-9_.\-/%?#~ üÄ\\:@]{0,24}$/);
    fc.assert(
      fc.property(path, fc.constantFrom(...SITES), (candidate, site) => {
        expect(outcome(() => absoluteUrl(candidate, site))).toBe(outcome(() => new URL(candidate, site).href));
      }),
      { numRuns: 3000, seed: 18 },
    );
  });
});
