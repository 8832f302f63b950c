import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { feedLanguage, listFeeds, toFeedItems, type FeedSpec } from '../../lib/feeds';
import { absoluteUrl } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const model = await loadSite();
  return listFeeds(model).map((feed) => ({
    params: { feed: feed.path.replace(/^\/|\/rss\.xml$/g, '') },
    props: { feed },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedSpec }> = async ({ props, site }) => {
  const { feed } = props;
  const model = await loadSite();
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.pagePath, site!),
    items: feed.items ?? toFeedItems(feed.articles, model, feed.lang),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The self link lets readers and validators find the feed's canonical address.
    customData: `<language>${feedLanguage(feed.lang)}</language><atom:link href="${absoluteUrl(feed.path, site!)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
