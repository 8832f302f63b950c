import { pageCacheKey } from '../cache-key';
import type { Route } from '../routing';
import type { SiteModel } from '../site';
import { buildPageData, type PageContext, type PageData } from './index';

/** What a page hands from `getStaticPaths` to its render: the route and the key of its data. */
export interface KeyedRoute {
  route: Route;
  cacheKey: string;
}

/**
 * The key of a page: the digest of its data. Only the route travels on with it, because Astro
 * holds every path's props until the build ends and a large archive's page data does not fit.
 */
export function keyPage(path: string, route: Route, model: SiteModel, context: PageContext): KeyedRoute {
  const data = buildPageData(route, model, context);
  if (data.path !== path) throw new Error(`Page data for ${path} says its path is ${data.path}`);
  return { route, cacheKey: pageCacheKey(data) };
}

/**
 * The data of the page being rendered, built again from its route. Data that differs from what
 * its key was made from would be reused wrongly by a later build, so that stops this one.
 */
export function buildKeyedPageData({ route, cacheKey }: KeyedRoute, model: SiteModel, context: PageContext): PageData {
  const data = buildPageData(route, model, context);
  if (pageCacheKey(data) !== cacheKey) throw new Error(`Page data for ${data.path} changed between its cache key and its rendering`);
  return data;
}
