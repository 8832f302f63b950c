/**
 * The first position in `sorted` whose value no longer `isBefore` holds for (the values it holds
 * for come first): a binary search, for the vocabulary's prefixes and the shards' start words.
 */
export function partitionPoint<T>(sorted: readonly T[], isBefore: (value: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(sorted[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
