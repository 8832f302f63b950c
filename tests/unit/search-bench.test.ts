import { describe, expect, it } from 'vitest';
import {
  BUDGET,
  missedBudgets,
  percentile,
  renderSearchSection,
  replaceSearchSection,
  SECTION_END,
  SECTION_START,
  type BenchRow,
} from '../../scripts/lib/search-bench';
import { createActors, createRandom, createStories } from '../../scripts/lib/synthetic-stories';

const row: BenchRow = {
  label: '5,000',
  stories: 5000,
  docs: 6000,
  split: { files: 900, manifest: 12 * 1024, total: 900 * 1024 },
  engineP95: 9,
  keystrokeP50: 12,
  keystrokeP95: 30,
  keystrokes: 80,
  maxMainThreadTask: 8,
  maxMainThreadCpu: 6,
  tasksOver16ms: 0,
  longTasks: 0,
  firsts: [
    { query: 'Cloud', ms: 200, bytes: 60 * 1024, files: 12, results: 300 },
    { query: 'Zentralbank', ms: 250, bytes: 90 * 1024, files: 20, results: 400 },
  ],
};

describe('synthetic stories', () => {
  it('are the same for the same seed and differ for another', () => {
    const actors = createActors(createRandom(7));
    expect(actors).toHaveLength(30);
    const a = createStories(1, 20, actors);
    expect(createStories(1, 20, actors)).toEqual(a);
    expect(createStories(2, 20, actors)[0]!.title).not.toBe(a[0]!.title);
    expect(a).toHaveLength(40);
    const words = a[0]!.text.split(' ').length;
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThan(640);
  });
});

describe('benchmark report', () => {
  it('takes percentiles by rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([...Array(100).keys()].map((i) => i + 1), 95)).toBe(95);
  });

  it('names every missed budget', () => {
    expect(missedBudgets(row)).toEqual([]);
    const slow = { ...row, keystrokeP95: BUDGET.keystrokeP95 + 1 };
    expect(missedBudgets(slow)).toEqual([`5,000: keystroke p95 ${(BUDGET.keystrokeP95 + 1).toFixed(1)} ms > ${BUDGET.keystrokeP95} ms`]);
    // Bytes count at 50,000 stories per language, and the first-results time budget is 400 ms there.
    const large = { ...row, label: '50,000', stories: 50000, firsts: [{ ...row.firsts[0]!, ms: 350, bytes: BUDGET.firstBytes + 1024 }] };
    expect(missedBudgets(large)).toEqual(['50,000: first results for “Cloud” fetched 151 kB > 150 kB']);
    expect(missedBudgets({ ...row, stories: 20000, keystrokeP95: 999 })).toEqual([]);
  });

  it('replaces its own section of BENCHMARKS.md and keeps the rest', () => {
    const info = { date: '2026-11-23', chromium: 'Chromium 1', cores: 2, load: [1, 1, 1], queries: ['a'] };
    const section = renderSearchSection([row], info);
    expect(section.startsWith(SECTION_START) && section.endsWith(SECTION_END)).toBe(true);
    expect(section).toContain('All budgets met.');
    expect(section).toContain('| `Zentralbank` | 250 / 90.0 / 20 / 400 |');
    const appended = replaceSearchSection('# Benchmarks\n\n## Other\n', section);
    expect(appended).toContain('## Other');
    const replaced = replaceSearchSection(appended, renderSearchSection([{ ...row, firsts: [{ ...row.firsts[0]!, ms: 999 }] }], info));
    expect(replaced.match(/## Search/g)).toHaveLength(1);
    expect(replaced).toContain('5,000: first results for “Cloud” 999 ms > 300 ms');
    expect(replaced).toContain('## Other');
  });
});
