/**
 * Remembers a pure function's results by its string argument, forgetting everything once
 * `max` are kept: while typing, consecutive keystrokes ask about mostly the same texts.
 */
export function memoizeByString<T>(compute: (text: string) => T, max: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      value = compute(text);
      if (known.size >= max) known.clear();
      known.set(text, value);
    }
    return value as T;
  };
}
