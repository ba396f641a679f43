import { TIME_ZONE } from '../reach/month.mjs';
import { AGENCY_RESPONSIBLE, SERVICE } from './service.mjs';

/**
 * GET /requests/{id}: what GeoReport calls a service request, reduced to its status.
 * Only that a reference exists, whether it is open or closed and when it was received
 * and last changed: never a description, a place, a contact, a status note or media, so
 * the answer holds nothing personal whoever asks. `new`, `assigned` and `contacted` are
 * GeoReport's `open`; `closed` is `closed`, and so is a report erased on time before
 * anyone closed it (nobody works on it any more).
 */

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * ISO 8601 in Mechelen's time with its offset, as GeoReport asks ("2026-03-10T10:00:00+01:00").
 * @param {number} ms
 */
export function brusselsIso(ms) {
  const seconds = Math.floor(ms / 1000) * 1000;
  /** @type {Record<string, string>} */
  const p = {};
  for (const part of parts.formatToParts(seconds)) p[part.type] = part.value;
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const offset = Math.round((local - seconds) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hours}:${minutes}`;
}

/** @param {Pick<import('../store/contract.mjs').WorkflowStatus, 'status' | 'erased'>} row */
export const georeportStatus = (row) => (row.status === 'closed' || row.erased ? 'closed' : 'open');

/**
 * The last change a client can see: received, assigned, contacted or closed (never the
 * internal escalation).
 * @param {import('../store/contract.mjs').WorkflowStatus} row
 */
const updatedAt = (row) => Math.max(row.received_at, row.assigned_at ?? 0, row.contacted_at ?? 0, row.closed_at ?? 0);

/**
 * Only these fields of the report's handling leave: not its organisation, outcome,
 * deadline or escalation.
 * @param {import('../store/contract.mjs').WorkflowStatus} row
 */
export function toServiceRequest(row) {
  return {
    service_request_id: row.reference,
    status: georeportStatus(row),
    service_code: SERVICE.service_code,
    service_name: SERVICE.service_name,
    agency_responsible: AGENCY_RESPONSIBLE,
    requested_datetime: brusselsIso(row.received_at),
    updated_datetime: brusselsIso(updatedAt(row)),
  };
}
