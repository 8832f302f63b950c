import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ defineCollection: (config: unknown) => ({ defined: config }) }));

const KEY = Symbol.for('souveraen-digest:collection-parts');
const shared = globalThis as unknown as Record<symbol, unknown>;

afterEach(() => {
  delete shared[KEY];
  vi.resetModules();
});

/**
 * Astro loads src/content.config.ts through Vite, which would transform the loaders' and schemas'
 * whole module graph (the story loader, the body renderer, the schemas) once more in every build;
 * astro.config.mjs, which Node loads, shares them (src/data/collections.ts).
 */
describe('src/content.config.ts', () => {
  it('defines the collections from the parts astro.config.mjs shared, not from a second load of them', async () => {
    const parts = { articles: { loader: 'a' }, actors: { loader: 'b' }, editions: { loader: 'c' }, publisher: { loader: 'd' } };
    shared[KEY] = parts;
    const { collections } = await import('../../src/content.config');
    expect(collections).toEqual({
      articles: { defined: parts.articles },
      actors: { defined: parts.actors },
      editions: { defined: parts.editions },
      publisher: { defined: parts.publisher },
    });
  });

  it('loads the parts itself where no config ran first', async () => {
    const { collections } = await import('../../src/content.config');
    const { collectionParts } = await import('../../src/data/collections');
    expect(Object.keys(collections)).toEqual(['articles', 'actors', 'editions', 'publisher']);
    expect((collections.articles as unknown as { defined: { loader: { name: string } } }).defined.loader.name).toBe(collectionParts.articles.loader.name);
  });
});
