// @ts-check
// Node runs this file and everything it imports itself (type stripping), so Astro need not start a
// Vite server to load it: relative imports name their `.ts` file, JSON is imported `with { type:
// 'json' }`, and the TypeScript is erasable (tests/unit/config-native-load.test.ts). Node keeps
// those modules for the process: an edited integration, loader or schema (src/data/collections.ts)
// takes effect when `astro dev` is started again.
import { defineConfig } from 'astro/config';
// First: a bad environment value stops the build here, before anything is written.
import { buildEnv, dropLauncherVariables } from './src/data/build-env.ts';
import { shareCollectionParts } from './src/data/collections.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { heapSnapshots } from './src/integrations/heap-snapshots.ts';
import { hosting, isHostingOwned } from './src/integrations/hosting.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { ListedFolders } from './src/lib/build/list-files.ts';
import { OG_CARD_FOLDER } from './src/lib/urls.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { publishingMode } from './src/integrations/publishing-mode.ts';

// Before Astro reads the environment: see LAUNCHER_VARIABLES.
dropLauncherVariables(process.env);
const { siteUrl: site, contentDir, outDir, cacheDir, cardWorkers, heapSnapshotDir } = buildEnv;
// The collections' loaders and schemas, loaded here by Node, for src/content.config.ts.
shareCollectionParts();
// The card folder as the cards left it, so the hosting step does not list it again.
const listed = new ListedFolders();

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
    keepOutput({ owned: { folders: [OG_CARD_FOLDER], files: isHostingOwned } }),
    publishingMode(),
    ogCards({ workers: cardWorkers, listed }),
    // Measurement only (`npm run bench:profile -- --heap`): the heap as the hosting step finds it.
    ...(heapSnapshotDir ? [heapSnapshots({ dir: heapSnapshotDir })] : []),
    // Last: reads the finished output (pages, feeds, sitemap) in the same hook the others write it.
    hosting({ listed }),
  ],
  image: {
    // AVIF at sharp's default effort (4) costs about 20 s per story figure on this machine;
    // effort 1 is about 7× faster for files about 10 % larger.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 1 } } },
  },
  // Astro renders no Markdown (the story loader renders the stories), so nothing to highlight;
  // its default, Shiki, would also warn that its inline styles break the CSP.
  markdown: { syntaxHighlight: false },
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
  // Reuses unchanged pages of the previous build (see pageCacheKey and BENCHMARKS.md).
  // INCREMENTAL_BUILD=0 turns it off, e.g. to measure a full render.
  experimental: { incrementalBuild: buildEnv.incrementalBuild },
});
