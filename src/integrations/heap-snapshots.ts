import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** When each snapshot is taken, by the file it is written to. */
export const HEAP_SNAPSHOTS = {
  'astro:build:start': '1-build-start.heapsnapshot',
  'astro:build:generated': '2-generated.heapsnapshot',
  'astro:build:done': '3-before-hosting.heapsnapshot',
} as const;

/**
 * For `npm run bench:profile -- --heap`: a V8 heap snapshot after the content sync, after the
 * pages, and when the build is done but before the hosting step (so it goes just before
 * `hosting()`). With `--expose-gc` the garbage is collected first, so a snapshot is live data.
 */
export function heapSnapshots({ dir, write = writeHeapSnapshot }: { dir: string; write?: (file: string) => unknown }): AstroIntegration {
  const take = (file: string) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    write(join(dir, file));
  };
  return {
    name: 'souveraen:heap-snapshots',
    hooks: {
      'astro:build:start': () => take(HEAP_SNAPSHOTS['astro:build:start']),
      'astro:build:generated': () => take(HEAP_SNAPSHOTS['astro:build:generated']),
      'astro:build:done': () => take(HEAP_SNAPSHOTS['astro:build:done']),
    },
  };
}
