// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// First: a bad environment value stops the build here, before anything is written.
import { buildEnv } from './src/data/build-env.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { OG_CARD_FOLDER } from './src/lib/urls.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';
import sitemap from '@astrojs/sitemap';
import { loadSiteFromDisk } from './src/data/content-on-disk.ts';
import { buildSitemapEntries, serializeSitemapItem } from './src/lib/seo/sitemap.ts';

const { siteUrl: site, contentDir, outDir, cacheDir, cardWorkers } = buildEnv;

/** Indexable pages with lastmod and hreflang alternates, from the pair map; read once, when the sitemap is written. */
/** @type {ReturnType<typeof buildSitemapEntries> | undefined} */
let sitemapEntries;

export default defineConfig({
  site,
  // Benchmarks and fixture-building tests build outside dist/, each with its own cache (content store).
  ...(outDir && { outDir }),
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: buildEnv.buildConcurrency },
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
  security: { csp: true },
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
  experimental: { incrementalBuild: buildEnv.incrementalBuild },
});
