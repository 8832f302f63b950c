import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distExists, listPages, readDist } from './dist';
import { hreflangs, loadPage, pathOf } from './html';

/** Reads the real content folder to know what the build must contain. */
function contentSlugs(lang: 'de' | 'en'): { slug: string; key: string; draft: boolean; topic: string }[] {
  const dir = join(process.cwd(), 'content/articles', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const field = (name: string) => new RegExp(`^${name}:\\s*["']?([^"'\\n]+)["']?`, 'm').exec(text)?.[1]?.trim() ?? '';
      return { slug: file.replace(/\.mdx$/, ''), key: field('translationKey'), draft: field('draft') === 'true', topic: field('topic') };
    });
}

const TOPIC_SLUGS: Record<string, { de: string; en: string }> = {
  alliance: { de: 'allianz', en: 'alliance' },
  'defence-cloud': { de: 'verteidigungscloud', en: 'defence-cloud' },
  budget: { de: 'haushalt', en: 'budget' },
  'digital-euro': { de: 'digitaler-euro', en: 'digital-euro' },
};
const ARTICLE_SEGMENT = { de: 'artikel', en: 'articles' } as const;

beforeAll(assertBuilt);

describe('URL contract in dist/', () => {
  it('has the chooser, homes, overviews, search, feeds and 404 pages', () => {
    for (const file of [
      '/index.html', '/404.html', '/de/index.html', '/en/index.html',
      '/de/themen/index.html', '/en/topics/index.html', '/de/akteure/index.html', '/en/actors/index.html',
      '/de/suche/index.html', '/en/search/index.html', '/de/rss.xml', '/en/rss.xml', '/de/nicht-gefunden/index.html', '/en/not-found/index.html',
    ]) {
      expect(distExists(file), file).toBe(true);
    }
  });

  it('has every topic page and feed under its localized slug (incl. segments starting with a locale code)', () => {
    for (const slugs of Object.values(TOPIC_SLUGS)) {
      expect(distExists(`/de/themen/${slugs.de}/index.html`), slugs.de).toBe(true);
      expect(distExists(`/en/topics/${slugs.en}/index.html`), slugs.en).toBe(true);
      expect(distExists(`/de/themen/${slugs.de}/rss.xml`)).toBe(true);
      expect(distExists(`/en/topics/${slugs.en}/rss.xml`)).toBe(true);
    }
    expect(distExists('/en/topics/fence-cloud/index.html')).toBe(false);
  });

  it('publishes every non-draft article under its own language only', () => {
    for (const lang of ['de', 'en'] as const) {
      const other = lang === 'de' ? 'en' : 'de';
      for (const { slug, draft } of contentSlugs(lang)) {
        expect(distExists(`/${lang}/${ARTICLE_SEGMENT[lang]}/${slug}/index.html`), slug).toBe(!draft);
        expect(distExists(`/${other}/${ARTICLE_SEGMENT[other]}/${slug}/index.html`), `${slug} under ${other}`).toBe(false);
      }
    }
  });

  it('has at least ten stories in both languages covering all four topics', () => {
    const de = contentSlugs('de');
    const en = contentSlugs('en');
    const paired = de.filter((d) => en.some((e) => e.key === d.key));
    expect(paired.length).toBeGreaterThanOrEqual(10);
    expect(new Set(paired.map((p) => p.topic))).toEqual(new Set(Object.keys(TOPIC_SLUGS)));
  });
});

describe('language of every page', () => {
  it('sets <html lang> from the path', () => {
    for (const file of listPages()) {
      const lang = /^\/(de|en)\//.exec(file)?.[1] ?? 'de';
      expect(readDist(file), file).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  });
});

describe('translations', () => {
  const de = contentSlugs('de');
  const en = contentSlugs('en');
  const pairs = de.filter((d) => !d.draft).flatMap((d) => {
    const match = en.find((e) => e.key === d.key && !e.draft);
    return match ? [{ de: d.slug, en: match.slug }] : [];
  });
  const onlyDe = de.filter((d) => !d.draft && !en.some((e) => e.key === d.key));

  it('switches to the same story in the other language, both ways', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const dePath = `/de/artikel/${pair.de}/`;
      const enPath = `/en/articles/${pair.en}/`;
      expect(loadPage(dePath).querySelector('a.lang-switch')?.getAttribute('href')).toBe(enPath);
      expect(loadPage(enPath).querySelector('a.lang-switch')?.getAttribute('href')).toBe(dePath);
    }
  });

  it('emits reciprocal hreflang alternates plus x-default for translated stories', () => {
    for (const pair of pairs) {
      const dePage = hreflangs(loadPage(`/de/artikel/${pair.de}/`));
      const enPage = hreflangs(loadPage(`/en/articles/${pair.en}/`));
      expect(Object.keys(dePage).sort()).toEqual(['de', 'en', 'x-default']);
      expect(dePage).toEqual(enPage);
      expect(pathOf(dePage.en!)).toBe(`/en/articles/${pair.en}/`);
      expect(pathOf(dePage['x-default']!)).toBe('/');
    }
  });

  it('sends untranslated stories to the topic page with a visible note and no false hreflang', () => {
    expect(onlyDe.length).toBeGreaterThan(0);
    for (const story of onlyDe) {
      const page = loadPage(`/de/artikel/${story.slug}/`);
      const href = page.querySelector('a.lang-switch')!.getAttribute('href')!;
      expect(href).toBe(`/en/topics/${TOPIC_SLUGS[story.topic]!.en}/#not-translated`);
      expect(Object.keys(hreflangs(page))).toEqual(['de', 'x-default']);
      const topic = loadPage(pathOf(href));
      expect(topic.getElementById('not-translated')?.text).toMatch(/not been translated/);
    }
  });

  it('links hreflang only to pages that exist', () => {
    for (const file of listPages()) {
      for (const href of Object.values(hreflangs(loadPage(file.replace(/index\.html$/, ''))))) {
        const path = pathOf(href);
        expect(distExists(path.endsWith('/') ? `${path}index.html` : path), `${file} → ${path}`).toBe(true);
      }
    }
  });
});

describe('pages', () => {
  it('shows a story with localized date, reading time, topic and actor links', () => {
    const [first] = contentSlugs('de').filter((d) => !d.draft);
    const page = loadPage(`/de/artikel/${first!.slug}/`);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('.meta time')?.text).toMatch(/^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/);
    expect(page.querySelector('.meta')?.text).toMatch(/Min\. Lesezeit \(\d+ Wörter\)/);
    expect(page.querySelector('a.topic')?.getAttribute('href')).toMatch(/^\/de\/themen\/[a-z-]+\/$/);
    expect(page.querySelectorAll('.chips a').length).toBeGreaterThan(0);
    for (const link of page.querySelectorAll('.chips a')) expect(link.getAttribute('href')).toMatch(/^\/de\/akteure\/[a-z0-9-]+\/$/);
  });

  it('lists a topic as a month timeline, newest first, with its feed', () => {
    const page = loadPage('/en/topics/alliance/');
    const months = page.querySelectorAll('h2.month time').map((t) => t.getAttribute('datetime')!);
    expect(months.length).toBeGreaterThan(0);
    expect([...months].sort().reverse()).toEqual(months);
    const dates = page.querySelectorAll('.card time').map((t) => t.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(page.querySelector('a[href="/en/topics/alliance/rss.xml"]')).not.toBeNull();
  });

  it('groups the actor overview by kind with counts', () => {
    const page = loadPage('/de/akteure/');
    const headings = page.querySelectorAll('h2').map((h) => h.text);
    expect(headings.some((h) => h.startsWith('Personen'))).toBe(true);
    expect(headings.some((h) => h.startsWith('Veranstaltungen'))).toBe(true);
    expect(page.text).toMatch(/\d+ Artikel/);
  });

  it('shows an actor with kind, role, stories and co-actors', () => {
    const page = loadPage('/en/actors/karsten-wildberger/');
    expect(page.querySelector('h1')?.text).toBe('Karsten Wildberger');
    expect(page.querySelector('.kind')?.text).toBe('Person');
    expect(page.querySelectorAll('.card').length).toBeGreaterThan(0);
    expect(page.querySelectorAll('[aria-labelledby="co-actors"] li').length).toBeGreaterThan(0);
  });

  it('lets the root chooser offer both languages without redirecting', () => {
    const page = loadPage('/');
    const links = page.querySelectorAll('.chooser a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/de/', '/en/']);
    expect(readDist('/index.html')).not.toMatch(/http-equiv="refresh"|location\.(href|replace)/);
  });

  it('has RSS feeds with the channel language and absolute item links', () => {
    for (const [lang, code] of [['de', 'de-de'], ['en', 'en-gb']] as const) {
      const xml = readDist(`/${lang}/rss.xml`);
      expect(xml).toContain(`<language>${code}</language>`);
      const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(new RegExp(`^https?://[^/]+/${lang}/${ARTICLE_SEGMENT[lang]}/[a-z0-9-]+/$`));
    }
  });

  it('writes no page outside the URL contract', () => {
    const allowed = /^\/(index\.html|404\.html|(de|en)\/.*)$/;
    for (const file of listPages()) expect(file, file).toMatch(allowed);
  });
});
