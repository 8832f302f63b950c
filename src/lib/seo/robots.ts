/** Everything may be crawled; noindex pages say so themselves. The sitemaps are named in full. */
export function buildRobotsTxt(...sitemapUrls: string[]): string {
  return `User-agent: *\nAllow: /\n\n${sitemapUrls.map((url) => `Sitemap: ${url}\n`).join('')}`;
}
