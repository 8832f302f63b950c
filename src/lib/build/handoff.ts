/**
 * Values handed from a route's `getStaticPaths` to its render, each taken once. Astro keeps every
 * path's props until the build ends, so a large value passed as props stays in memory for the
 * whole build; handed over here, it is gone once its file is written.
 */
export interface Handoff<T> {
  put(key: string, value: T): void;
  /** The value put under `key`, once; undefined if none is waiting (or it was taken already). */
  take(key: string): T | undefined;
}

export function createHandoff<T>(): Handoff<T> {
  const waiting = new Map<string, T>();
  return {
    put: (key, value) => void waiting.set(key, value),
    take: (key) => {
      const value = waiting.get(key);
      waiting.delete(key);
      return value;
    },
  };
}
