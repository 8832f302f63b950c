/**
 * Maps over items a batch at a time, in order: thousands of file operations at once would run
 * out of file handles, one at a time would wait on the disk for each.
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(map))));
  return results;
}
