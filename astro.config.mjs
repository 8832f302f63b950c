// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { cardWorkers, contentDir } from './src/data/build-env.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { OG_CARD_FOLDER } from './src/lib/urls.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import sitemap from '@astrojs/sitemap';
import { loadSiteFromDisk } from './src/data/content-on-disk.ts';
import { buildSitemapEntries, serializeSitemapItem } from './src/lib/seo/sitemap.ts';

/** Site origin for canonical URLs, feeds and the sitemap; override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://souveraen-digest.eu';

/** Benchmarks and fixture-building tests build outside dist/, each with its own cache (content store). */
const outDir = process.env.OUT_DIR;
const cacheDir = process.env.CACHE_DIR;

/** Indexable pages with lastmod and hreflang alternates, from the pair map; read once, when the sitemap is written. */
/** @type {ReturnType<typeof buildSitemapEntries> | undefined} */
let sitemapEntries;

export default defineConfig({
  site,
  ...(outDir && { outDir }),
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  // Two pages at a time: while one waits for the file system, the other renders (2,500 stories per
  // language: 71 s instead of 79 s; BENCHMARKS.md, "Build scale"). BUILD_CONCURRENCY overrides it.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 2) },
  integrations: [
    contentGuard({ contentDir }),
    // Unchanged pages stay in the output folder between builds (src/lib/build/output-record.ts).
    keepOutput({ ownedFolders: [OG_CARD_FOLDER] }),
    publishingMode(),
    ogCards({ contentDir, workers: cardWorkers }),
    mdx(),
    sitemap({
      serialize(item) {
        sitemapEntries ??= buildSitemapEntries(loadSiteFromDisk(), site);
        return serializeSitemapItem(item, sitemapEntries);
      },
    }),
  ],
  image: {
    // AVIF at sharp's default effort (4) costs about 20 s per story figure on this machine;
    // effort 1 is about 7× faster for files about 10 % larger.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 1 } } },
  },
  // Prism emits classes, Shiki inline styles that a strict CSP would block.
  markdown: { syntaxHighlight: 'prism' },
  // Astro hashes every inline script and style; the rest is this site's own origin only, so no
  // story, however it slips past the content check, can make the browser fetch from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "media-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX modules carry a directive the bundler warns about once per story: noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // Reuses unchanged pages of the previous build (see pageCacheKey and BENCHMARKS.md).
  // INCREMENTAL_BUILD=0 turns it off, e.g. to measure a full render.
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD !== '0' },
});
