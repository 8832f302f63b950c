import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as renderer from '../../../src/lib/content/body/render-body';
import { checkMdx, type BodyCheckMemo } from '../../../src/lib/content/mdx-check';

// Counts the renders, so a test sees whether the memo spared one (the renderer itself runs as is).
vi.mock('../../../src/lib/content/body/render-body', async (importOriginal) => {
  const actual = await importOriginal<typeof renderer>();
  return { ...actual, renderStoryBody: vi.fn((...args: Parameters<typeof actual.renderStoryBody>) => actual.renderStoryBody(...args)) };
});
const renders = vi.mocked(renderer.renderStoryBody);

const memo = (known: BodyCheckMemo['known'] = new Map()): BodyCheckMemo => ({ known, passed: new Map() });
const body = 'Text.\n\n<Quote actor="eco">\nZitat.\n</Quote>\n';

beforeEach(() => {
  renders.mockClear();
});

describe('checkMdx with a memo of checked bodies', () => {
  it('remembers a passing body with the actors it quotes, and no failing one', () => {
    const first = memo();
    expect(checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']), memo: first }).problems).toEqual([]);
    expect([...first.passed.values()]).toEqual([{ actors: ['eco'], references: { links: [], images: [], ids: [] } }]);
    expect(checkMdx('Summe {1 + 1}', { bodyLine: 5, actorIds: new Set(), memo: first }).problems).toMatchObject([{ line: 5 }]);
    expect(first.passed.size).toBe(1);
    expect(renders).toHaveBeenCalledTimes(2);
  });

  it('does not render a remembered body again, and passes it on to the next memo', () => {
    const first = memo();
    checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']), memo: first });
    expect(renders).toHaveBeenCalledTimes(1);
    const second = memo(first.passed);
    expect(checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco', 'bmds']), memo: second }).problems).toEqual([]);
    expect(renders).toHaveBeenCalledTimes(1);
    expect(second.passed).toEqual(first.passed);
    // A different body is not taken for the remembered one.
    expect(checkMdx(`${body}\nMehr.\n`, { bodyLine: 5, actorIds: new Set(['eco']), memo: second }).problems).toEqual([]);
    expect(renders).toHaveBeenCalledTimes(2);
  });

  it('checks a remembered body again when a quoted actor is gone', () => {
    const first = memo();
    checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']), memo: first });
    const third = memo(first.passed);
    expect(checkMdx(body, { bodyLine: 5, actorIds: new Set(['bmds']), memo: third }).problems).toMatchObject([
      { line: 7, message: expect.stringMatching(/unknown actor id "eco"/) },
    ]);
    expect(renders).toHaveBeenCalledTimes(2);
    expect(third.passed.size).toBe(0);
  });

  it('renders every time without a memo', () => {
    checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']) });
    checkMdx(body, { bodyLine: 5, actorIds: new Set(['eco']) });
    expect(renders).toHaveBeenCalledTimes(2);
  });
});
