import type { Locale } from './locale.js';

/** Formats an ISO date (YYYY-MM-DD) the way residents of that locale write it. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(`${locale}-BE`, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(date);
}

/** A source's date as precise as it is known: "2022", "april 2023" or "28 april 2022". */
export function formatSourceDate(value: string, locale: Locale): string {
  if (/^\d{4}-\d{2}$/.test(value)) {
    const date = new Date(`${value}-15T12:00:00Z`);
    return new Intl.DateTimeFormat(`${locale}-BE`, { month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(date);
  }
  return value.length === 4 ? value : formatDate(value, locale);
}
