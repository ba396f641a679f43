import { DEFAULT_ESCALATE_AFTER_MS } from './clock.mjs';
import { escalationMail, noticeMail } from './mail/compose.mjs';
import { coordinatorRecipients, organisationRecipients } from './mail/recipients.mjs';
import { route } from './routing.mjs';

/**
 * The work on reports behind the scenes: routing of new reports, the escalation of
 * reports nobody called in time, and sending the outbox. Each step is safe to run in
 * several receivers at once (the store claims each report and each mail atomically),
 * and safe to run again after a crash (a report not yet routed is found next time).
 * Nothing here runs inside a report's intake: intake answers first, this follows.
 *
 * @typedef {object} WorkflowSettings
 * @property {import('./routing.mjs').Routing | null} routing
 * @property {number} escalateAfterMs         warning time after receipt (default 20 h)
 * @property {() => string} baseUrl           the back office's public address, for links in mail
 * @property {import('./mail/transport.mjs').MailTransport | null} transport  null: mail waits in the outbox
 * @property {{ baseMs: number, maxMs: number }} retry  capped exponential backoff
 */

export const DEFAULT_RETRY = { baseMs: 30_000, maxMs: 30 * 60_000 };
const LEASE_MS = 5 * 60_000;
const BATCH = 50;

/**
 * The wait before attempt number `attempts + 1`: base, 2×base, 4×base … up to max.
 * @param {number} attempts  attempts made so far (1 after the first failure)
 * @param {{ baseMs: number, maxMs: number }} retry
 */
export const backoff = (attempts, retry) => Math.min(retry.maxMs, retry.baseMs * 2 ** Math.max(0, attempts - 1));

/**
 * @param {{ store: import('../store/contract.mjs').Store, cipher: import('../crypto/field-cipher.mjs').FieldCipher,
 *   now: () => number, log: { warn: Function, error: Function } } & WorkflowSettings} deps
 */
export function createWorkflow({ store, cipher, now, log, routing, escalateAfterMs = DEFAULT_ESCALATE_AFTER_MS, baseUrl, transport, retry = DEFAULT_RETRY }) {
  /** @param {Omit<import('../store/contract.mjs').AuditEntry, 'at'>} entry */
  const audit = (entry) => store.audit.record({ at: now(), ...entry });

  /**
   * Who gets a notice: the organisation's active members; the coordinators when the
   * report has no organisation, or its organisation has nobody to read it yet.
   * @param {string | null} organisationId
   */
  async function noticeRecipients(organisationId) {
    const members = organisationId === null ? [] : await organisationRecipients(store, organisationId);
    return members.length ? members : coordinatorRecipients(store);
  }

  /** Route one report that has not been routed yet. @param {string} reference */
  async function triage(reference) {
    const report = await store.reports.findByReference(reference);
    if (!report || report.triaged_at !== null || report.erased_at !== null) return false;
    let match = null;
    try {
      match = route(routing, { partner: report.partner, ageGroup: report.age_group, area: cipher.decrypt(report.area, report.id) });
    } catch (error) {
      // E.g. an area encrypted with a key no longer listed: the coordinators assign it by hand.
      log.error({ err: { message: /** @type {Error} */ (error).message } }, `routing ${reference} failed; coordinators are told`);
    }
    const organisation = match ? await store.organisations.find(match.organisation) : undefined;
    const recipients = await noticeRecipients(organisation?.id ?? null);
    const mail = noticeMail({ reference, deadlineAt: report.deadline_at, baseUrl: baseUrl(), organisationName: organisation?.name ?? null }, recipients);
    const at = now();
    const detail = match && organisation ? `rule:${match.rule}` : null;
    const won = await store.reports.triage(reference, { at, actorId: null, actor: 'routing', organisationId: organisation?.id ?? null, detail, mail });
    if (won && organisation) await audit({ actor_id: null, actor: 'routing', action: 'assign', reference, organisation_id: organisation.id, detail });
    return won;
  }

  /** Route every report still waiting for it (after a crash too), oldest first. */
  async function triagePending() {
    let routed = 0;
    for (const reference of await store.reports.untriaged(BATCH)) {
      try {
        if (await triage(reference)) routed += 1;
      } catch (error) {
        log.error({ err: { message: /** @type {Error} */ (error).message } }, `routing ${reference} failed; tried again next round`);
      }
    }
    return routed;
  }

  /** Tell the coordinators, once, about every open report past the warning time. */
  async function escalateDue() {
    const at = now();
    const due = await store.reports.escalationCandidates(at - escalateAfterMs);
    if (!due.length) return 0;
    const recipients = await coordinatorRecipients(store);
    let escalated = 0;
    for (const report of due) {
      const mail = escalationMail({ reference: report.reference, deadlineAt: report.deadline_at, baseUrl: baseUrl(), afterMs: escalateAfterMs }, recipients);
      try {
        if (await store.reports.claimEscalation(report.reference, at, mail)) {
          escalated += 1;
          await audit({ actor_id: null, actor: 'system', action: 'escalate', reference: report.reference, organisation_id: report.organisation_id });
        }
      } catch (error) {
        log.error({ err: { message: /** @type {Error} */ (error).message } }, `escalating ${report.reference} failed; tried again next round`);
      }
    }
    return escalated;
  }

  /** Send what is due in the outbox; a failure waits (capped exponential backoff) and is retried. */
  async function sendDue() {
    if (!transport) return { sent: 0, failed: 0 };
    let sent = 0;
    let failed = 0;
    for (const mail of await store.outbox.claim(now(), { leaseMs: LEASE_MS, limit: BATCH })) {
      try {
        await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.text });
        await store.outbox.markSent(mail.id, now());
        sent += 1;
      } catch (error) {
        const at = now();
        // The SMTP error says what went wrong with the connection; it holds no report data.
        const message = String(/** @type {Error} */ (error)?.message ?? error).slice(0, 300);
        await store.outbox.markFailed(mail.id, { at, error: message, nextAttemptAt: at + backoff(mail.attempts + 1, retry) });
        log.warn({ outbox: mail.id, attempts: mail.attempts + 1 }, `mail not sent, retried later: ${message}`);
        failed += 1;
      }
    }
    return { sent, failed };
  }

  /** @type {Promise<any> | null} */
  let running = null;
  let again = false;
  let stopped = false;

  /**
   * One round: route, escalate, send. Calls while a round runs ask for one more round
   * after it (so a report arriving mid-round is not left for the next interval).
   */
  function tick() {
    if (stopped) return Promise.resolve({ routed: 0, escalated: 0, sent: 0, failed: 0 });
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const result = { routed: 0, escalated: 0, sent: 0, failed: 0 };
      do {
        again = false;
        if (stopped) break;
        for (const [name, step] of /** @type {const} */ ([['routed', triagePending], ['escalated', escalateDue]])) {
          try {
            result[name] += await step();
          } catch (error) {
            log.error({ err: { message: /** @type {Error} */ (error).message } }, `workflow step failed: ${name}`);
          }
        }
        try {
          const mail = await sendDue();
          result.sent += mail.sent;
          result.failed += mail.failed;
        } catch (error) {
          log.error({ err: { message: /** @type {Error} */ (error).message } }, 'sending the outbox failed');
        }
      } while (again);
      return result;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /**
   * A coordinator (re)assigns a report: the organisation's members get a notice, in
   * the same transaction as the assignment.
   * @param {import('../store/contract.mjs').ReportRow} report
   * @param {{ id: string, name: string }} organisation
   * @param {{ id: number, email: string }} account
   */
  async function assign(report, organisation, account) {
    const recipients = await noticeRecipients(organisation.id);
    const mail = noticeMail({ reference: report.reference, deadlineAt: report.deadline_at, baseUrl: baseUrl(), organisationName: organisation.name }, recipients);
    return store.reports.assign(report.reference, organisation.id, { at: now(), actorId: account.id, actor: account.email, mail });
  }

  /** A round soon, after the current request's answer: errors go to the log. */
  function soon() {
    setImmediate(() => {
      tick().catch((error) => log.error({ err: { message: error.message } }, 'workflow round failed'));
    });
  }

  /** No more rounds (the receiver stops); resolves when the one running has finished. */
  function stop() {
    stopped = true;
    return running ? running.then(() => undefined, () => undefined) : Promise.resolve();
  }

  return { triage, triagePending, escalateDue, sendDue, tick, soon, stop, assign, escalateAfterMs };
}

/** @typedef {ReturnType<typeof createWorkflow>} Workflow */
