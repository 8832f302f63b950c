import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../src/lib/dates';

// The formatters are cached per language; alternating languages must not mix them up.
describe('formatDate and formatMonth with cached formatters', () => {
  it('formats each language in its own style, in any order of calls', () => {
    expect(formatDate('2026-02-18', 'de')).toBe('18. Februar 2026');
    expect(formatDate('2026-02-18', 'en')).toBe('18 February 2026');
    expect(formatDate('2025-12-31', 'de')).toBe('31. Dezember 2025');
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
  });
});
