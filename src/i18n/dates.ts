import type { Locale } from './locale.js';

/**
 * A date the way residents of that locale write it, as precise as it is known:
 * "2022" (YYYY), "april 2023" (YYYY-MM) or "28 april 2022" (YYYY-MM-DD).
 */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(`${value.padEnd(10, '-15').slice(0, 10)}T12:00:00Z`);
  if (value.length === 4 || Number.isNaN(date.getTime())) return value;
  const withDay = value.length > 7;
  const key = `${locale}${withDay ? ' day' : ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(`${locale}-BE`, { year: 'numeric', month: 'long', day: withDay ? 'numeric' : undefined, timeZone: 'Europe/Brussels' });
    formats.set(key, format);
  }
  return format.format(date);
}

/**
 * One formatter per language and precision: making an `Intl.DateTimeFormat` costs 0.3 to
 * 2 ms even after the first, and every card's source line writes one or two dates, on
 * every keystroke in the finder (it was most of the time from keystroke to results).
 */
const formats = new Map<string, Intl.DateTimeFormat>();
