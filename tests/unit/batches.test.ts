import { describe, expect, it } from 'vitest';
import { mapInBatches } from '../../src/lib/batches';

describe('mapInBatches', () => {
  it('keeps the order and runs at most one batch at a time', async () => {
    let running = 0;
    let most = 0;
    const result = await mapInBatches([5, 4, 3, 2, 1, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(result).toEqual([50, 40, 30, 20, 10, 0, 60]);
    expect(most).toBe(3);
    expect(await mapInBatches([], 3, async (n: number) => n)).toEqual([]);
  });
});
