/**
 * Who may do what. One table, read by the route scopes (where a route is mounted
 * decides who reaches it) and by the views (which buttons to show).
 *  - admin: accounts and organisations; reads the audit log; never a report;
 *  - coordinator: every report, assigns them, erases and exports on request, reach, audit;
 *  - local actor: member of one organisation; only the reports assigned to it.
 */

export const ROLES = /** @type {const} */ (['admin', 'coordinator', 'local-actor']);
/** @typedef {typeof ROLES[number]} Role */

/** @type {Record<string, readonly Role[]>} */
export const ALLOWED = Object.freeze({
  reports: ['coordinator', 'local-actor'],
  assign: ['coordinator'],
  status: ['coordinator', 'local-actor'],
  erase: ['coordinator'],
  export: ['coordinator'],
  reach: ['coordinator'],
  audit: ['coordinator', 'admin'],
  admin: ['admin'],
});

/** Roles that must use a second factor. Local actors may enrol one in their account page. */
export const SECOND_FACTOR_REQUIRED = /** @type {readonly Role[]} */ (['admin', 'coordinator']);

/**
 * @param {{ role: Role } | null | undefined} account
 * @param {keyof typeof ALLOWED} action
 */
export function may(account, action) {
  return Boolean(account && ALLOWED[action]?.includes(account.role));
}

/**
 * Which reports an account sees: all (coordinator), or its organisation's (local actor).
 * @param {{ role: Role, organisation_id: string | null }} account
 * @returns {{ organisationId: string | null }}
 */
export function reportScope(account) {
  if (account.role === 'coordinator') return { organisationId: null };
  if (account.role === 'local-actor' && account.organisation_id) return { organisationId: account.organisation_id };
  throw new Error(`role ${account.role} sees no reports`);
}

/**
 * @param {{ role: Role, organisation_id: string | null }} account
 * @param {{ organisation_id: string | null }} report
 */
export function canSeeReport(account, report) {
  if (account.role === 'coordinator') return true;
  return account.role === 'local-actor' && account.organisation_id !== null && report.organisation_id === account.organisation_id;
}
