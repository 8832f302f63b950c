import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSitemapFiles } from '../data/sitemap';
import { endpointCacheKey } from '../lib/cache-key';
import { renderSitemap, type SitemapEntry } from '../lib/seo/sitemap';

/** At `sitemapFileUrl(n)`: every indexable page with lastmod and hreflang alternates. */
export const getStaticPaths = (async () =>
  (await loadSitemapFiles()).map((file, index) => {
    const props = { entries: file.entries };
    return { params: { file: String(index) }, props, cacheKey: endpointCacheKey(props) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: SitemapEntry[] }> = ({ props, site }) =>
  new Response(renderSitemap(props.entries, site!), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
