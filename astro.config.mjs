// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** Site origin for canonical URLs, feeds and the sitemap; override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://souveraen-digest.eu';

/** Benchmarks build generated corpora outside the repo; see scripts/bench/. */
const outDir = process.env.OUT_DIR;
const cacheDir = process.env.CACHE_DIR;

export default defineConfig({
  site,
  ...(outDir && { outDir }),
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  security: { csp: true },
  // Reuses unchanged pages of the previous build (see pageCacheKey and BENCHMARKS.md).
  // INCREMENTAL_BUILD=0 turns it off, e.g. to measure a full render.
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD !== '0' },
});
