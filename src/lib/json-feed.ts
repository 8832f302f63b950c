import { BCP47 } from '../i18n/config';
import { lastModified } from './corrections';
import type { FeedItem, FeedSpec } from './feeds';
import { toIsoInstant } from './seo/head-meta';
import { absoluteUrl } from './urls';

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the fields this site fills. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    tags: string[];
    language: string;
  }[];
}

/**
 * A language's story feed as JSON Feed 1.1, with the same stories, summaries and categories
 * as its RSS twin and the full text (`bodies[i]` belongs to `spec.articles[i]`).
 */
export function buildJsonFeed(spec: FeedSpec, items: readonly FeedItem[], bodies: readonly string[], feedPath: string, site: URL | string): JsonFeed {
  const language = BCP47[spec.lang];
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: spec.title,
    home_page_url: absoluteUrl(spec.pagePath, site),
    feed_url: absoluteUrl(feedPath, site),
    description: spec.description,
    language,
    items: spec.articles.map((article, index) => {
      const item = items[index]!;
      const url = absoluteUrl(item.link, site);
      return {
        id: url,
        url,
        title: item.title,
        summary: item.description,
        content_html: bodies[index]!,
        date_published: toIsoInstant(article.date),
        date_modified: toIsoInstant(lastModified(article)),
        tags: item.categories,
        language,
      };
    }),
  };
}
