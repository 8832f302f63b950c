import { BCP47, TIME_ZONE, type Lang } from '../i18n/config.ts';

/** Noon UTC of a calendar day: the same day in Europe/Berlin all year round. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/**
 * Creating an Intl.DateTimeFormat costs far more than formatting with one; a build formats
 * dates on every card of every page, so each language's formatter is made once and reused.
 */
function cachedFormatter(options: Intl.DateTimeFormatOptions): (lang: Lang) => Intl.DateTimeFormat {
  const cache = new Map<Lang, Intl.DateTimeFormat>();
  return (lang) => {
    let formatter = cache.get(lang);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(BCP47[lang], { ...options, timeZone: TIME_ZONE });
      cache.set(lang, formatter);
    }
    return formatter;
  };
}

const dayFormatter = cachedFormatter({ day: 'numeric', month: 'long', year: 'numeric' });
const monthFormatter = cachedFormatter({ month: 'long', year: 'numeric' });

/** Formatting is still the costly part: a story's date shows on many pages, so each is formatted once. */
function remembered(format: (value: string, lang: Lang) => string): (value: string, lang: Lang) => string {
  const results = new Map<string, string>();
  return (value, lang) => {
    const id = `${lang}:${value}`;
    let text = results.get(id);
    if (text === undefined) results.set(id, (text = format(value, lang)));
    return text;
  };
}

export const formatDate = remembered((day, lang) => dayFormatter(lang).format(dayToDate(day)));

/** A span of days the way each language writes it (“9.–15. Februar 2026”, “9 – 15 February 2026”), month and year said once where they are shared. */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  return formatDayRangeOnce(`${start}/${end}`, lang);
}

/** Every story page names its week's edition: each span is formatted once. */
const formatDayRangeOnce = remembered((span, lang) => {
  const [start = '', end = ''] = span.split('/');
  return dayFormatter(lang).formatRange(dayToDate(start), dayToDate(end));
});

export const formatMonth = remembered((month, lang) => monthFormatter(lang).format(dayToDate(`${month}-15`)));

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

const numberFormatters = new Map<Lang, Intl.NumberFormat>();

/** A number in the language's digits grouping; one formatter per language, as for dates. */
export function formatNumber(value: number, lang: Lang): string {
  let formatter = numberFormatters.get(lang);
  if (!formatter) numberFormatters.set(lang, (formatter = new Intl.NumberFormat(BCP47[lang])));
  return formatter.format(value);
}
