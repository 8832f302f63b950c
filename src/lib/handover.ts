import { processShared } from './process-shared.ts';

/**
 * Values one step of a build hands to a later step of the same process, each taken once: what
 * the content check rendered and read, for the story loader. Shared by name (processShared),
 * because the two steps load their modules in separate graphs.
 */
export interface Handover<K, V> {
  keep(key: K, value: V): void;
  /** The value kept for `key`, once; undefined when none was kept. */
  take(key: K): V | undefined;
  /** Drops what no one took. */
  forget(): void;
  readonly size: number;
}

export function sharedHandover<K, V>(name: string): Handover<K, V> {
  const values = processShared(name, () => new Map<K, V>());
  return {
    keep: (key, value) => void values.set(key, value),
    take: (key) => {
      const value = values.get(key);
      values.delete(key);
      return value;
    },
    forget: () => values.clear(),
    get size() {
      return values.size;
    },
  };
}
