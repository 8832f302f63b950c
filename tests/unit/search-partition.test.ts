import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/lib/search/partition';
import { postingShardOf } from '../../src/lib/search/split-store';

describe('partitionPoint', () => {
  it('finds the first position the predicate fails for, at every place and size', () => {
    for (let length = 0; length <= 9; length++) {
      const sorted = Array.from({ length }, (_, index) => index * 2);
      for (let key = -1; key <= length * 2; key++) {
        const expected = sorted.findIndex((value) => !(value < key));
        expect(partitionPoint(sorted, (value) => value < key), `${length}/${key}`).toBe(expected === -1 ? length : expected);
      }
    }
  });
});

describe('postingShardOf', () => {
  it('picks the last shard starting at or before the word', () => {
    const starts = [0, 5, 9, 20];
    expect([0, 4, 5, 8, 9, 19, 20, 99].map((word) => postingShardOf(starts, word))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(postingShardOf([0], 7)).toBe(0);
  });
});
