import { nl as t } from './messages/nl.mjs';

/** The promise to the resident: contact within 24 hours of the report. */
export const CALLBACK_MS = 24 * 60 * 60 * 1000;

const dateTime = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'long' });

/** @param {number} ms */
export const formatDateTime = (ms) => dateTime.format(ms);
/** @param {number} ms */
export const formatDate = (ms) => date.format(ms);
/** @param {number} ms */
export const isoTime = (ms) => new Date(ms).toISOString();

/**
 * "nog 23 u 12 min", or "te laat: 2 u 3 min" once the 24 hours are over.
 * @param {number} msLeft
 */
export function formatTimeLeft(msLeft) {
  const minutes = Math.floor(Math.abs(msLeft) / 60_000);
  const hours = Math.floor(minutes / 60);
  return msLeft >= 0 ? t.values.timeLeft(hours, minutes % 60) : t.values.overdue(hours, minutes % 60);
}

/**
 * A value in words from one of the value tables, or the value itself.
 * @param {Record<string, string>} table @param {string | null | undefined} value
 */
export function label(table, value) {
  if (value === null || value === undefined) return '';
  return Object.hasOwn(table, value) ? /** @type {string} */ (table[value]) : value;
}
