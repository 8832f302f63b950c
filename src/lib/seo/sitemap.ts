import { getFixedT } from '../../i18n';
import { LANGS } from '../../i18n/config';
import type { Article } from '../content/model';
import { lastModified } from '../corrections';
import { describePage } from '../page-meta';
import { alternatesOf, type Route, type RoutedPage } from '../routing';
import type { SiteModel } from '../site';
import { absoluteUrl, homeUrl, rootUrl, sitemapFileUrl } from '../urls';

interface SitemapLink {
  lang: string;
  /** Site path, from the URL builder. */
  path: string;
}

export interface SitemapEntry {
  /** Site path of the page. */
  path: string;
  /** `YYYY-MM-DD`: the newest `updated`/`date` of the story or of the stories listed. */
  lastmod?: string;
  /** hreflang alternates plus `x-default`, exactly as the page's own head lists them. */
  links: SitemapLink[];
}

/**
 * Paths in order, numbers by value. One collator for the whole sort: `localeCompare` with
 * options sets one up for every comparison, seconds of a large archive's build.
 */
const pathOrder = new Intl.Collator('en', { numeric: true });

/** URLs per sitemap file; the protocol allows 50,000. */
const SITEMAP_FILE_LIMIT = 45_000;

function lastChanged(articles: readonly Article[]): string | undefined {
  let newest: string | undefined;
  for (const article of articles) {
    const day = lastModified(article);
    if (!newest || day > newest) newest = day;
  }
  return newest;
}

function lastmodOf(route: Route): string | undefined {
  switch (route.kind) {
    case 'article':
      return lastChanged([route.article]);
    case 'home':
    case 'topic':
    case 'actor':
      return lastChanged(route.page.items);
    case 'edition':
      return lastChanged(route.edition.articles);
    default:
      return undefined;
  }
}

function linksOf(alternates: Partial<Record<string, string>>): SitemapLink[] {
  const langs = LANGS.filter((lang) => alternates[lang]);
  if (langs.length === 0) return [];
  return [...langs.map((lang) => ({ lang, path: alternates[lang]! })), { lang: 'x-default', path: rootUrl() }];
}

/**
 * The language chooser and every page of `routes` (the route list the pages are built from)
 * that may be indexed, with alternates from `alternatesOf`, i.e. from the pair map, so the
 * sitemap agrees with the pages' hreflang. Sorted by path, numbers by value (`/2/` before `/10/`).
 */
export function buildSitemapEntries(routes: readonly RoutedPage[], model: SiteModel): SitemapEntry[] {
  const homes = Object.fromEntries(LANGS.map((lang) => [lang, homeUrl(lang)]));
  const entries: SitemapEntry[] = [{ path: rootUrl(), lastmod: lastChanged(model.articles), links: linksOf(homes) }];
  for (const { path, route } of routes) {
    if (describePage(route, model, getFixedT(route.lang)).noindex) continue;
    entries.push({ path, lastmod: lastmodOf(route), links: linksOf(alternatesOf(route, model)) });
  }
  return entries.sort((a, b) => pathOrder.compare(a.path, b.path));
}

export interface SitemapFile {
  /** Site path, `sitemapFileUrl(n)`. */
  path: string;
  /** The newest lastmod of its entries, for the index. */
  lastmod: string | undefined;
  entries: SitemapEntry[];
}

/** The entries in files of at most `limit` URLs. */
export function splitSitemap(entries: readonly SitemapEntry[], limit = SITEMAP_FILE_LIMIT): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    const chunk = entries.slice(start, start + limit);
    const lastmod = chunk.reduce<string | undefined>((newest, entry) => (entry.lastmod && (!newest || entry.lastmod > newest) ? entry.lastmod : newest), undefined);
    files.push({ path: sitemapFileUrl(files.length), lastmod, entries: chunk });
  }
  return files;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
/** A day as the sitemap protocol's W3C datetime, midnight UTC. */
const datetimeOf = (day: string) => new Date(`${day}T00:00:00Z`).toISOString();
const lastmodElement = (day: string | undefined) => (day ? `<lastmod>${datetimeOf(day)}</lastmod>` : '');

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** The namespaces `@astrojs/sitemap` declared, kept so the file stays as it was. */
const URLSET_NAMESPACES =
  `xmlns="${SITEMAP_NS}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" ` +
  'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"';

/** One sitemap file on the site origin: each page with its lastmod and hreflang alternates. */
export function renderSitemap(entries: readonly SitemapEntry[], site: URL | string): string {
  const url = (path: string) => escapeXml(absoluteUrl(path, site));
  const urls = entries.map(
    (entry) =>
      `<url><loc>${url(entry.path)}</loc>${lastmodElement(entry.lastmod)}` +
      entry.links.map((link) => `<xhtml:link rel="alternate" hreflang="${escapeXml(link.lang)}" href="${url(link.path)}"/>`).join('') +
      '</url>',
  );
  return `${XML_DECLARATION}<urlset ${URLSET_NAMESPACES}>${urls.join('')}</urlset>`;
}

/** The sitemap index naming every file on the site origin. */
export function renderSitemapIndex(files: readonly Pick<SitemapFile, 'path' | 'lastmod'>[], site: URL | string): string {
  const items = files.map((file) => `<sitemap><loc>${escapeXml(absoluteUrl(file.path, site))}</loc>${lastmodElement(file.lastmod)}</sitemap>`);
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">${items.join('')}</sitemapindex>`;
}
