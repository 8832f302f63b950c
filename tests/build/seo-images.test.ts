import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distExists, listPages, readDist } from './dist';

/** Story images: astro:assets pictures with modern formats, intrinsic size and sensible loading. */
let stories: { file: string; page: HTMLElement }[];

const srcsetFiles = (srcset: string) => srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!);

beforeAll(() => {
  assertBuilt();
  stories = listPages()
    .filter((file) => /^\/(de\/artikel|en\/articles)\//.test(file))
    .map((file) => ({ file, page: parse(readDist(file)) }));
});

describe('story images', () => {
  it('appear as lead images in both languages', () => {
    for (const lang of ['de', 'en']) {
      const withLead = stories.filter(({ file, page }) => file.startsWith(`/${lang}/`) && page.querySelector('figure.lead picture'));
      expect(withLead.length, lang).toBeGreaterThanOrEqual(3);
    }
  });

  it('are pictures with AVIF and WebP sources, a fallback, intrinsic size and alt text, all files built', async () => {
    let pictures = 0;
    for (const { file, page } of stories) {
      for (const picture of page.querySelectorAll('picture')) {
        pictures++;
        // A chart's phone layout comes first, for narrow screens only, with its own size.
        const sources = picture.querySelectorAll('source');
        const narrow = sources.filter((source) => source.hasAttribute('media'));
        expect(narrow.map((source) => source.getAttribute('type')), file).toEqual(narrow.length ? ['image/avif', 'image/webp'] : []);
        for (const source of narrow) expect(Number(source.getAttribute('width')) * Number(source.getAttribute('height')), file).toBeGreaterThan(0);
        expect(sources.slice(narrow.length).map((source) => source.getAttribute('type')), file).toEqual(['image/avif', 'image/webp']);
        const img = picture.querySelector('img')!;
        expect(img.getAttribute('alt')?.length, file).toBeGreaterThan(20);
        const width = Number(img.getAttribute('width'));
        const height = Number(img.getAttribute('height'));
        expect(width * height, file).toBeGreaterThan(0);
        const candidates = [
          ...picture.querySelectorAll('source').flatMap((source) => srcsetFiles(source.getAttribute('srcset')!)),
          ...srcsetFiles(img.getAttribute('srcset')!),
          img.getAttribute('src')!,
        ];
        expect(candidates.length).toBeGreaterThan(6);
        for (const candidate of candidates) expect(distExists(candidate), candidate).toBe(true);
        const largest = await sharp(`dist${img.getAttribute('src')}`).metadata();
        expect(largest.width! / largest.height!).toBeCloseTo(width / height, 2);
      }
    }
    expect(pictures).toBeGreaterThanOrEqual(6);
  });

  it('load the lead image eagerly and every other image lazily', () => {
    for (const { file, page } of stories) {
      for (const img of page.querySelectorAll('picture img')) {
        const lead = img.closest('figure.lead') !== null;
        expect(img.getAttribute('loading'), file).toBe(lead ? 'eager' : 'lazy');
        if (lead) expect(img.getAttribute('fetchpriority')).toBe('high');
      }
    }
    const inline = stories.flatMap(({ page }) => page.querySelectorAll('.body picture img'));
    expect(inline.length).toBeGreaterThanOrEqual(2);
  });

  it('give the lead image to structured data as well', () => {
    for (const { file, page } of stories) {
      const lead = page.querySelector('figure.lead picture');
      const script = page.querySelector('script[type="application/ld+json"]')!;
      const article = (JSON.parse(script.text)['@graph'] as { '@type': string; image?: string[] }[]).find((node) => node['@type'] === 'NewsArticle')!;
      expect(article.image!.length, file).toBe(lead ? 2 : 1);
      if (lead) expect(distExists(new URL(article.image![1]!).pathname), file).toBe(true);
    }
  });
});
