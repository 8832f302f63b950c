import { describe, expect, it } from 'vitest';
import { parseBuildNodeFlags, readBuildNodeFlags } from '../../scripts/bench/build-flags';

describe('parseBuildNodeFlags', () => {
  it('returns the Node options between node and Astro', () => {
    expect(parseBuildNodeFlags('node --max-old-space-size=6144 --max-semi-space-size=64 node_modules/astro/bin/astro.mjs build')).toEqual([
      '--max-old-space-size=6144',
      '--max-semi-space-size=64',
    ]);
    expect(parseBuildNodeFlags('node node_modules/astro/bin/astro.mjs build')).toEqual([]);
  });

  it('refuses a script it cannot read as node, flags, Astro', () => {
    expect(() => parseBuildNodeFlags('astro build')).toThrow(/not "node \[flags\]/);
    expect(() => parseBuildNodeFlags('node scripts/x.js node_modules/astro/bin/astro.mjs build')).toThrow(/not Node flags: scripts\/x.js/);
  });

  it('reads what the repository’s own build script sets', () => {
    const flags = readBuildNodeFlags(process.cwd());
    expect(flags.some((flag) => flag.startsWith('--max-old-space-size='))).toBe(true);
    expect(flags.some((flag) => flag.startsWith('--max-semi-space-size='))).toBe(true);
  });
});
