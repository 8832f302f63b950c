import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { actorSchema, createArticleSchema } from './lib/content/schema';
import { contentDir } from './data/build-env';

// The id keeps the exact file path (`de/my-story`): the content guard rejects bad file names
// with a suggestion instead of letting the loader silently slugify them.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

const articles = defineCollection({
  loader: glob({ pattern: ['de/*.mdx', 'en/*.mdx'], base: `${contentDir}/articles`, generateId: keepPath }),
  schema: ({ image }) => createArticleSchema(image()),
});

const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/actors`, generateId: keepPath }),
  schema: actorSchema,
});

export const collections = { articles, actors };
// Re-exported so the generated types see zod as used here.
export type { z };
