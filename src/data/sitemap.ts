import { buildSitemapEntries, splitSitemap, type SitemapFile } from '../lib/seo/sitemap';
import { loadRoutes, loadSite } from './site';

let filesPromise: Promise<SitemapFile[]> | undefined;

/** The sitemap's files, from the same route list the pages are built from; made once per build. */
export function loadSitemapFiles(): Promise<SitemapFile[]> {
  filesPromise ??= Promise.all([loadRoutes(), loadSite()]).then(([routes, model]) => splitSitemap(buildSitemapEntries(routes, model)));
  return filesPromise;
}
