import { readFileSync } from 'node:fs';
import { policyFromContent } from '../retention/policy.mjs';

/**
 * The receiver's settings from the environment, with command-line flags winning.
 * One table: the README's "Environment variables" lists the same names.
 */

/** @type {{ env: string, flag: string, kind: 'string' | 'list' | 'number' | 'boolean' | 'proxy', help: string }[]} */
export const SETTINGS = [
  { env: 'RECEIVER_PORT', flag: 'port', kind: 'number', help: 'port to listen on (default 8787)' },
  { env: 'RECEIVER_HOST', flag: 'host', kind: 'string', help: 'address to listen on (default 127.0.0.1; behind a proxy keep it local)' },
  { env: 'RECEIVER_DB', flag: 'db', kind: 'string', help: 'SQLite file (default server/data/reports.sqlite)' },
  { env: 'DATABASE_URL', flag: 'database-url', kind: 'string', help: 'postgres://user:password@host/database: PostgreSQL instead of the SQLite file (several receivers may share it)' },
  { env: 'RECEIVER_ALLOWED_ORIGINS', flag: 'origin', kind: 'list', help: 'partner page origins that may post reports (comma-separated)' },
  { env: 'RECEIVER_ALLOWED_HOSTS', flag: 'allowed-host', kind: 'list', help: 'Host names served, e.g. meldpunt.mechelen.be (others: 421)' },
  { env: 'RECEIVER_TRUST_PROXY', flag: 'trust-proxy', kind: 'proxy', help: 'behind a TLS reverse proxy: true, or its address(es)' },
  { env: 'RECEIVER_PUBLIC_URL', flag: 'public-url', kind: 'string', help: 'https://… address for set-up links printed here' },
  { env: 'RECEIVER_SESSION_SECRETS', flag: 'session-secret', kind: 'list', help: 'cookie signing secrets, 32+ characters, newest first (default: one kept in the database)' },
  { env: 'RECEIVER_DATA_KEYS', flag: 'data-keys', kind: 'string', help: 'encryption at rest: id:base64key[,older…] (see generate-key)' },
  { env: 'RECEIVER_CONTENT', flag: 'content', kind: 'string', help: 'content JSON whose meldpunt.retention sets how long personal data is kept' },
  { env: 'RECEIVER_MIN_FILL_MS', flag: 'min-fill-ms', kind: 'number', help: 'reports filled in faster are treated as spam (default 3000)' },
  { env: 'RECEIVER_RATE_LIMIT', flag: 'rate-limit', kind: 'number', help: 'reports per client IP per minute (default 30)' },
  { env: 'RECEIVER_EVENT_RATE_LIMIT', flag: 'event-rate-limit', kind: 'number', help: 'reach events per client IP per minute (default 300)' },
  { env: 'RECEIVER_OPEN311_API_KEYS', flag: 'open311-api-key', kind: 'list', help: 'Open311: api_key values clients must send (comma-separated; none: no key needed)' },
  { env: 'RECEIVER_OPEN311_JURISDICTION', flag: 'open311-jurisdiction', kind: 'string', help: 'Open311: the jurisdiction_id accepted (none: jurisdiction_id is ignored)' },
  { env: 'RECEIVER_OPEN311_CONTACT', flag: 'open311-contact', kind: 'string', help: 'Open311: contact text in GET /discovery.json (none: empty)' },
  { env: 'RECEIVER_OPEN311_RATE_LIMIT', flag: 'open311-rate-limit', kind: 'number', help: 'Open311 GETs (discovery, services, status) per client IP per minute (default 60)' },
  { env: 'RECEIVER_READ_RATE_LIMIT', flag: 'read-rate-limit', kind: 'number', help: 'back-office reads per account per minute (default 120)' },
  { env: 'RECEIVER_AUDIT_MONTHS', flag: 'audit-months', kind: 'number', help: 'months the audit log is kept (default 24)' },
  { env: 'RECEIVER_ROUTING', flag: 'routing', kind: 'string', help: 'routing file (JSON): which organisation gets a new report (see routing check)' },
  { env: 'RECEIVER_SMTP_URL', flag: 'smtp-url', kind: 'string', help: 'smtp://user:pass@host:587 or smtps://…:465 for notices and escalations (none: mail waits)' },
  { env: 'RECEIVER_MAIL_FROM', flag: 'mail-from', kind: 'string', help: 'sender address of the notices, e.g. meldpunt@mechelen.be' },
  { env: 'RECEIVER_ESCALATE_AFTER_HOURS', flag: 'escalate-after-hours', kind: 'number', help: 'coordinators are warned when a report is not contacted this long after receipt (default 20)' },
  { env: 'RECEIVER_LOG', flag: 'log', kind: 'boolean', help: 'a line per request on stdout (method, path, status; never IPs or bodies); errors are always logged' },
];

/** @param {string} text */
const list = (text) => text.split(',').map((item) => item.trim()).filter(Boolean);

/**
 * @param {Record<string, string | boolean | string[] | undefined>} flags  parsed command-line values
 * @param {NodeJS.ProcessEnv} env
 */
export function readSettings(flags, env) {
  /** @type {Record<string, unknown>} */
  const values = {};
  for (const { env: name, flag, kind } of SETTINGS) {
    const raw = flags[flag] ?? env[name];
    if (raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) continue;
    const text = Array.isArray(raw) ? raw.join(',') : String(raw);
    if (kind === 'list') values[flag] = list(text);
    else if (kind === 'number') {
      const number = Number(text);
      if (!Number.isFinite(number) || number < 0) throw new Error(`${name} / --${flag} must be a number`);
      values[flag] = number;
    } else if (kind === 'boolean') values[flag] = raw === true || /^(1|true|yes|on)$/i.test(text);
    else if (kind === 'proxy') values[flag] = /^(1|true|yes|on)$/i.test(text) ? true : /^(0|false|no|off)$/i.test(text) ? false : text;
    else values[flag] = text;
  }
  return values;
}

/**
 * Receiver options from the settings.
 * @param {Record<string, any>} settings  from readSettings
 * @returns {import('../config.mjs').ReceiverOptions}
 */
export function receiverOptions(settings) {
  /** @type {import('../config.mjs').ReceiverOptions} */
  const options = {};
  if (settings.db) options.dbPath = settings.db;
  if (settings['database-url']) {
    if (!/^postgres(ql)?:\/\//i.test(settings['database-url'])) throw new Error('DATABASE_URL / --database-url must be a postgres:// or postgresql:// URL');
    options.databaseUrl = settings['database-url'];
  }
  if (settings.origin) options.allowedOrigins = settings.origin;
  if (settings['allowed-host']) options.allowedHosts = settings['allowed-host'];
  if (settings['trust-proxy'] !== undefined) options.trustProxy = settings['trust-proxy'];
  if (settings['public-url']) options.publicUrl = settings['public-url'];
  if (settings['session-secret']) options.sessionSecrets = settings['session-secret'];
  if (settings['data-keys']) options.dataKeys = settings['data-keys'];
  if (settings.content) options.retention = policyFromContent(JSON.parse(readFileSync(settings.content, 'utf8')));
  if (settings['min-fill-ms'] !== undefined) options.minFillMs = settings['min-fill-ms'];
  if (settings['rate-limit'] !== undefined) options.rateLimit = { limit: settings['rate-limit'], windowMs: 60_000 };
  if (settings['event-rate-limit'] !== undefined) options.eventRateLimit = { limit: settings['event-rate-limit'], windowMs: 60_000 };
  if (settings['open311-api-key']) options.open311ApiKeys = settings['open311-api-key'];
  if (settings['open311-jurisdiction']) options.open311Jurisdiction = settings['open311-jurisdiction'];
  if (settings['open311-contact']) options.open311Contact = settings['open311-contact'];
  if (settings['open311-rate-limit'] !== undefined) options.open311RateLimit = { limit: settings['open311-rate-limit'], windowMs: 60_000 };
  if (settings['read-rate-limit'] !== undefined) options.readRateLimit = { limit: settings['read-rate-limit'], windowMs: 60_000 };
  if (settings['audit-months'] !== undefined) options.auditMonths = settings['audit-months'];
  if (settings.routing) options.routing = settings.routing;
  if (settings['smtp-url']) options.smtpUrl = settings['smtp-url'];
  if (settings['mail-from']) options.mailFrom = settings['mail-from'];
  if (settings['escalate-after-hours'] !== undefined) {
    const hours = settings['escalate-after-hours'];
    if (hours <= 0 || hours > 24) throw new Error('RECEIVER_ESCALATE_AFTER_HOURS / --escalate-after-hours must be more than 0 and at most 24');
    options.escalateAfterMs = Math.round(hours * 60 * 60 * 1000);
  }
  // Errors and warnings always reach the service's log; each request's line only on request.
  options.logger = settings.log ? { level: 'info' } : { level: 'warn' };
  return options;
}

/** `parseArgs` option definitions for every setting. */
export function settingFlags() {
  return Object.fromEntries(
    SETTINGS.map(({ flag, kind }) => [flag, kind === 'list' ? { type: /** @type {const} */ ('string'), multiple: true } : kind === 'boolean' ? { type: /** @type {const} */ ('boolean') } : { type: /** @type {const} */ ('string') }]),
  );
}
