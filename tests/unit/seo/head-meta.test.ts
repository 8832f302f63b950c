import { describe, expect, it } from 'vitest';
import { buildSocialMeta, type SocialMetaInput } from '../../../src/lib/seo/head-meta';

const base: SocialMetaInput = {
  lang: 'de',
  siteName: 'Souverän Digest',
  title: 'Titel',
  description: 'Beschreibung',
  url: 'https://example.org/de/artikel/x/',
  alternateLangs: ['de'],
  image: { url: 'https://example.org/og/de/artikel/x.png', width: 1200, height: 630, alt: 'Bild' },
};

const valuesOf = (tags: ReturnType<typeof buildSocialMeta>, key: string) =>
  tags.filter((tag) => tag.key === key).map((tag) => tag.content);

describe('buildSocialMeta', () => {
  it('describes an index page as a website with the card and its size', () => {
    const tags = buildSocialMeta(base);
    expect(valuesOf(tags, 'og:type')).toEqual(['website']);
    expect(valuesOf(tags, 'og:locale')).toEqual(['de_DE']);
    expect(valuesOf(tags, 'og:locale:alternate')).toEqual([]);
    expect(valuesOf(tags, 'og:image:width')).toEqual(['1200']);
    expect(valuesOf(tags, 'og:image:height')).toEqual(['630']);
    expect(valuesOf(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(valuesOf(tags, 'article:published_time')).toEqual([]);
    expect(tags.every((tag) => (tag.key.startsWith('twitter:') ? tag.attr === 'name' : tag.attr === 'property'))).toBe(true);
  });

  it('names the other locale only when the translation exists', () => {
    const tags = buildSocialMeta({ ...base, alternateLangs: ['de', 'en'] });
    expect(valuesOf(tags, 'og:locale:alternate')).toEqual(['en_GB']);
  });

  it('describes a story as an article with times, section and one tag per actor', () => {
    const tags = buildSocialMeta({
      ...base,
      story: { published: '2026-02-14', modified: '2026-02-16', section: 'Tech-Allianzen', tags: ['Kanada', 'BMDS'] },
    });
    expect(valuesOf(tags, 'og:type')).toEqual(['article']);
    expect(valuesOf(tags, 'article:published_time')).toEqual(['2026-02-14T12:00:00Z']);
    expect(valuesOf(tags, 'article:modified_time')).toEqual(['2026-02-16T12:00:00Z']);
    expect(valuesOf(tags, 'article:section')).toEqual(['Tech-Allianzen']);
    expect(valuesOf(tags, 'article:tag')).toEqual(['Kanada', 'BMDS']);
  });
});
