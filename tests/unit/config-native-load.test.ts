import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Astro imports `astro.config.mjs` with Node first and, when that throws, loads it again through
 * a Vite server of its own, which transforms the config's whole module graph in every build. Node
 * runs the graph itself only if every relative import names its `.ts` file, JSON is imported
 * `with { type: 'json' }`, and the TypeScript is erasable (no parameter properties or enums).
 * Astro's fallback is silent, so this is what notices when the graph stops loading natively.
 */
describe('astro.config.mjs', () => {
  it('loads with the project’s Node alone, without Vite', () => {
    // The tests run on the project's Node (npm puts node_modules/.bin first on the PATH).
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "const { default: config } = await import('./astro.config.mjs'); console.log(config.integrations.map((i) => i.name).join(' '));"], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split(' ')).toEqual(expect.arrayContaining(['souveraen:content-guard', 'souveraen:og-cards', 'souveraen:hosting']));
  });

  it('shares the collections’ loaders and schemas, loaded with it, for src/content.config.ts', () => {
    const script =
      "await import('./astro.config.mjs'); const parts = globalThis[Symbol.for('souveraen-digest:collection-parts')];" +
      "console.log(JSON.stringify(Object.entries(parts).map(([name, part]) => [name, part.loader.name, typeof part.schema])));";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      ['articles', 'story-loader', 'function'],
      ['actors', 'glob-loader', 'object'],
      ['editions', expect.any(String), 'undefined'],
      ['publisher', expect.any(String), 'object'],
    ]);
  });
});
