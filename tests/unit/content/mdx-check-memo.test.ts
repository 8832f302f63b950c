import { describe, expect, it } from 'vitest';
import { checkMdx, type BodyCheckMemo } from '../../../src/lib/content/mdx-check';

const memo = (known: BodyCheckMemo['known'] = new Map()): BodyCheckMemo => ({ known, passed: new Map() });
const body = 'Text.\n\n<Quote actor="eco">\nZitat.\n</Quote>\n';

describe('checkMdx with a memo of checked bodies', () => {
  it('remembers a passing body with the actors it quotes, and no failing one', () => {
    const first = memo();
    expect(checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']), memo: first }).problems).toEqual([]);
    expect([...first.passed.values()]).toEqual([{ actors: ['eco'], references: { links: [], images: [] } }]);
    expect(checkMdx('Summe {1 + 1}', { bodyLine: 5, actorIds: new Set(), memo: first }).problems).toMatchObject([{ line: 5 }]);
    expect(first.passed.size).toBe(1);
  });

  it('passes a remembered body on, and checks it again when a quoted actor is gone', () => {
    const first = memo();
    checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']), memo: first });
    const second = memo(first.passed);
    expect(checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']), memo: second }).problems).toEqual([]);
    expect(second.passed).toEqual(first.passed);
    const third = memo(first.passed);
    expect(checkMdx(body, { bodyLine: 5, actorIds: new Set(['bmds']), memo: third }).problems).toMatchObject([
      { line: 7, message: expect.stringMatching(/unknown actor id "eco"/) },
    ]);
    expect(third.passed.size).toBe(0);
  });
});
