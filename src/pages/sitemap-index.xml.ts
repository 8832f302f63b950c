import type { APIRoute } from 'astro';
import { loadSitemapFiles } from '../data/sitemap';
import { renderSitemapIndex } from '../lib/seo/sitemap';

/** At `sitemapIndexUrl()`: names every sitemap file on the configured origin (SITE_URL). */
export const GET: APIRoute = async ({ site }) =>
  new Response(renderSitemapIndex(await loadSitemapFiles(), site!), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
