import type { Article } from '../content/model';
import { escapeXml } from '../og/escape-xml';
import { absoluteUrl, articleUrl } from '../urls';
import { toIsoInstant } from './head-meta';

const DAY_MS = 86_400_000;

/**
 * Stories for the news sitemap: those dated on the build day or the day before, i.e. within the
 * two days news search engines ask for (story dates are days, not instants).
 */
export function selectNewsStories(articles: readonly Article[], today: string): Article[] {
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  return articles.filter((article) => article.date >= yesterday && article.date <= today);
}

/** A Google News sitemap (https://www.google.com/schemas/sitemap-news/0.9) of these stories. */
export function buildNewsSitemap(articles: readonly Article[], publication: string, site: URL | string): string {
  const urls = articles.map(
    (article) =>
      `<url><loc>${escapeXml(absoluteUrl(articleUrl(article), site))}</loc><news:news><news:publication>` +
      `<news:name>${escapeXml(publication)}</news:name><news:language>${article.lang}</news:language></news:publication>` +
      `<news:publication_date>${toIsoInstant(article.date)}</news:publication_date><news:title>${escapeXml(article.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.map((url) => `${url}\n`).join('') +
    '</urlset>\n'
  );
}
