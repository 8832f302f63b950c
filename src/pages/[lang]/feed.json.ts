import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFeedBody } from '../../data/feed-bodies';
import { loadSite } from '../../data/site';
import { LANGS, type Lang } from '../../i18n/config';
import { listFeeds, toFeedItems } from '../../lib/feeds';
import { buildJsonFeed } from '../../lib/json-feed';
import { feedUrl, jsonFeedUrl } from '../../lib/urls';

/** Served at `jsonFeedUrl(lang)`: the language's main feed as JSON Feed 1.1, full text. */
export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const model = await loadSite();
  const spec = listFeeds(model).find((feed) => feed.path === feedUrl(lang));
  if (!spec) throw new Error(`No main feed for ${lang}`);
  const bodies = await Promise.all(spec.articles.map((article) => loadFeedBody(article, model, site!)));
  const feed = buildJsonFeed(spec, toFeedItems(spec.articles, model, lang), bodies, jsonFeedUrl(lang), site!);
  return new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
};
