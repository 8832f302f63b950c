import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroFloorFiles, FLOOR_PAGES_VARIABLE } from '../../scripts/bench/astro-floor';

const REPO = resolve(import.meta.dirname, '../..');

describe('astroFloorFiles', () => {
  const files = astroFloorFiles(REPO);

  it('builds on modules of this repository that exist and export what it imports', async () => {
    const imports = Object.values(files).flatMap((text) => [...text.matchAll(/import (?:type )?\{ ([^}]+) \} from "([^"]+)"/g)]);
    expect(imports.length).toBeGreaterThanOrEqual(5);
    for (const [statement, names, path] of imports) {
      expect(existsSync(path!), path).toBe(true);
      if (statement.startsWith('import type')) continue;
      const module = (await import(path!)) as Record<string, unknown>;
      for (const name of names!.split(',').map((part) => part.trim())) expect(module[name], `${name} from ${path}`).toBeDefined();
    }
  });

  it('keeps the output between builds and gives every page one constant key', () => {
    expect(files['astro.config.mjs']).toContain('integrations: [keepOutput()]');
    expect(files['astro.config.mjs']).toContain('incrementalBuild: true');
    const page = files['src/pages/[...route].astro']!;
    expect(page).toContain(`process.env.${FLOOR_PAGES_VARIABLE}`);
    expect(page).toContain("cacheKey: 'floor'");
  });
});
