import { describe, expect, it } from 'vitest';
import { shortenUrl, summariseByPackage, summariseProfile, type CpuProfile } from '../../scripts/bench/profile-summary';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '') },
    { id: 2, callFrame: frame('formatDate', 'file:///repo/src/lib/dates.ts', 9) },
    { id: 3, callFrame: frame('parse', 'file:///repo/node_modules/@scope/pkg/dist/x.js', 99) },
    { id: 4, callFrame: frame('', 'file:///repo/node_modules/rolldown/dist/a.js', 4) },
  ],
  samples: [2, 2, 3, 4, 2, 1],
  timeDeltas: [1000, 2000, 3000, 500, 1500, 2000],
};

describe('summariseProfile', () => {
  it('sums self time per function, most first, with shares', () => {
    const top = summariseProfile(PROFILE, 2);
    expect(top).toEqual([
      { name: 'formatDate', where: 'src/lib/dates.ts:10', selfMs: 5, share: 45 },
      { name: 'parse', where: '@scope/pkg/dist/x.js:100', selfMs: 3, share: 30 },
    ]);
  });

  it('groups by package or source file', () => {
    const groups = summariseByPackage(PROFILE);
    expect(groups.map((g) => g.where)).toEqual(['src/lib/dates.ts', '@scope/pkg', '(native, GC, idle)', 'rolldown']);
    expect(groups.reduce((sum, g) => sum + g.share, 0)).toBeCloseTo(100, 0);
  });
});

describe('shortenUrl', () => {
  it('keeps the path inside node_modules or from src/', () => {
    expect(shortenUrl('file:///a/node_modules/b/node_modules/vite/x.js')).toBe('vite/x.js');
    expect(shortenUrl('file:///work/repo/src/lib/site.ts')).toBe('src/lib/site.ts');
    expect(shortenUrl('node:internal/fs')).toBe('node:internal/fs');
    expect(shortenUrl('file:///repo/.astro/.prerender/chunks/site_x.mjs')).toBe('chunks/site_x.mjs');
  });
});
