import type { Locale } from './locale.js';

/**
 * A date the way residents of that locale write it, as precise as it is known:
 * "2022" (YYYY), "april 2023" (YYYY-MM) or "28 april 2022" (YYYY-MM-DD).
 */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(`${value.padEnd(10, '-15').slice(0, 10)}T12:00:00Z`);
  if (value.length === 4 || Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(`${locale}-BE`, {
    year: 'numeric',
    month: 'long',
    day: value.length > 7 ? 'numeric' : undefined,
    timeZone: 'Europe/Brussels',
  }).format(date);
}
