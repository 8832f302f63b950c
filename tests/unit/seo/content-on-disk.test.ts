import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteFromDisk } from '../../../src/data/content-on-disk';
import { buildSitemapEntries } from '../../../src/lib/seo/sitemap';

const PUBLISHING = join(process.cwd(), 'tests/fixtures/content/publishing');

describe('loadSiteFromDisk (the sitemap’s view of the content folder)', () => {
  it('keeps published stories only, like a production build on that day', () => {
    const before = loadSiteFromDisk(PUBLISHING, '2026-03-01');
    expect(before.articles.map((article) => article.id).sort()).toEqual(['de/tapir', 'de/veroeffentlicht', 'en/published']);
    const after = loadSiteFromDisk(PUBLISHING, '2026-03-10');
    expect(after.articles.map((article) => article.id)).toContain('de/geplant');
    expect(after.articles.map((article) => article.id)).not.toContain('de/entwurf');
  });

  it('pairs editions by translationKey, so the sitemap links them', () => {
    const entries = buildSitemapEntries(loadSiteFromDisk(PUBLISHING, '2026-03-01'), 'https://example.org');
    const story = [...entries.values()].find((entry) => entry.url.endsWith('/de/artikel/veroeffentlicht/'))!;
    expect(story.links.map((link) => link.lang)).toEqual(['de', 'en', 'x-default']);
    expect(story.links[1]!.url).toBe('https://example.org/en/articles/published/');
  });
});
