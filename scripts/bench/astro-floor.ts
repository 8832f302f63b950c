/**
 * Astro's floor at archive size: a project with this site's collections, loaders and kept
 * output folder, and one trivial page per route with a constant cache key. Its rebuild after one
 * edit renders nothing and does only what Astro itself does whatever the pages are (content
 * sync, bundling, the walk over every route), so ours minus it is what our features cost.
 * It borrows this repository's node_modules and modules through absolute paths.
 */
import { join } from 'node:path';
import { writeBenchProject } from './write-project';

/** How many pages the floor has: as many as ours builds at that size (`FLOOR_PAGES`). */
export const FLOOR_PAGES_VARIABLE = 'FLOOR_PAGES';

export function astroFloorFiles(repoRoot: string): Record<string, string> {
  const module = (path: string) => JSON.stringify(join(repoRoot, path));
  return {
    'package.json': JSON.stringify({ name: 'astro-floor-bench', private: true, type: 'module' }, null, 2),
    'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/strict' }),
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      `import { buildEnv, dropLauncherVariables } from ${module('src/data/build-env.ts')};`,
      `import { shareCollectionParts } from ${module('src/data/collections.ts')};`,
      `import { keepOutput } from ${module('src/integrations/keep-output.ts')};`,
      // As the site: the launcher's path must not reach the route hashes (see LAUNCHER_VARIABLES).
      'dropLauncherVariables(process.env);',
      'shareCollectionParts();',
      'export default defineConfig({',
      "  site: 'https://example.org',",
      "  trailingSlash: 'always',",
      "  build: { format: 'directory' },",
      '  ...(buildEnv.outDir && { outDir: buildEnv.outDir }),',
      '  ...(buildEnv.cacheDir && { cacheDir: buildEnv.cacheDir }),',
      '  integrations: [keepOutput()],',
      '  experimental: { incrementalBuild: true },',
      '});',
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      `import { processShared } from ${module('src/lib/process-shared.ts')};`,
      `import type { CollectionParts } from ${module('src/data/collections.ts')};`,
      "const parts = processShared<CollectionParts | undefined>('collection-parts', () => undefined);",
      "if (!parts) throw new Error('astro.config.mjs did not share the collections');",
      'export const collections = {',
      '  articles: defineCollection(parts.articles),',
      '  actors: defineCollection(parts.actors),',
      '  editions: defineCollection(parts.editions),',
      '  publisher: defineCollection(parts.publisher),',
      '};',
      '',
    ].join('\n'),
    'src/pages/[...route].astro': [
      '---',
      "import { getCollection } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const ids = (await getCollection('articles')).map((entry) => entry.id);",
      `  const pages = Number(process.env.${FLOOR_PAGES_VARIABLE} ?? ids.length);`,
      '  const extra = Array.from({ length: Math.max(0, pages - ids.length) }, (_, i) => `list/${i}`);',
      "  return [...ids, ...extra].map((route) => ({ params: { route }, cacheKey: 'floor' }));",
      '}',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{Astro.params.route}</title></head><body><p>{Astro.params.route}</p></body></html>',
      '',
    ].join('\n'),
  };
}

export function writeAstroFloor(dir: string, repoRoot: string): Promise<void> {
  return writeBenchProject(dir, astroFloorFiles(repoRoot), repoRoot);
}
