/** Everything may be crawled; noindex pages say so themselves. The sitemap is named in full. */
export function buildRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
