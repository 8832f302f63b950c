import { BCP47, TIME_ZONE, type Lang } from '../i18n/config';

/** Noon UTC of a calendar day: the same day in Europe/Berlin all year round. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function formatDate(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(BCP47[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(dayToDate(day));
}

export function formatMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(BCP47[lang], {
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(dayToDate(`${month}-15`));
}

/** Today's calendar day in Europe/Berlin for a given instant. */
export function berlinDay(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(BCP47[lang]).format(value);
}
