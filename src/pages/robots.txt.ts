import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '../lib/seo/robots';
import { absoluteUrl, sitemapIndexUrl } from '../lib/urls';

/** robots.txt names the sitemap on the configured origin (SITE_URL), so it is generated. */
export const GET: APIRoute = ({ site }) =>
  new Response(buildRobotsTxt(absoluteUrl(sitemapIndexUrl(), site!)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
