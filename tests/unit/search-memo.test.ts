import { describe, expect, it } from 'vitest';
import { memoizeByString } from '../../src/lib/search/memo';

describe('memoizeByString', () => {
  it('computes each text once and forgets everything when full', () => {
    const calls: string[] = [];
    const length = memoizeByString((text) => {
      calls.push(text);
      return text.length;
    }, 2);
    expect([length('ab'), length('ab'), length('abc')]).toEqual([2, 2, 3]);
    expect(calls).toEqual(['ab', 'abc']);
    expect(length('abcd')).toBe(4);
    expect(length('ab')).toBe(2);
    expect(calls).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const nothing = memoizeByString(() => {
      calls++;
      return undefined;
    }, 10);
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});
