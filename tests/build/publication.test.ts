import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/config';
import { articleUrl, homeUrl, legalUrl, LEGAL_PAGES, newsroomUrl } from '../../src/lib/urls';
import { assertBuilt, listPages } from './dist';
import { hreflangs, loadPage, pathOf } from './html';

// The pages a newsroom needs to launch, read from the built site.
beforeAll(assertBuilt);

const readerPages = () => listPages().filter((file) => !file.includes('/redaktion/') && !file.includes('/newsroom/') && file !== '/index.html');

describe('trust pages and footer', () => {
  it('builds imprint, privacy and about pages in both languages, paired by hreflang', () => {
    for (const page of LEGAL_PAGES) {
      const de = loadPage(legalUrl('de', page));
      const en = loadPage(legalUrl('en', page));
      expect(pathOf(hreflangs(de).en!), page).toBe(legalUrl('en', page));
      expect(pathOf(hreflangs(en).de!), page).toBe(legalUrl('de', page));
      expect(de.querySelector('main h1')?.text.trim()).not.toBe(en.querySelector('main h1')?.text.trim());
    }
    const imprint = loadPage(legalUrl('de', 'imprint')).querySelector('main')!.text;
    expect(imprint).toContain('Angaben gemäß § 5 DDG');
    expect(imprint).toContain('Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV');
    expect(loadPage(legalUrl('en', 'privacy')).querySelector('main')!.text).toContain('sets no cookies');
  });

  it('marks the shipped placeholders on the page instead of passing them off as details', () => {
    const main = loadPage(legalUrl('de', 'imprint')).querySelector('main')!;
    const marked = main.querySelectorAll('mark.placeholder').map((mark) => mark.text);
    expect(marked.length).toBeGreaterThan(5);
    expect(marked.every((text) => text.startsWith('PLACEHOLDER'))).toBe(true);
    // No placeholder becomes a link (a mailto: to "PLACEHOLDER: …").
    expect(main.querySelectorAll('a').filter((a) => a.text.includes('PLACEHOLDER'))).toEqual([]);
  });

  it('links imprint, privacy and about from every reader page’s footer, and the newsroom from none', () => {
    for (const file of readerPages()) {
      const footer = loadPage(file).querySelector('footer.site-footer');
      expect(footer, file).not.toBeNull();
      const hrefs = footer!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      const lang = file.startsWith('/en/') ? 'en' : 'de';
      for (const page of LEGAL_PAGES) expect(hrefs, `${file} ${page}`).toContain(legalUrl(lang, page));
      for (const l of LANGS) expect(hrefs, file).not.toContain(newsroomUrl(l));
    }
  });

  it('keeps the newsroom out of search engines', () => {
    for (const lang of LANGS) {
      expect(loadPage(newsroomUrl(lang)).querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    }
  });
});

describe('404 page', () => {
  it('has the site’s header, navigation, search box and footer, and speaks both languages', () => {
    const page = loadPage('/404.html');
    expect(page.querySelector('header.site-header nav a[href="/de/themen/"]')).not.toBeNull();
    expect(page.querySelector('header.site-header form[role="search"]')).not.toBeNull();
    expect(page.querySelector('footer.site-footer a[href="/de/impressum/"]')).not.toBeNull();
    expect(page.querySelector('[lang="en-GB"] a[href="/en/"]')).not.toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });
});

describe('front page and stories', () => {
  it('leads each home page with one lead story, then secondary stories with pictures, then a section per topic', () => {
    for (const lang of LANGS) {
      const page = loadPage(homeUrl(lang));
      expect(page.querySelectorAll('.teaser.lead'), lang).toHaveLength(1);
      const secondary = page.querySelectorAll('.teaser.secondary');
      expect(secondary.length, lang).toBeGreaterThan(0);
      for (const teaser of secondary) expect(teaser.querySelector('img, .topic-visual'), lang).not.toBeNull();
      expect(page.querySelectorAll('.topic-section').length, lang).toBeGreaterThan(1);
    }
    // The editors chose the alliance signing as the lead (lead: true), not the newest story.
    expect(loadPage(homeUrl('de')).querySelector('.teaser.lead h2')!.text).toContain('Technologie-Allianz');
  });

  it('shows each story’s kind, byline, reading time and sources; a source without an address is not a link', () => {
    const file = articleUrl({ lang: 'en', slug: 'germany-and-canada-sign-sovereign-technology-alliance' });
    const page = loadPage(file);
    expect(page.querySelector('.story .kind')?.text).toBe('News');
    expect(page.querySelector('.story .byline')?.text).toBe('Souverän Digest editorial team');
    expect(page.querySelector('.story .meta')!.text).toMatch(/\d+ min read \(\d+ words\)/);
    const sources = page.querySelectorAll('.sources li');
    expect(sources.map((li) => li.querySelector('cite')?.text)).toEqual([
      'Deutschland treibt digitale Souveränität mit Allianzen voran',
      'Deutschland und Kanada starten eine Souveräne Technologie-Allianz',
    ]);
    expect(sources.every((li) => li.querySelector('a') === null && li.querySelector('cite')!.getAttribute('lang') === 'de')).toBe(true);
  });

  it('captions and credits a story’s figure, and links a chart at full size', () => {
    const page = loadPage(articleUrl({ lang: 'de', slug: 'eco-kritisiert-budget-des-digitalministeriums' }));
    const figure = page.querySelector('.story figure.story-figure.chart')!;
    expect(figure.querySelector('figcaption .caption')?.text).toContain('1,36 Milliarden Euro');
    expect(figure.querySelector('figcaption .credit')?.text).toBe('Grafik: Souverän Digest');
    expect(figure.querySelector('figcaption a.full')?.getAttribute('href')).toMatch(/\.png$/);
    // The chart has a phone layout: shown up to 40rem instead of a sideways-scrolling box.
    expect(figure.querySelector('section.scroll')).toBeNull();
    const phone = figure.querySelectorAll('picture source[media="(max-width: 40rem)"]');
    expect(phone.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of phone) expect(source.getAttribute('srcset')).toMatch(/bmds-budget-2026-de-narrow\.[^ ]+ 480w, \S+ 640w$/);
  });

  it('gives every built story a sources section', () => {
    const stories = listPages().filter((file) => /^\/(de\/artikel|en\/articles)\/[^/]+\/index\.html$/.test(file));
    expect(stories.length).toBeGreaterThan(10);
    for (const file of stories) expect(loadPage(file).querySelectorAll('.sources li').length, file).toBeGreaterThan(0);
  });
});
