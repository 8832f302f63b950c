import { describe, expect, it } from 'vitest';
import { CASES, type GuaranteeCase } from '../../fixtures/guarantees/cases';
import { validateContent } from '../../../src/lib/content/validate';
import { corpusWith } from './corpus';

// Issue 14's classes, several inputs each: what a careless or hostile editor writes is reported
// with file and line or field, every error at once, in readable length, and quickly.
async function check({ files }: GuaranteeCase) {
  const started = performance.now();
  const errors = await validateContent(corpusWith(...files), { today: '2026-12-01' });
  return { errors, seconds: (performance.now() - started) / 1000 };
}

describe.each(Object.entries(CASES))('class %s', (_name, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_title, testCase) => {
    const { errors, seconds } = await check(testCase);
    const shown = JSON.stringify(errors, null, 1).slice(0, 3_000);
    expect(errors, shown).toHaveLength(testCase.errors.length);
    testCase.errors.forEach(({ says, ...where }, i) => {
      expect(errors[i], shown).toMatchObject(where);
      expect(errors[i]!.message, shown).toContain(says);
    });
    for (const error of errors) expect(error.message.length, error.message.slice(0, 200)).toBeLessThan(600);
    // Generous for a busy 2-core machine; the unguarded inputs took minutes or crashed.
    expect(seconds).toBeLessThan(20);
  });
});
