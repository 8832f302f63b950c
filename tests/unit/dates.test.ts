import { describe, expect, it } from 'vitest';
import { berlinDay, formatDate, formatMonth, formatNumber } from '../../src/lib/dates';

describe('dates', () => {
  it('formats a day in German and British English', () => {
    expect(formatDate('2026-02-18', 'de')).toBe('18. Februar 2026');
    expect(formatDate('2026-02-18', 'en')).toBe('18 February 2026');
  });

  it('keeps the calendar day across time-zone edges', () => {
    expect(formatDate('2026-01-01', 'de')).toBe('1. Januar 2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('formats months for timelines', () => {
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
  });

  it('finds the Berlin calendar day of an instant', () => {
    // 23:30 UTC on 14 Feb is already 15 Feb in Berlin (UTC+1).
    expect(berlinDay(new Date('2026-02-14T23:30:00Z'))).toBe('2026-02-15');
    expect(berlinDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(berlinDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber(1360.5, 'de')).toBe('1.360,5');
    expect(formatNumber(1360.5, 'en')).toBe('1,360.5');
  });
});
