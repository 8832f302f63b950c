import type { Lang } from '../i18n/config.ts';
import { TOPICS, type TopicId } from './topics.ts';
import { weekId, type IsoWeek } from './weeks.ts';

/**
 * The one URL builder. Every internal link (pages, switcher, feeds, sitemap, search index)
 * comes from here; no other module builds a path by hand.
 */
const SEGMENTS = {
  de: {
    article: 'artikel', topics: 'themen', actors: 'akteure', search: 'suche', newsroom: 'redaktion', notFound: 'nicht-gefunden',
    editions: 'ausgaben', week: 'kw', corrections: 'korrekturen',
    imprint: 'impressum', privacy: 'datenschutz', about: 'ueber-uns',
  },
  en: {
    article: 'articles', topics: 'topics', actors: 'actors', search: 'search', newsroom: 'newsroom', notFound: 'not-found',
    editions: 'editions', week: 'w', corrections: 'corrections',
    imprint: 'imprint', privacy: 'privacy', about: 'about',
  },
} as const satisfies Record<Lang, Record<string, string>>;

function withPage(path: string, page = 1): string {
  return page > 1 ? `${path}${page}/` : path;
}

export function rootUrl(): string {
  return '/';
}

export function homeUrl(lang: Lang, page = 1): string {
  return withPage(`/${lang}/`, page);
}

export function articleUrl(article: { lang: Lang; slug: string }): string {
  return `/${article.lang}/${SEGMENTS[article.lang].article}/${article.slug}/`;
}

export function topicsUrl(lang: Lang): string {
  return `/${lang}/${SEGMENTS[lang].topics}/`;
}

export function topicUrl(lang: Lang, topic: TopicId, page = 1): string {
  return withPage(`${topicsUrl(lang)}${TOPICS[topic].slug[lang]}/`, page);
}

export function actorsUrl(lang: Lang): string {
  return `/${lang}/${SEGMENTS[lang].actors}/`;
}

export function actorUrl(lang: Lang, actorId: string, page = 1): string {
  return withPage(`${actorsUrl(lang)}${actorId}/`, page);
}

export function searchUrl(lang: Lang): string {
  return `/${lang}/${SEGMENTS[lang].search}/`;
}

export function newsroomUrl(lang: Lang): string {
  return `/${lang}/${SEGMENTS[lang].newsroom}/`;
}

/** A word, not `404`: the home listing's page 404 is `/de/404/` once a language has 4,800 stories. */
export function notFoundUrl(lang: Lang): string {
  return `/${lang}/${SEGMENTS[lang].notFound}/`;
}

/** The trust pages: imprint (§ 5 DDG, § 18 MStV), privacy policy, about us. */
export const LEGAL_PAGES = ['imprint', 'privacy', 'about'] as const;
export type LegalPage = (typeof LEGAL_PAGES)[number];

export function legalUrl(lang: Lang, page: LegalPage): string {
  return `/${lang}/${SEGMENTS[lang][page]}/`;
}

export function feedUrl(lang: Lang): string {
  return `/${lang}/rss.xml`;
}

export function topicFeedUrl(lang: Lang, topic: TopicId): string {
  return `${topicUrl(lang, topic)}rss.xml`;
}

export function actorFeedUrl(lang: Lang, actorId: string): string {
  return `${actorUrl(lang, actorId)}rss.xml`;
}

export function editionsUrl(lang: Lang): string {
  return `/${lang}/${SEGMENTS[lang].editions}/`;
}

/** `/de/ausgaben/2026-kw08/`, `/en/editions/2026-w08/`. */
export function editionUrl(lang: Lang, week: IsoWeek): string {
  const [year, number] = weekId(week).split('-W') as [string, string];
  return `${editionsUrl(lang)}${year}-${SEGMENTS[lang].week}${number}/`;
}

/** An edition's page data as JSON, which the newsletter scripts read from the build's output. */
export function editionDataUrl(lang: Lang, week: IsoWeek): string {
  return `${editionUrl(lang, week)}edition.json`;
}

export function editionsFeedUrl(lang: Lang): string {
  return `${editionsUrl(lang)}rss.xml`;
}

export function correctionsUrl(lang: Lang): string {
  return `/${lang}/${SEGMENTS[lang].corrections}/`;
}

/** The id of one correction in its story's correction box: `correction-2026-02-20`. */
export function correctionAnchor(date: string): string {
  return `correction-${date}`;
}

/** Whether an id is one `correctionAnchor` gives, so a story body cannot take it. */
export function isCorrectionAnchor(id: string): boolean {
  return /^correction-\d{4}-\d{2}-\d{2}$/.test(id);
}

/** One correction of a story: `/de/artikel/x/#correction-2026-02-20`. */
export function correctionUrl(article: { lang: Lang; slug: string }, date: string): string {
  return `${articleUrl(article)}#${correctionAnchor(date)}`;
}

export function correctionsFeedUrl(lang: Lang): string {
  return `${correctionsUrl(lang)}rss.xml`;
}

/** JSON Feed 1.1 of a language's latest stories. */
export function jsonFeedUrl(lang: Lang): string {
  return `/${lang}/feed.json`;
}

export function newsSitemapUrl(): string {
  return '/news-sitemap.xml';
}

/** Old story URLs and where they lead, for web servers (see src/pages/redirects.json.ts). */
export function redirectsListUrl(): string {
  return '/redirects.json';
}

/** The search index's manifest: the small file a search starts from (see `SearchManifest`). */
export function searchIndexUrl(lang: Lang): string {
  return searchShardUrl(lang, 'index');
}

/** One file of the split search index, by the name the manifest gives it (and version: see `SearchManifest`). */
export function searchShardUrl(lang: Lang, file: string, version?: string): string {
  return `/search/${lang}/${file}.json${version ? `?v=${version}` : ''}`;
}

/** The sitemap index, which robots.txt and every page's head name. */
export function sitemapIndexUrl(): string {
  return '/sitemap-index.xml';
}

/** One file of the sitemap (`/sitemap-0.xml`, …), as the index lists them. */
export function sitemapFileUrl(index: number): string {
  return `/sitemap-${index}.xml`;
}

/** The publisher's logo for structured data (a PNG, as search engines require). */
export function publisherLogoUrl(): string {
  return '/publisher-logo.png';
}

/** The output folder that holds every Open Graph card and nothing else (the card integration keeps it). */
export const OG_CARD_FOLDER = 'og';

/** Open Graph card for a page path, e.g. `/de/artikel/x/` → `/og/de/artikel/x.png`. */
export function ogImageUrl(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/${OG_CARD_FOLDER}/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The dev server's card route, whose `[...card]` parameter `ogCardParam` gives. */
export function ogCardRoutePattern(): string {
  return `/${OG_CARD_FOLDER}/[...card].png`;
}

/** The `[...card]` parameter of a card's path (`/og/de/x.png` → `de/x`), for the dev server's card route. */
export function ogCardParam(cardPath: string): string {
  const prefix = `/${OG_CARD_FOLDER}/`;
  return (cardPath.startsWith(prefix) ? cardPath.slice(prefix.length) : cardPath).replace(/\.png$/, '');
}

/**
 * Absolute URL on the configured site origin. A site path of plain segments (what the URL
 * builder makes) is joined to the origin as a string: `new URL` for every link of every page was
 * over a second of each build at 5,000 stories per language. Anything else (dots, `%`, a query,
 * non-ASCII) goes through `URL`, which gives the same result for the plain ones.
 */
export function absoluteUrl(path: string, site: URL | string): string {
  if (PLAIN_SITE_PATH.test(path)) return originOf(site) + path;
  return new URL(path, site).href;
}

/** `/`, then segments of letters, digits, `-`, `_` and inner dots (`feed.xml`), each but the last ending in `/`. */
const PLAIN_SITE_PATH = /^\/(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\/)*(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)?$/;

const originsOfUrls = new WeakMap<URL, string>();
const originsOfStrings = new Map<string, string>();

/** The site's URL up to its path (`https://example.org`), as `URL` writes it. */
function originOf(site: URL | string): string {
  const known = typeof site === 'string' ? originsOfStrings.get(site) : originsOfUrls.get(site);
  if (known !== undefined) return known;
  const origin = new URL('/', site).href.slice(0, -1);
  if (typeof site === 'string') originsOfStrings.set(site, origin);
  else originsOfUrls.set(site, origin);
  return origin;
}

/** Route path without leading/trailing slash, as Astro's rest parameter wants it. */
export function toRouteParam(path: string): string {
  return path.replace(/^\/|\/$/g, '');
}
