import { describe, expect, it } from 'vitest';
import { formatDate, formatDayRange, formatMonth } from '../../src/lib/dates';

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

describe('formatDayRange', () => {
  it('says a shared month and year once, and both where they differ', () => {
    expect(formatDayRange('2026-02-09', '2026-02-15', 'de')).toBe('9.–15. Februar 2026');
    expect(formatDayRange('2026-02-09', '2026-02-15', 'en')).toBe('9\u2009–\u200915 February 2026');
    expect(formatDayRange('2026-02-23', '2026-03-01', 'de')).toBe('23. Februar\u2009–\u20091. März 2026');
    expect(formatDayRange('2026-12-28', '2027-01-03', 'en')).toBe('28 December 2026\u2009–\u20093 January 2027');
  });
});
