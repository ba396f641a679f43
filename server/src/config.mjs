import { DEFAULT_COST } from './auth/passwords.mjs';
import { DEFAULT_MIN_FILL_MS } from './intake/spam.mjs';
import { DEFAULT_DUPLICATE_WINDOW_MS } from './open311/intake.mjs';
import { builtInPolicy } from './retention/policy.mjs';
import { DEFAULT_ESCALATE_AFTER_MS } from './workflow/clock.mjs';
import { DEFAULT_RETRY } from './workflow/service.mjs';

/**
 * The receiver's settings with their defaults. `createReceiver(options)` takes them as
 * code; the CLI fills them from flags and environment variables (see cli/serve.mjs and
 * the README's table).
 *
 * @typedef {object} ReceiverOptions
 * @property {string} [dbPath]            SQLite file (or a database URL)
 * @property {string} [databaseUrl]       postgres://… : PostgreSQL instead of the SQLite file (DATABASE_URL)
 * @property {string[]} [allowedOrigins]  exact origins whose pages may post reports and whose reach events are stored
 * @property {string[]} [allowedHosts]    Host header values served (name[:port]); others get 421.
 *   Default: 127.0.0.1, localhost and [::1] at the bound port
 * @property {boolean | string} [trustProxy]  behind a TLS reverse proxy: true, or its address(es)
 * @property {boolean} [secureCookies]    default: true unless every allowed host is a loopback name
 * @property {string} [publicUrl]         https://meldpunt.example, for set-up links printed by the CLI
 * @property {string[]} [sessionSecrets]  for signing the session cookie (first signs, all verify); default: one kept in the database
 * @property {number} [maxBodyBytes]
 * @property {{ limit: number, windowMs: number }} [rateLimit]        reports per client IP (POST /reports, and POST /requests.json)
 * @property {{ limit: number, windowMs: number }} [eventRateLimit]   reach events per client IP
 * @property {{ limit: number, windowMs: number }} [signInRateLimit]  sign-in attempts per client IP
 * @property {{ limit: number, windowMs: number }} [readRateLimit]    back-office reads per account (inbox, reach, audit, export)
 * @property {{ concurrency: number, maxWaiting: number }} [readGate]  back-office requests handled at once; the rest wait (intake always wins)
 * @property {{ maxFailures: number, lockMs: number }} [lockout]       per account, password and code failures together
 * @property {{ idleMs: number, absoluteMs: number }} [session]
 * @property {number} [minFillMs]          reports filled in faster than this are treated as spam
 * @property {number} [duplicateWindowMs]  Open311 retries without a key are recognised this long
 * @property {string[]} [open311ApiKeys]   Open311: keys a client must send as `api_key` (POST and GET status); none: no key needed
 * @property {string} [open311Jurisdiction]  Open311: the `jurisdiction_id` accepted (another one: 404); none: ignored
 * @property {string} [open311Contact]     Open311 discovery's `contact` text (never made up: empty without it)
 * @property {{ limit: number, windowMs: number }} [open311RateLimit]  Open311 GETs (discovery, services, status) per client IP
 * @property {import('./retention/policy.mjs').RetentionPolicy} [retention]
 * @property {number} [auditMonths]        audit entries are kept this long
 * @property {number} [retentionIntervalMs] how often the erasure job runs; 0: only on demand
 * @property {string} [dataKeys]          RECEIVER_DATA_KEYS: encryption at rest of personal fields
 * @property {import('./auth/passwords.mjs').ScryptCost} [passwordCost]
 * @property {string | import('./workflow/routing.mjs').Routing | null} [routing]  routing file path (or its content); none: every report waits for a coordinator
 * @property {string | null} [smtpUrl]    smtp://user:pass@host:587 or smtps://…; none: mail waits in the outbox
 * @property {string} [mailFrom]          the sender address of notices and escalations
 * @property {import('./workflow/mail/transport.mjs').MailTransport | null} [mailTransport]  instead of smtpUrl (tests, the demo)
 * @property {number} [escalateAfterMs]   coordinators are warned when a report is not contacted this long after receipt (default 20 h)
 * @property {number} [workflowIntervalMs] how often routing, escalation and the outbox run (default 30 s); 0: on demand and after each report only
 * @property {{ baseMs: number, maxMs: number }} [mailRetry]  capped exponential backoff of failed mail
 * @property {boolean} [control]          the fail switch (/__control) for the demo and tests; never in production
 * @property {() => number} [now]         clock in ms, injectable for tests
 * @property {boolean | object} [logger]  Fastify/pino logger options; request logs never hold IPs, query strings or tokens
 */

const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i;

/** @param {string} host */
export const isLoopbackHost = (host) => LOOPBACK_HOST.test(host);

/** @param {ReceiverOptions} options */
export function resolveConfig(options = {}) {
  const allowedHosts = (options.allowedHosts ?? []).map((host) => host.trim().toLowerCase()).filter(Boolean);
  return {
    dbPath: options.dbPath,
    databaseUrl: options.databaseUrl,
    allowedOrigins: (options.allowedOrigins ?? []).map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean),
    allowedHosts,
    trustProxy: options.trustProxy ?? false,
    secureCookies: options.secureCookies ?? allowedHosts.some((host) => !isLoopbackHost(host)),
    publicUrl: options.publicUrl?.replace(/\/+$/, '') ?? null,
    sessionSecrets: options.sessionSecrets ?? null,
    maxBodyBytes: options.maxBodyBytes ?? 16_384,
    rateLimit: options.rateLimit ?? { limit: 30, windowMs: 60_000 },
    eventRateLimit: options.eventRateLimit ?? { limit: 300, windowMs: 60_000 },
    signInRateLimit: options.signInRateLimit ?? { limit: 20, windowMs: 15 * 60_000 },
    readRateLimit: options.readRateLimit ?? { limit: 120, windowMs: 60_000 },
    readGate: options.readGate ?? { concurrency: 1, maxWaiting: 200 },
    lockout: options.lockout ?? { maxFailures: 5, lockMs: 15 * 60_000 },
    session: options.session ?? { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 },
    minFillMs: options.minFillMs ?? DEFAULT_MIN_FILL_MS,
    duplicateWindowMs: options.duplicateWindowMs ?? DEFAULT_DUPLICATE_WINDOW_MS,
    open311ApiKeys: (options.open311ApiKeys ?? []).map((key) => key.trim()).filter(Boolean),
    open311Jurisdiction: options.open311Jurisdiction?.trim() || null,
    open311Contact: options.open311Contact?.trim() || null,
    open311RateLimit: options.open311RateLimit ?? { limit: 60, windowMs: 60_000 },
    retention: options.retention ?? builtInPolicy(),
    auditMonths: options.auditMonths ?? 24,
    retentionIntervalMs: options.retentionIntervalMs ?? 60 * 60_000,
    dataKeys: options.dataKeys,
    passwordCost: options.passwordCost ?? DEFAULT_COST,
    routing: options.routing ?? null,
    smtpUrl: options.smtpUrl ?? null,
    mailFrom: options.mailFrom ?? 'meldpunt@localhost',
    mailTransport: options.mailTransport ?? null,
    escalateAfterMs: options.escalateAfterMs ?? DEFAULT_ESCALATE_AFTER_MS,
    workflowIntervalMs: options.workflowIntervalMs ?? 30_000,
    mailRetry: options.mailRetry ?? DEFAULT_RETRY,
    control: options.control ?? false,
    now: options.now ?? (() => Date.now()),
    logger: options.logger ?? false,
  };
}

/** @typedef {ReturnType<typeof resolveConfig>} Config */
