import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFeedBody } from '../../data/feed-bodies';
import { loadSite } from '../../data/site';
import { feedLanguage, listFeeds, toFeedItems, type FeedItem, type FeedSpec } from '../../lib/feeds';
import type { SiteModel } from '../../lib/site';
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
  // Full text for story feeds (content:encoded); edition and correction feeds carry their own items.
  const items = feed.items ?? (await withFullText(toFeedItems(feed.articles, model, feed.lang), feed, model, site!));
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.pagePath, site!),
    // Absolute links are kept as they are (a correction's #fragment would get a slash appended).
    items: items.map((item) => ({ ...item, link: absoluteUrl(item.link, site!) })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The self link lets readers and validators find the feed's canonical address.
    customData: `<language>${feedLanguage(feed.lang)}</language><atom:link href="${absoluteUrl(feed.path, site!)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};

async function withFullText(items: FeedItem[], feed: FeedSpec, model: SiteModel, site: URL): Promise<(FeedItem & { content: string })[]> {
  const bodies = await Promise.all(feed.articles.map((article) => loadFeedBody(article, model, site)));
  return items.map((item, index) => ({ ...item, content: bodies[index]! }));
}
