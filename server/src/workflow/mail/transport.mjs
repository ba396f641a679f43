import nodemailer from 'nodemailer';

/**
 * The SMTP connection (nodemailer), from one URL: `smtp://user:password@host:587`
 * (STARTTLS when the server offers it; add `?requireTLS=true` to insist) or
 * `smtps://…:465` (TLS from the start). Short timeouts: a hanging mail server must not
 * hold the worker; the outbox retries.
 *
 * @typedef {{ send: (mail: { to: string, subject: string, text: string }) => Promise<void>, close: () => void }} MailTransport
 */

/**
 * @param {{ url: string, from: string }} settings
 * @returns {MailTransport}
 */
export function smtpTransport({ url, from }) {
  const transporter = nodemailer.createTransport(url, { from });
  Object.assign(transporter.options, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    async send({ to, subject, text }) {
      await transporter.sendMail({ from, to, subject, text, headers: { 'Auto-Submitted': 'auto-generated' } });
    },
    close: () => transporter.close(),
  };
}
