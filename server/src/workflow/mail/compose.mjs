import { workMessages } from '../../views/messages/work/index.mjs';
import { HOUR_MS } from '../clock.mjs';

/**
 * The notice and escalation e-mails. They hold the report's reference, its deadline
 * (Europe/Brussels, in the recipient's language) and a link to the report's page in
 * the back office, behind sign-in. NEVER personal data: no name, phone, e-mail,
 * situation, area, page or partner page. E-mail passes through servers outside the
 * city's control and stays in mailboxes for years; the back office logs every view.
 *
 * @typedef {object} Recipient
 * @property {string} email
 * @property {string | null} [lang]  the account's language, if it has one; else Dutch
 */

/** @param {number} ms @param {string} locale */
export const brusselsDateTime = (ms, locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(ms);

/** @param {string} baseUrl @param {string} reference */
const reportUrl = (baseUrl, reference) => `${baseUrl.replace(/\/+$/, '')}/inbox/${encodeURIComponent(reference)}`;

/**
 * @param {ReturnType<typeof workMessages>} t
 * @param {{ reference: string, deadlineAt: number, baseUrl: string }} report
 * @param {string[]} lead
 */
function body(t, { reference, deadlineAt, baseUrl }, lead) {
  return [
    t.mail.greeting,
    '',
    ...lead,
    '',
    `${t.mail.reference}: ${reference}`,
    `${t.mail.deadline}: ${brusselsDateTime(deadlineAt, t.locale)}`,
    `${t.mail.link}: ${reportUrl(baseUrl, reference)}`,
    '',
    t.mail.why,
    '',
  ].join('\n');
}

/**
 * A notice about a new report: to the assigned organisation's members, or (no
 * organisation) to the coordinators.
 * @param {{ reference: string, deadlineAt: number, baseUrl: string, organisationName: string | null }} report
 * @param {Recipient[]} recipients
 * @returns {import('../../store/contract.mjs').OutgoingMail[]}
 */
export function noticeMail(report, recipients) {
  return recipients.map((recipient) => {
    const t = workMessages(recipient.lang);
    const deadline = brusselsDateTime(report.deadlineAt, t.locale);
    return {
      kind: /** @type {const} */ ('notice'),
      reference: report.reference,
      recipient: recipient.email,
      subject: report.organisationName === null ? t.mail.unassignedSubject(report.reference) : t.mail.noticeSubject(report.reference, deadline),
      text: body(t, report, [report.organisationName === null ? t.mail.unassigned : t.mail.notice(report.organisationName)]),
    };
  });
}

/**
 * The escalation to coordinators: not marked contacted `afterMs` after receipt.
 * @param {{ reference: string, deadlineAt: number, baseUrl: string, afterMs: number }} report
 * @param {Recipient[]} recipients
 * @returns {import('../../store/contract.mjs').OutgoingMail[]}
 */
export function escalationMail(report, recipients) {
  return recipients.map((recipient) => {
    const t = workMessages(recipient.lang);
    const hours = Math.round((report.afterMs / HOUR_MS) * 10) / 10;
    return {
      kind: /** @type {const} */ ('escalation'),
      reference: report.reference,
      recipient: recipient.email,
      subject: t.mail.escalationSubject(report.reference, brusselsDateTime(report.deadlineAt, t.locale)),
      text: body(t, report, [t.mail.escalation(t.mail.hours(hours))]),
    };
  });
}
