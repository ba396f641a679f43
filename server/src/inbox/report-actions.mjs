/**
 * What can be done with a report, as data: the outcomes a report is closed with and
 * the reasons for erasing it on request. Codes only: these land in the audit log,
 * which never holds free text that could carry personal data.
 */

export const OUTCOMES = /** @type {const} */ (['reached', 'not-reachable', 'referred', 'no-help-wanted']);
export const ERASE_REASONS = /** @type {const} */ (['data-subject-request', 'entered-in-error', 'other']);
export const SETTABLE_STATUSES = /** @type {const} */ (['contacted', 'closed']);

/** @param {unknown} value @returns {value is typeof OUTCOMES[number]} */
export const isOutcome = (value) => OUTCOMES.includes(/** @type {any} */ (value));
/** @param {unknown} value @returns {value is typeof ERASE_REASONS[number]} */
export const isEraseReason = (value) => ERASE_REASONS.includes(/** @type {any} */ (value));
/** @param {unknown} value @returns {value is typeof SETTABLE_STATUSES[number]} */
export const isSettableStatus = (value) => SETTABLE_STATUSES.includes(/** @type {any} */ (value));
