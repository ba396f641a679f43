import { DEADLINE_MS, HOUR_MS } from '../workflow/clock.mjs';

/**
 * What the council asked (coalition item 400): of the reports received per partner and
 * month, how many were contacted within 24 hours, the median time to contact, and how
 * they ended. From the reports' handling times only, never a personal field.
 *
 * A report counts as contacted at `contacted_at`; one closed without being marked
 * contacted first counts as contacted at `closed_at` when its outcome says contact was
 * made (reached, referred, no help wanted); 'not-reachable' is no contact.
 *
 * @typedef {object} Handling
 * @property {number} received               reports stored
 * @property {number} contacted              of which contact was made
 * @property {number} contactedWithin24h     of which within 24 hours of receipt
 * @property {number | null} contactedWithin24hShare  contactedWithin24h / received, 4 decimals; null without reports
 * @property {number | null} medianHoursToContact     over the contacted reports, 1 decimal; null when none
 * @property {{ reached: number, 'not-reachable': number, referred: number, 'no-help-wanted': number }} outcomes  closed reports by outcome
 * @property {number} open                   not closed yet
 */

const CONTACT_OUTCOMES = new Set(['reached', 'referred', 'no-help-wanted']);

/** @param {number} value @param {number} decimals */
const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** @param {number[]} values */
function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/**
 * When contact was made, or null.
 * @param {{ contacted_at: number | null, closed_at: number | null, outcome: string | null }} report
 */
export function contactTime(report) {
  if (report.contacted_at !== null) return report.contacted_at;
  return report.closed_at !== null && report.outcome !== null && CONTACT_OUTCOMES.has(report.outcome) ? report.closed_at : null;
}

/**
 * @param {{ received_at: number, contacted_at: number | null, closed_at: number | null, status: string, outcome: string | null }[]} reports
 * @returns {Handling}
 */
export function summariseHandling(reports) {
  /** @type {number[]} */
  const delays = [];
  let within = 0;
  let open = 0;
  const outcomes = { reached: 0, 'not-reachable': 0, referred: 0, 'no-help-wanted': 0 };
  for (const report of reports) {
    const contact = contactTime(report);
    if (contact !== null) {
      const delay = Math.max(0, contact - report.received_at);
      delays.push(delay);
      if (delay <= DEADLINE_MS) within += 1;
    }
    if (report.status === 'closed' && report.outcome !== null && Object.hasOwn(outcomes, report.outcome)) outcomes[/** @type {keyof typeof outcomes} */ (report.outcome)] += 1;
    if (report.status !== 'closed') open += 1;
  }
  const middle = median(delays);
  return {
    received: reports.length,
    contacted: delays.length,
    contactedWithin24h: within,
    contactedWithin24hShare: reports.length ? round(within / reports.length, 4) : null,
    medianHoursToContact: middle === null ? null : round(middle / HOUR_MS, 1),
    outcomes,
    open,
  };
}
