import { CALLBACK_MS } from '../views/format.mjs';

/**
 * A stored report as the back office shows it: personal fields decrypted (when
 * encryption at rest is on) and both formats (JSON, Open311) in one shape.
 *
 * @typedef {object} ReportView
 * @property {string} reference
 * @property {number} receivedAt
 * @property {number} deadline
 * @property {string} status
 * @property {string | null} organisation
 * @property {string | null} outcome
 * @property {string} format
 * @property {string | null} partner
 * @property {string | null} ageGroup
 * @property {boolean} erased
 * @property {number | null} erasedAt
 * @property {string | null} erasureReason
 * @property {string | null} about
 * @property {string | null} relation
 * @property {string | null} personKnows
 * @property {string | null} area
 * @property {string | null} situation
 * @property {string | null} contactMethod
 * @property {string | null} name
 * @property {string | null} phone
 * @property {string | null} email
 * @property {string | null} contactTimes
 * @property {boolean | null} consent  the reporter agreed to the use of the details for contact (JSON reports)
 * @property {string | null} lang
 * @property {string | null} page
 * @property {string | null} serviceCode
 */

/** @param {string | null} text @returns {Record<string, any>} */
function parsePayload(text) {
  if (!text) return {};
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * @param {import('../store/contract.mjs').ReportRow} row
 * @param {import('../crypto/field-cipher.mjs').FieldCipher} cipher
 * @returns {ReportView}
 */
export function toReportView(row, cipher) {
  const payload = parsePayload(cipher.decrypt(row.payload, row.id));
  const open311 = row.format === 'open311';
  const phone = text(payload.phone);
  const email = text(payload.email);
  return {
    reference: row.reference,
    receivedAt: row.received_at,
    deadline: row.deadline_at ?? row.received_at + CALLBACK_MS,
    status: row.status,
    organisation: row.organisation_id,
    outcome: row.outcome,
    format: row.format,
    partner: row.partner,
    ageGroup: row.age_group,
    erased: row.erased_at !== null,
    erasedAt: row.erased_at,
    erasureReason: row.erasure_reason,
    about: row.about,
    relation: text(payload.relation),
    personKnows: text(payload.personKnows),
    area: cipher.decrypt(row.area, row.id),
    situation: text(open311 ? payload.description : payload.situation),
    contactMethod: open311 ? (phone ? 'phone' : email ? 'email' : null) : text(payload.contactMethod),
    name: text(payload.name),
    phone,
    email,
    contactTimes: text(payload.contactTimes),
    consent: typeof payload.consent === 'boolean' ? payload.consent : null,
    lang: row.lang,
    page: row.page,
    serviceCode: open311 ? text(payload.service_code) : null,
  };
}

/**
 * Everything stored about one report, for a data-subject request (GDPR art. 15): the
 * report as received, its handling, and its audit trail.
 * @param {import('../store/contract.mjs').ReportRow} row
 * @param {import('../crypto/field-cipher.mjs').FieldCipher} cipher
 * @param {import('../store/contract.mjs').AuditEntry[]} trail
 * @param {number} now
 */
export function exportDocument(row, cipher, trail, now) {
  return {
    exportedAt: new Date(now).toISOString(),
    reference: row.reference,
    receivedAt: new Date(row.received_at).toISOString(),
    format: row.format,
    partner: row.partner,
    ageGroup: row.age_group,
    status: row.status,
    organisation: row.organisation_id,
    assignedAt: row.assigned_at === null ? null : new Date(row.assigned_at).toISOString(),
    contactedAt: row.contacted_at === null ? null : new Date(row.contacted_at).toISOString(),
    closedAt: row.closed_at === null ? null : new Date(row.closed_at).toISOString(),
    outcome: row.outcome,
    erasedAt: row.erased_at === null ? null : new Date(row.erased_at).toISOString(),
    erasureReason: row.erasure_reason,
    personalData:
      row.erased_at === null
        ? {
            about: row.about,
            lang: row.lang,
            area: cipher.decrypt(row.area, row.id),
            page: row.page,
            asReceived: parsePayload(cipher.decrypt(row.payload, row.id)),
          }
        : null,
    handling: trail.map((entry) => ({
      at: new Date(entry.at).toISOString(),
      by: entry.actor,
      action: entry.action,
      detail: entry.detail ?? null,
    })),
  };
}
