import { describe, expect, it } from 'vitest';
import { heapSnapshots } from '../../src/integrations/heap-snapshots';

type Hook = () => unknown;

describe('heapSnapshots', () => {
  it('writes one snapshot after the sync, one after the pages and one before the hosting step, into its folder', () => {
    const written: string[] = [];
    const hooks = heapSnapshots({ dir: '/tmp/heap', write: (file) => written.push(file) }).hooks as Record<string, Hook>;
    hooks['astro:build:start']!();
    hooks['astro:build:generated']!();
    hooks['astro:build:done']!();
    expect(written).toEqual(['/tmp/heap/1-build-start.heapsnapshot', '/tmp/heap/2-generated.heapsnapshot', '/tmp/heap/3-before-hosting.heapsnapshot']);
  });

  it('collects the garbage first when Node exposes the collector', () => {
    const events: string[] = [];
    const had = (globalThis as { gc?: () => void }).gc;
    (globalThis as { gc?: () => void }).gc = () => events.push('gc');
    try {
      const hooks = heapSnapshots({ dir: '/d', write: () => events.push('write') }).hooks as Record<string, Hook>;
      hooks['astro:build:done']!();
    } finally {
      (globalThis as { gc?: () => void }).gc = had;
    }
    expect(events).toEqual(['gc', 'gc', 'write']);
  });
});
