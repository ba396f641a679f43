import { BUILT_IN_RETENTION, mechelenContent, parseContent } from 'eenzaamheid-hulp/content';

/**
 * How long personal fields are kept, from one source: the same figures the widget's
 * privacy text states. By default the built-in ones (`BUILT_IN_RETENTION` of
 * `eenzaamheid-hulp/content`); with a content file (`--content`), its
 * `meldpunt.retention`, and a partner's own `partners[].meldpunt.retention` for the
 * reports that partner's widget sent.
 *
 * @typedef {{ monthsAfterClose: number, maxMonths: number }} Retention
 * @typedef {{ standard: Retention, byPartner: Map<string, Retention> }} RetentionPolicy
 */

/** @returns {RetentionPolicy} */
export function builtInPolicy() {
  return { standard: { ...BUILT_IN_RETENTION }, byPartner: new Map() };
}

/**
 * The policy of a content document (as partners publish it for `content-src`).
 * @param {unknown} raw  the parsed JSON
 * @returns {RetentionPolicy}
 */
export function policyFromContent(raw) {
  const { content } = parseContent(raw, mechelenContent);
  const standard = content.meldpunt.retention ?? { ...BUILT_IN_RETENTION };
  const byPartner = new Map();
  for (const partner of content.partners) {
    const own = partner.meldpunt?.retention;
    if (own) byPartner.set(partner.id, { ...own });
  }
  return { standard: { ...standard }, byPartner };
}

/** @param {RetentionPolicy} policy @param {string | null} partner */
export function retentionFor(policy, partner) {
  return (partner !== null && policy.byPartner.get(partner)) || policy.standard;
}

/**
 * The same moment `months` calendar months later (UTC calendar; the 31st becomes the
 * last day of a shorter month).
 * @param {number} ms @param {number} months
 */
export function addMonths(ms, months) {
  const date = new Date(ms);
  const day = date.getUTCDate();
  const target = new Date(ms);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.getTime();
}

/**
 * When a report's personal fields are due for erasure, and why: `monthsAfterClose`
 * after it was closed, or `maxMonths` after it was received, whichever comes first.
 * @param {{ partner: string | null, received_at: number, closed_at: number | null }} report
 * @param {RetentionPolicy} policy
 * @returns {{ at: number, reason: 'closed' | 'max-age' }}
 */
export function erasureDue(report, policy) {
  const retention = retentionFor(policy, report.partner);
  const maxAge = addMonths(report.received_at, retention.maxMonths);
  if (report.closed_at !== null) {
    const afterClose = addMonths(report.closed_at, retention.monthsAfterClose);
    if (afterClose < maxAge) return { at: afterClose, reason: 'closed' };
  }
  return { at: maxAge, reason: 'max-age' };
}

/** The shortest `maxMonths` of the policy: no report received later can be due for its age. */
export function shortestMaxMonths(policy) {
  return Math.min(policy.standard.maxMonths, ...[...policy.byPartner.values()].map((retention) => retention.maxMonths));
}
