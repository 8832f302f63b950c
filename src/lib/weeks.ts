/**
 * ISO 8601 weeks of calendar days. Story dates are already days in Europe/Berlin, so the week
 * of a story is the ISO week of its day: Monday to Sunday, week 1 holds the year's first
 * Thursday, and the week-year can differ from the calendar year (29 Dec 2025 is 2026-W01).
 */
export interface IsoWeek {
  /** ISO week-year. */
  year: number;
  /** 1–53. */
  week: number;
}

const DAY_MS = 86_400_000;

function utcDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Monday = 1 … Sunday = 7. */
function isoWeekday(date: Date): number {
  return date.getUTCDay() === 0 ? 7 : date.getUTCDay();
}

/** The ISO week a `YYYY-MM-DD` day falls in. */
export function isoWeekOf(day: string): IsoWeek {
  const date = utcDay(day);
  // The Thursday of the same week decides the week-year.
  const thursday = new Date(date.getTime() + (4 - isoWeekday(date)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstOfYear = Date.UTC(year, 0, 1);
  return { year, week: Math.floor((thursday.getTime() - firstOfYear) / DAY_MS / 7) + 1 };
}

/** Monday and Sunday (`YYYY-MM-DD`) of an ISO week. */
export function weekDays({ year, week }: IsoWeek): { start: string; end: string } {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = jan4.getTime() - (isoWeekday(jan4) - 1) * DAY_MS;
  const start = new Date(firstMonday + (week - 1) * 7 * DAY_MS);
  return { start: toDay(start), end: toDay(new Date(start.getTime() + 6 * DAY_MS)) };
}

/** `2026-W08`: the week's id in edition files' names (lowercased), the newsletter CLI and cache keys. */
export function weekId({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const WEEK_ID = /^(\d{4})-[Ww](\d{2})$/;

/** `2026-W08` or `2026-w08` → the week; undefined when it is not a week that exists. */
export function parseWeekId(id: string): IsoWeek | undefined {
  const match = WEEK_ID.exec(id.trim());
  if (!match) return undefined;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  if (week.week < 1) return undefined;
  // A year has 53 weeks only when its 28 December (always in the last week) is in week 53.
  return week.week <= isoWeekOf(`${week.year}-12-28`).week ? week : undefined;
}

/** Weeks compare as their ids do (zero-padded). */
export function compareWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year !== b.year ? a.year - b.year : a.week - b.week;
}
