import type { APIRoute } from 'astro';
import { loadSite, today } from '../data/site';
import { getFixedT } from '../i18n';
import { buildNewsSitemap, selectNewsStories } from '../lib/seo/news-sitemap';

/** `newsSitemapUrl()`: the stories of the build day and the day before, both languages. */
export const GET: APIRoute = async ({ site }) => {
  const model = await loadSite();
  const xml = buildNewsSitemap(selectNewsStories(model.articles, today), getFixedT('de')('site.name'), site!);
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
