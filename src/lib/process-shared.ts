/**
 * One value per process under `name`, however many times the module that asks is loaded: Astro
 * evaluates astro.config.mjs (the content check) and content.config.ts (the story loader) in
 * separate module graphs, so a module-level Map would exist once per graph.
 */
export function processShared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`souveraen-digest:${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[key] ??= create());
}
