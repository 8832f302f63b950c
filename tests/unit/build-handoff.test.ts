import { describe, expect, it } from 'vitest';
import { createHandoff } from '../../src/lib/build/handoff';

describe('createHandoff', () => {
  it('gives each value once, to the key it was put under', () => {
    const handoff = createHandoff<string>();
    handoff.put('de/a.json', 'A');
    handoff.put('en/a.json', 'B');
    expect(handoff.take('en/a.json')).toBe('B');
    expect(handoff.take('de/a.json')).toBe('A');
    // Taken means released: a second request finds nothing and has to make the value again.
    expect(handoff.take('de/a.json')).toBeUndefined();
    expect(handoff.take('fr/a.json')).toBeUndefined();
  });

  it('keeps the latest value when a key is put again (the dev server lists the paths again)', () => {
    const handoff = createHandoff<number>();
    handoff.put('k', 1);
    handoff.put('k', 2);
    expect(handoff.take('k')).toBe(2);
  });
});
