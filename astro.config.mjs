// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDir } from './src/data/build-env.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';

/** Site origin for canonical URLs, feeds and the sitemap; override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://souveraen-digest.eu';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests that build fixture corpora side by side give each build its own cache (content store).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [contentGuard({ contentDir }), publishingMode(), mdx()],
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
});
