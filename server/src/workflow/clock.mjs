/**
 * The 24-hour promise as numbers. A deadline is 24 real hours after receipt (across a
 * DST change that is 23:00 or 25:00 on the wall clock in Europe/Brussels); the warning
 * (escalation to coordinators) comes a configurable time after receipt, 20 hours unless
 * set otherwise.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DEADLINE_MS = 24 * HOUR_MS;
export const DEFAULT_ESCALATE_AFTER_MS = 20 * HOUR_MS;

/** @param {number} receivedAt */
export const deadlineOf = (receivedAt) => receivedAt + DEADLINE_MS;

/** Still waiting for a first call: new or assigned. @param {string} status */
export const isOpen = (status) => status === 'new' || status === 'assigned';

/**
 * Past its deadline and nobody called yet.
 * @param {{ status: string, deadline_at: number, erased_at?: number | null }} report @param {number} now
 */
export const isOverdue = (report, now) => isOpen(report.status) && report.deadline_at < now && !report.erased_at;
