import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { actorSchema, createArticleSchema } from '../lib/content/schema.ts';
import { publisherSchema } from '../lib/content/publisher.ts';
import { processShared } from '../lib/process-shared.ts';
import { buildEnv } from './build-env.ts';
import { editionLoader } from './edition-loader.ts';
import { publisherLoader } from './publisher-loader.ts';
import { storyLoader } from './story-loader.ts';
import { withCodeVersion } from './versioned-loader.ts';

const { contentDir } = buildEnv;

// The id keeps the exact file name (`bmds`): the content guard rejects bad file names with a
// suggestion instead of letting the loader silently slugify them.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

/** The collections' loaders and schemas, for src/content.config.ts to define. */
export const collectionParts = {
  // Bodies are rendered when loaded (src/data/story-loader.ts); the images they show are added
  // to the data as `bodyImages`, so Astro resolves them like the frontmatter image.
  articles: {
    loader: storyLoader({ contentDir }),
    schema: ({ image }: SchemaContext) =>
      createArticleSchema(image()).safeExtend({
        bodyImages: z.array(z.object({ src: image(), alt: z.string() })).default([]),
      }),
  },
  actors: {
    loader: withCodeVersion(glob({ pattern: '*.yaml', base: `${contentDir}/actors`, generateId: keepPath })),
    schema: actorSchema,
  },
  // Editors' notes for weekly editions (lead, order, intro); checked by the content guard.
  editions: { loader: editionLoader({ base: `${contentDir}/editions` }) },
  // The publisher's details for the imprint, privacy and about pages (`publisher.yaml`).
  publisher: { loader: publisherLoader({ contentDir }), schema: publisherSchema },
};

export type CollectionParts = typeof collectionParts;

/**
 * Hands the parts, loaded by Node with astro.config.mjs, to src/content.config.ts, which Astro
 * loads through Vite: there it would transform this module's whole graph again in every build.
 */
export function shareCollectionParts(): void {
  processShared<CollectionParts>('collection-parts', () => collectionParts);
}
