/**
 * Calendar months as the city counts them: in Europe/Brussels time (CET/CEST), so an
 * event at 2026-11-30T23:30:00Z (00:30 on 1 December in Mechelen) counts for December.
 */

export const TIME_ZONE = 'Europe/Brussels';

/** 'YYYY-MM' with a real month number. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const monthParts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' });

/**
 * The Brussels month of an instant, as 'YYYY-MM'.
 * @param {number} ms epoch milliseconds
 */
export function brusselsMonth(ms) {
  let year = '';
  let month = '';
  for (const part of monthParts.formatToParts(ms)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
  }
  return `${year}-${month}`;
}
