import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distExists, listDist, listPages } from './dist';
import { readHead, sitePath, type HeadTags } from './seo-head';

type Node = Record<string, unknown>;

let origin: string;
let pages: { file: string; path: string; head: HeadTags }[];

const REQUIRED_OG = ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'og:site_name', 'twitter:card', 'twitter:image'];
const STORY = /^\/(de\/artikel|en\/articles)\/[^/]+\/$/;
const TOPIC = /^\/(de\/themen|en\/topics)\/[^/]+\/$/;
const ACTOR = /^\/(de\/akteure|en\/actors)\/[^/]+\/$/;
const HOME = /^\/(de|en)\/$/;

const graphOf = (head: HeadTags): Node[] => head.jsonLd.flatMap((doc) => ((doc as Node)['@graph'] as Node[]) ?? [doc as Node]);
const nodeOf = (head: HeadTags, type: string) => graphOf(head).find((node) => node['@type'] === type);

beforeAll(() => {
  assertBuilt();
  origin = new URL(readHead('/index.html').canonical!).origin;
  pages = listPages()
    .filter((file) => file !== '/404.html')
    .map((file) => ({ file, path: file.replace(/index\.html$/, ''), head: readHead(file) }));
});

describe('head of every page', () => {
  it('has an absolute, self-referential canonical URL', () => {
    for (const { path, head } of pages) expect(head.canonical, path).toBe(`${origin}${path}`);
  });

  it('has a meta description that says more than the page title (the newsroom page too)', () => {
    const weak: string[] = [];
    for (const { path, head } of pages) {
      const description = head.meta.description?.[0]?.trim() ?? '';
      const title = head.meta['og:title']?.[0]?.trim() ?? '';
      if (description.length < 30 || description === title) weak.push(`${path}: ${JSON.stringify(description)}`);
    }
    expect(weak).toEqual([]);
    expect(pages.some((page) => /^\/(de\/redaktion|en\/newsroom)\/$/.test(page.path))).toBe(true);
  });

  it('has complete Open Graph and Twitter tags', () => {
    for (const { path, head } of pages) {
      for (const key of REQUIRED_OG) expect(head.meta[key]?.[0], `${path} ${key}`).toBeTruthy();
      expect(head.meta['og:url']).toEqual([head.canonical]);
      expect(head.meta['og:locale']).toEqual([path.startsWith('/en/') ? 'en_GB' : 'de_DE']);
      expect(head.meta['og:image:width']).toEqual(['1200']);
      expect(head.meta['og:image:height']).toEqual(['630']);
    }
  });

  it('names the other locale exactly when a translation exists', () => {
    for (const { path, head } of pages) {
      if (head.robots?.includes('noindex')) continue;
      const langs = Object.keys(head.hreflang).filter((lang) => lang !== 'x-default');
      expect(head.meta['og:locale:alternate']?.length ?? 0, path).toBe(Math.max(0, langs.length - 1));
      if (langs.length > 0) expect(head.hreflang['x-default'], path).toBe(`${origin}/`);
    }
  });

  it('marks stories as articles with times, section and actor tags', () => {
    const stories = pages.filter((page) => STORY.test(page.path));
    expect(stories.length).toBeGreaterThan(0);
    for (const { path, head } of stories) {
      expect(head.meta['og:type'], path).toEqual(['article']);
      expect(head.meta['article:published_time']?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(head.meta['article:modified_time']?.[0]! >= head.meta['article:published_time']![0]!).toBe(true);
      expect(head.meta['article:section']).toHaveLength(1);
      expect(head.meta['article:tag']?.length).toBeGreaterThan(0);
    }
  });
});

describe('Open Graph cards', () => {
  it('point at existing 1200×630 PNG files', async () => {
    const images = new Set(pages.map((page) => page.head.meta['og:image']![0]!));
    for (const image of images) {
      const file = sitePath(image, origin);
      expect(distExists(file), image).toBe(true);
      const meta = await sharp(`dist${file}`).metadata();
      expect([meta.format, meta.width, meta.height], image).toEqual(['png', 1200, 630]);
    }
  });

  it('give every story, topic, actor and home page its own card', () => {
    const own = pages.filter((page) => [STORY, TOPIC, ACTOR, HOME].some((pattern) => pattern.test(page.path)));
    expect(own.length).toBeGreaterThan(10);
    for (const { path, head } of own) expect(head.meta['og:image'], path).toEqual([`${origin}/og${path.slice(0, -1)}.png`]);
    const cards = new Set(own.map((page) => page.head.meta['og:image']![0]));
    expect(cards.size).toBe(own.length);
  });

  it('are all used by some page', () => {
    const used = new Set(pages.map((page) => sitePath(page.head.meta['og:image']![0]!, origin)));
    const built = listDist().filter((file) => file.startsWith('/og/'));
    expect(built.filter((file) => !used.has(file))).toEqual([]);
  });
});

describe('structured data', () => {
  it('is valid JSON on every page, with a WebSite that can search', () => {
    for (const { path, head } of pages) {
      if (path === '/') continue;
      const site = nodeOf(head, 'WebSite');
      expect(site, path).toBeDefined();
      const target = (site!.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate;
      expect(target).toMatch(new RegExp(`^${origin}/(de/suche|en/search)/\\?q=\\{search_term_string\\}$`));
    }
  });

  it('names a publisher with a square PNG logo that exists', async () => {
    const logos = new Set<string>();
    for (const { path, head } of pages) {
      if (path === '/') continue;
      const publisher = nodeOf(head, 'NewsMediaOrganization');
      const logo = publisher?.logo as { url: string; width: number; height: number } | undefined;
      expect(logo, path).toMatchObject({ width: 512, height: 512 });
      logos.add(logo!.url);
    }
    expect([...logos]).toEqual([`${origin}/publisher-logo.png`]);
    const meta = await sharp(`dist${sitePath([...logos][0]!, origin)}`).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 512]);
  });

  it('describes every story as a NewsArticle that matches the page', () => {
    for (const { path, head } of pages.filter((page) => STORY.test(page.path))) {
      const article = nodeOf(head, 'NewsArticle');
      expect(article, path).toBeDefined();
      expect(article).toMatchObject({
        url: head.canonical,
        headline: head.meta['og:title']![0],
        description: head.meta['og:description']![0],
        datePublished: head.meta['article:published_time']![0],
        dateModified: head.meta['article:modified_time']![0],
        inLanguage: path.startsWith('/en/') ? 'en-GB' : 'de-DE',
      });
      expect((article!.image as string[])[0]).toBe(head.meta['og:image']![0]);
      expect((article!.about as Node).name).toBe(head.meta['article:section']![0]);
      expect((article!.mentions as Node[]).map((entity) => entity.name)).toEqual(head.meta['article:tag']);
      const other = Object.entries(head.hreflang).find(([lang, url]) => lang !== 'x-default' && url !== head.canonical);
      const link = (article!.workTranslation ?? article!.translationOfWork) as Node | undefined;
      expect(link?.url, path).toBe(other?.[1]);
    }
  });

  it('gives story, topic and actor pages a breadcrumb trail ending at the page', () => {
    for (const { path, head } of pages.filter((page) => [STORY, TOPIC, ACTOR].some((pattern) => pattern.test(page.path)))) {
      const items = nodeOf(head, 'BreadcrumbList')?.itemListElement as Node[] | undefined;
      expect(items?.length, path).toBeGreaterThan(1);
      expect(items!.at(-1)!.item).toBe(head.canonical);
      for (const item of items!) expect(distExists(`${sitePath(item.item as string, origin)}index.html`)).toBe(true);
    }
  });

  it('lists the stories of topic and actor pages in a CollectionPage', () => {
    for (const { path, head, file } of pages.filter((page) => TOPIC.test(page.path) || ACTOR.test(page.path))) {
      const page = nodeOf(head, 'CollectionPage');
      expect(page, path).toBeDefined();
      const items = (page!.mainEntity as { itemListElement: Node[] }).itemListElement;
      for (const item of items) {
        expect(distExists(`${sitePath(item.url as string, origin)}index.html`), `${file}: ${item.url}`).toBe(true);
      }
    }
  });

  it('never contains a raw < or > inside a JSON-LD script', () => {
    for (const { path, head } of pages) for (const raw of head.jsonLdRaw) expect(raw, path).not.toMatch(/[<>]/);
  });
});
