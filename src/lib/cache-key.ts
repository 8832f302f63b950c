import { createHash } from 'node:crypto';
import type { PageData } from './pages';

/**
 * Astro's incremental build skips a page whose `cacheKey` and code are unchanged since the last
 * build. The key is a digest of the page's data, exactly what its view renders (src/lib/pages/),
 * so it changes whenever anything the page shows changes, with no list of dependencies kept by
 * hand. The code that renders it needs no version here: Astro hashes the route's whole module
 * graph (views, components, page-data functions, UI strings, styles) into the same check. What a
 * page reads outside that graph, its story body, is in the data by digest, and the story
 * loader's digest already folds in the loader's own code (src/data/content-version.ts).
 */
export function pageCacheKey(data: PageData): string {
  return digestOf(data);
}

/**
 * The same for an endpoint whose response is made from its props alone (and the site's config,
 * which Astro's check covers): a search-index file, a sitemap file. Without a key Astro makes
 * every such file again on each build, about 15,000 of them at a large archive's size.
 */
export function endpointCacheKey(props: Readonly<Record<string, unknown>>): string {
  return digestOf(props);
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
