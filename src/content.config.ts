import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { actorSchema, createArticleSchema } from './lib/content/schema';
import { buildEnv } from './data/build-env';
import { storyLoader } from './data/story-loader';
import { editionLoader } from './data/edition-loader';
import { publisherLoader } from './data/publisher-loader';
import { publisherSchema } from './lib/content/publisher';

const { contentDir } = buildEnv;

// The id keeps the exact file name (`bmds`): the content guard rejects bad file names with a
// suggestion instead of letting the loader silently slugify them.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

// Bodies are rendered when loaded (src/data/story-loader.ts); the images they show are added
// to the data as `bodyImages`, so Astro resolves them like the frontmatter image.
const articles = defineCollection({
  loader: storyLoader({ contentDir }),
  schema: ({ image }) =>
    createArticleSchema(image()).safeExtend({
      bodyImages: z.array(z.object({ src: image(), alt: z.string() })).default([]),
    }),
});

const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/actors`, generateId: keepPath }),
  schema: actorSchema,
});

// Editors' notes for weekly editions (lead, order, intro); checked by the content guard.
const editions = defineCollection({ loader: editionLoader({ base: `${contentDir}/editions` }) });

// The publisher's details for the imprint, privacy and about pages (`publisher.yaml`).
const publisher = defineCollection({ loader: publisherLoader({ contentDir }), schema: publisherSchema });

export const collections = { articles, actors, editions, publisher };
// Re-exported so the generated types see zod as used here.
export type { z };
