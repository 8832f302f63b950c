import { getFixedT } from '../../i18n';
import { LANGS } from '../../i18n/config';
import type { Article } from '../content/model';
import { lastModified } from '../corrections';
import { describePage } from '../page-meta';
import { alternatesOf, buildRoutes, type Route } from '../routing';
import type { SiteModel } from '../site';
import { absoluteUrl, homeUrl, rootUrl } from '../urls';

export interface SitemapLink {
  lang: string;
  url: string;
}

export interface SitemapEntry {
  /** Absolute page URL. */
  url: string;
  /** `YYYY-MM-DD`: the newest `updated`/`date` of the story or of the stories listed. */
  lastmod?: string;
  /** hreflang alternates plus `x-default`, exactly as the page's own head lists them. */
  links: SitemapLink[];
}

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

function linksOf(alternates: Partial<Record<string, string>>, site: URL | string): SitemapLink[] {
  const langs = LANGS.filter((lang) => alternates[lang]);
  if (langs.length === 0) return [];
  return [
    ...langs.map((lang) => ({ lang, url: absoluteUrl(alternates[lang]!, site) })),
    { lang: 'x-default', url: absoluteUrl(rootUrl(), site) },
  ];
}

/**
 * Every indexable page of the site with its alternates, keyed by absolute URL. Alternates come
 * from `alternatesOf`, i.e. from the pair map, so the sitemap agrees with the pages' hreflang.
 */
export function buildSitemapEntries(model: SiteModel, site: URL | string): Map<string, SitemapEntry> {
  const entries = new Map<string, SitemapEntry>();
  const homes = Object.fromEntries(LANGS.map((lang) => [lang, homeUrl(lang)]));
  const root = absoluteUrl(rootUrl(), site);
  entries.set(root, { url: root, lastmod: lastChanged(model.articles), links: linksOf(homes, site) });
  for (const { path, route } of buildRoutes(model, { newsroom: true })) {
    if (describePage(route, model, getFixedT(route.lang)).noindex) continue;
    const url = absoluteUrl(path, site);
    entries.set(url, { url, lastmod: lastmodOf(route), links: linksOf(alternatesOf(route, model), site) });
  }
  return entries;
}

/** Shape of `@astrojs/sitemap`'s items (kept local so this module needs no Astro types). */
export interface SitemapItemLike {
  url: string;
  lastmod?: string;
  links?: SitemapLink[];
}

/** `serialize` for `@astrojs/sitemap`: drops pages that are not indexable, adds lastmod and alternates. */
export function serializeSitemapItem<T extends SitemapItemLike>(
  item: T,
  entries: ReadonlyMap<string, SitemapEntry>,
): T | undefined {
  const entry = entries.get(item.url);
  if (!entry) return undefined;
  return {
    ...item,
    ...(entry.lastmod ? { lastmod: entry.lastmod } : {}),
    ...(entry.links.length > 0 ? { links: entry.links } : {}),
  };
}
