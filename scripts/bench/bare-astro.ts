/**
 * A bare Astro project on the same content collection: one plain page per story, none of our
 * features. It borrows this repository's node_modules through a symlink.
 */
import { join } from 'node:path';
import { writeBenchProject } from './write-project';

export function bareAstroFiles(repoRoot: string): Record<string, string> {
  const schema = join(repoRoot, 'src/lib/content/schema.ts');
  return {
    'package.json': JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2),
    'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/strict' }),
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      'export default defineConfig({',
      "  site: 'https://example.org',",
      '  integrations: [mdx()],',
      '  ...(process.env.OUT_DIR && { outDir: process.env.OUT_DIR }),',
      '  ...(process.env.CACHE_DIR && { cacheDir: process.env.CACHE_DIR }),',
      '});',
      '',
    ].join('\n'),
    // The same collections, loaders and schemas as the site (see src/content.config.ts).
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `import { actorSchema, createArticleSchema } from ${JSON.stringify(schema)};`,
      'const contentDir = process.env.CONTENT_DIR;',
      "const keepPath = ({ entry }: { entry: string }) => entry.replace(/\\.(mdx|ya?ml)$/, '');",
      'const articles = defineCollection({',
      "  loader: glob({ pattern: ['de/*.mdx', 'en/*.mdx'], base: `${contentDir}/articles`, generateId: keepPath }),",
      '  schema: ({ image }) => createArticleSchema(image()),',
      '});',
      "const actors = defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/actors`, generateId: keepPath }), schema: actorSchema });",
      'export const collections = { articles, actors };',
      '',
    ].join('\n'),
    // The stories use these two MDX components; the bare versions just wrap their children.
    'src/components/Callout.astro': '---\nconst { title } = Astro.props;\n---\n<aside>{title && <p>{title}</p>}<slot /></aside>\n',
    'src/components/Quote.astro': '<blockquote><slot /></blockquote>\n',
    'src/pages/[lang]/[slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Callout from '../../components/Callout.astro';",
      "import Quote from '../../components/Quote.astro';",
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('articles');",
      '  return entries.map((entry) => {',
      "    const [lang, slug] = entry.id.split('/');",
      '    return { params: { lang, slug }, props: { entry } };',
      '  });',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang={Astro.params.lang}>',
      '  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '  <body><h1>{entry.data.title}</h1><Content components={{ Callout, Quote }} /></body>',
      '</html>',
      '',
    ].join('\n'),
  };
}

export function writeBareAstro(dir: string, repoRoot: string): Promise<void> {
  return writeBenchProject(dir, bareAstroFiles(repoRoot), repoRoot);
}
