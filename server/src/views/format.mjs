import { messagesFor } from './messages/index.mjs';

/** The promise to the resident: contact within 24 hours of the report. */
export const CALLBACK_MS = 24 * 60 * 60 * 1000;

/** Dates as people in Belgium write them, in Brussels time, per back-office language. */
const LOCALES = /** @type {const} */ ({ nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' });

/** @param {string} lang */
const localeOf = (lang) => (Object.hasOwn(LOCALES, lang) ? LOCALES[/** @type {keyof typeof LOCALES} */ (lang)] : LOCALES.nl);

/** @type {Map<string, { dateTime: Intl.DateTimeFormat, date: Intl.DateTimeFormat, month: Intl.DateTimeFormat }>} */
const formats = new Map();
/** @param {string} lang */
function formatsOf(lang) {
  const locale = localeOf(lang);
  let found = formats.get(locale);
  if (!found) {
    found = {
      dateTime: new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' }),
      date: new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', dateStyle: 'long' }),
      month: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }),
    };
    formats.set(locale, found);
  }
  return found;
}

/** "10/03/2026 10:00" (nl), in Brussels time. @param {number} ms @param {string} [lang] */
export const formatDateTime = (ms, lang = 'nl') => formatsOf(lang).dateTime.format(ms);
/** "10 maart 2026" (nl). @param {number} ms @param {string} [lang] */
export const formatDate = (ms, lang = 'nl') => formatsOf(lang).date.format(ms);
/** "maart 2026" for '2026-03'. @param {string} month YYYY-MM @param {string} [lang] */
export function formatMonth(month, lang = 'nl') {
  const [year, number] = month.split('-').map(Number);
  return formatsOf(lang).month.format(Date.UTC(year ?? 1970, (number ?? 1) - 1, 1));
}
/** @param {number} ms */
export const isoTime = (ms) => new Date(ms).toISOString();

/**
 * "nog 23 u 12 min", or "te laat: 2 u 3 min" once the 24 hours are over: in words,
 * never by colour alone.
 * @param {number} msLeft @param {string} [lang]
 */
export function formatTimeLeft(msLeft, lang = 'nl') {
  const words = messagesFor(lang);
  const minutes = Math.floor(Math.abs(msLeft) / 60_000);
  const hours = Math.floor(minutes / 60);
  return msLeft >= 0 ? words.values.timeLeft(hours, minutes % 60) : words.values.overdue(hours, minutes % 60);
}

/**
 * A value in words from one of the value tables, or the value itself.
 * @param {Record<string, string>} table @param {string | null | undefined} value
 */
export function label(table, value) {
  if (value === null || value === undefined) return '';
  return Object.hasOwn(table, value) ? /** @type {string} */ (table[value]) : value;
}
