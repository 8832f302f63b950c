import { defineCollection } from 'astro:content';
import type { CollectionParts } from './data/collections';
import { processShared } from './lib/process-shared';

// The loaders and schemas as astro.config.mjs loaded them (src/data/collections.ts); where no
// config ran first (a tool loading this file alone), loaded here.
const parts =
  processShared<CollectionParts | undefined>('collection-parts', () => undefined) ?? (await import('./data/collections')).collectionParts;

export const collections = {
  articles: defineCollection(parts.articles),
  actors: defineCollection(parts.actors),
  editions: defineCollection(parts.editions),
  publisher: defineCollection(parts.publisher),
};
