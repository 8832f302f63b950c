import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Views and the components they use render only from their page data (src/lib/pages/): what
 * a page shows is then what its cache key digests. A component that read the site model itself
 * (as the search page once read its years) would be reused while what it shows had changed.
 */
const FOLDERS = ['src/components', 'src/layouts'];

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => join(dir, name));
}

/** What a template may not touch: the model, the collections, the module that reads them. */
function modelReads(source: string): string[] {
  const found: string[] = [];
  if (/\bloadSite\b|\bloadRoutes\b/.test(source)) found.push('loadSite/loadRoutes');
  if (/\bSiteModel\b/.test(source)) found.push('SiteModel');
  if (/astro:content/.test(source)) found.push('astro:content');
  for (const [, names] of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'[./]*data\/site'/g)) {
    // The story body is read when the page renders; its digest is in the page data.
    const others = names!.split(',').map((name) => name.trim()).filter((name) => name && name !== 'loadStoryBody');
    if (others.length > 0) found.push(`data/site: ${others.join(', ')}`);
  }
  if (/from\s+'[./]*lib\/site'/.test(source)) found.push('lib/site');
  return found;
}

describe('views and components', () => {
  const files = FOLDERS.flatMap(astroFiles);

  it('are all checked', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain(join('src/components/views', 'SearchView.astro'));
  });

  it('never read the site model, only their page data', () => {
    const offenders = files.flatMap((file) => modelReads(readFileSync(file, 'utf8')).map((what) => `${file}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it('would notice a view that reads the model', () => {
    expect(modelReads("import { loadSite } from '../../data/site';\nconst model = await loadSite();")).toContain('loadSite/loadRoutes');
    expect(modelReads("import { today } from '../../data/site';")).toEqual(['data/site: today']);
    expect(modelReads("import type { SiteModel } from '../../lib/site';")).toEqual(['SiteModel', 'lib/site']);
    expect(modelReads("import { loadStoryBody } from '../data/site';")).toEqual([]);
  });
});
