import { describe, expect, it } from 'vitest';
import { compareWeeks, isoWeekOf, parseWeekId, weekDays, weekId } from '../../src/lib/weeks';

describe('ISO weeks', () => {
  it('honours ISO week-years at the turn of the year', () => {
    expect(weekId(isoWeekOf('2025-12-29'))).toBe('2026-W01');
    expect(weekId(isoWeekOf('2025-12-28'))).toBe('2025-W52');
    expect(weekId(isoWeekOf('2027-01-01'))).toBe('2026-W53');
    expect(weekId(isoWeekOf('2027-01-03'))).toBe('2026-W53');
    expect(weekId(isoWeekOf('2027-01-04'))).toBe('2027-W01');
    expect(weekId(isoWeekOf('2021-01-03'))).toBe('2020-W53');
  });

  it('puts Monday to Sunday in one week', () => {
    expect(weekId(isoWeekOf('2026-02-16'))).toBe('2026-W08');
    expect(weekId(isoWeekOf('2026-02-22'))).toBe('2026-W08');
    expect(weekId(isoWeekOf('2026-02-15'))).toBe('2026-W07');
    expect(weekDays({ year: 2026, week: 8 })).toEqual({ start: '2026-02-16', end: '2026-02-22' });
    expect(weekDays({ year: 2026, week: 1 })).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(weekDays({ year: 2026, week: 53 })).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('agrees with itself on every day of four years', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const { start, end } = weekDays(isoWeekOf(day));
      expect(day >= start && day <= end, day).toBe(true);
      expect(new Date(`${start}T00:00:00Z`).getUTCDay(), day).toBe(1);
    }
  });

  it('reads week ids and rejects weeks a year does not have', () => {
    expect(parseWeekId('2026-W08')).toEqual({ year: 2026, week: 8 });
    expect(parseWeekId('2026-w53')).toEqual({ year: 2026, week: 53 });
    expect(parseWeekId('2025-W53')).toBeUndefined();
    expect(parseWeekId('2026-W00')).toBeUndefined();
    expect(parseWeekId('2026-8')).toBeUndefined();
    expect(compareWeeks({ year: 2025, week: 52 }, { year: 2026, week: 1 })).toBeLessThan(0);
  });
});
