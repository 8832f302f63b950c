import { describe, expect, it } from 'vitest';
import { descendantsOf, parseStatParent, parseStatusRssKb, sampleMemory, summariseCurve } from '../../scripts/bench/memory-curve';
import { msPerStory } from '../../scripts/bench/measure';

describe('memory curve', () => {
  it('reads the parent from /proc/<pid>/stat, even when the name has spaces and parentheses', () => {
    expect(parseStatParent('4242 (node (astro) build) S 4200 4242 4200 0 -1')).toBe(4200);
  });

  it('reads VmRSS in kB, 0 without one', () => {
    expect(parseStatusRssKb('Name:\tnode\nVmRSS:\t  204800 kB\nThreads:\t9\n')).toBe(204800);
    expect(parseStatusRssKb('Name:\tzombie\nState:\tZ\n')).toBe(0);
  });

  it('finds a process tree, not its siblings', () => {
    const parents = new Map([[2, 1], [3, 2], [4, 3], [5, 1], [6, 5]]);
    expect(descendantsOf(2, parents).sort()).toEqual([2, 3, 4]);
  });

  it('samples this process: its resident set is above zero', () => {
    const curve = sampleMemory(process.pid, 10_000).stop();
    expect(curve).toHaveLength(1);
    expect(curve[0]!.rssMb).toBeGreaterThan(10);
  });

  it('thins a curve to its highest sample per stretch', () => {
    const samples = [10, 30, 20, 50, 40, 5].map((rssMb, i) => ({ t: i * 2, rssMb, load1: 1 }));
    expect(summariseCurve(samples, 3)).toBe('2 s: 30, 6 s: 50, 8 s: 40');
  });

  it('gives milliseconds per story file of both languages', () => {
    expect(msPerStory(138, 5000)).toBe(13.8);
  });
});
