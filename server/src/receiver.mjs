import Fastify from 'fastify';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.mjs';
import { resolveConfig } from './config.mjs';
import { createFieldCipher } from './crypto/field-cipher.mjs';
import { createFailSwitch } from './intake/fail-switch.mjs';
import { runErasure } from './retention/job.mjs';
import { openStore } from './store/index.mjs';
import { smtpTransport } from './workflow/mail/transport.mjs';
import { loadRouting, validateRouting } from './workflow/routing.mjs';
import { createWorkflow } from './workflow/service.mjs';

export { REPORT_SCHEMA_VERSION } from 'eenzaamheid-hulp/schema';

export const DEFAULT_DB_PATH = fileURLToPath(new URL('../data/reports.sqlite', import.meta.url));

/**
 * The path of a request as the log may show it: no query string, and no set-up token
 * however the path is spelled (`/%73etup/<token>` reaches the set-up page too, and a
 * mistyped `//setup/<token>` is logged as a 404): the path is decoded, and what follows
 * `setup/`, and any run of 40 or more token characters (a token has 43), is cut out.
 * @param {string} url
 */
export function loggablePath(url) {
  const path = String(url).split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not valid percent-encoding: redact the path as it came.
  }
  return decoded.replace(/^(\/+)setup\/[^/]*/i, '$1setup/…').replace(/[\w-]{40,}/g, '…');
}

/** Request logs say what was asked and how it went, never who asked or what they sent. */
const SERIALIZERS = {
  /** @param {{ method: string, url: string }} request */
  req: (request) => ({ method: request.method, url: loggablePath(request.url) }),
  /** @param {{ statusCode: number }} reply */
  res: (reply) => ({ statusCode: reply.statusCode }),
};

/**
 * The secret(s) the session cookie is signed with: from the options (the environment),
 * else one made at the first start and kept in the database.
 * @param {import('./store/contract.mjs').Store} store
 * @param {string[] | null} configured
 */
async function sessionSecrets(store, configured) {
  if (configured?.length) {
    for (const secret of configured) if (secret.length < 32) throw new Error('each session secret must be at least 32 characters');
    return configured;
  }
  // Receivers sharing one database share the secret: whoever stores it first wins.
  return [(await store.settings.get('session-secret')) ?? (await store.settings.setIfAbsent('session-secret', randomBytes(48).toString('base64url')))];
}

/**
 * A reference receiver: the intake, the back office and the erasure job over one store.
 * Several can run in one process (one per test). Call `listen()` to serve, `close()` to
 * stop; `runRetention()` runs the erasure job now (the schedule runs it every hour).
 * @param {import('./config.mjs').ReceiverOptions} [options]
 */
export function createReceiver(options = {}) {
  const config = resolveConfig(options);
  const store = openStore(config.databaseUrl ?? config.dbPath ?? DEFAULT_DB_PATH);
  const cipher = createFieldCipher(config.dataKeys);
  const aborter = new AbortController();
  const failSwitch = config.control ? createFailSwitch() : null;
  const app = Fastify({
    logger: config.logger === false ? false : { level: 'info', ...(typeof config.logger === 'object' ? config.logger : {}), serializers: SERIALIZERS },
    trustProxy: config.trustProxy,
    // A client that trickles its body must not hold a connection for minutes.
    requestTimeout: 15_000,
    connectionTimeout: 20_000,
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
    bodyLimit: config.maxBodyBytes,
    // close() ends keep-alive and in-flight connections instead of waiting for them.
    forceCloseConnections: true,
  });
  app.server.headersTimeout = 10_000;

  /** @type {number | null} */
  let boundPort = null;
  const transport = config.mailTransport ?? (config.smtpUrl ? smtpTransport({ url: config.smtpUrl, from: config.mailFrom }) : null);
  /** @type {import('./workflow/service.mjs').Workflow | null} */
  let workflow = null;

  const ready = (async () => {
    await store.ready;
    // A routing file with mistakes stops the start, with every problem listed.
    const organisations = new Set((await store.organisations.list()).map((organisation) => organisation.id));
    const routing =
      config.routing === null ? null
      : typeof config.routing === 'string' ? loadRouting(config.routing, { organisations })
      : validateRouting(config.routing, { organisations });
    workflow = createWorkflow({
      store,
      cipher,
      now: config.now,
      log: app.log,
      routing,
      escalateAfterMs: config.escalateAfterMs,
      baseUrl: () => config.publicUrl ?? `http://127.0.0.1:${boundPort ?? 8787}`,
      transport,
      retry: config.mailRetry,
    });
    const secrets = await sessionSecrets(store, config.sessionSecrets);
    await app.register(buildApp, { store, cipher, config, failSwitch, signal: aborter.signal, sessionSecrets: secrets, workflow });
    await app.ready();
  })();
  const workflowReady = async () => {
    await ready;
    return /** @type {import('./workflow/service.mjs').Workflow} */ (workflow);
  };

  const retention = () => runErasure({ store, policy: config.retention, now: config.now, auditMonths: config.auditMonths, session: config.session });
  /** @type {NodeJS.Timeout | null} */
  let timer = null;
  /** @type {NodeJS.Timeout | null} */
  let workflowTimer = null;
  /** Routing, escalation and the outbox, now (the schedule runs it every workflowIntervalMs). */
  const runWorkflow = async () => (await workflowReady()).tick();

  /**
   * Start listening; resolves with the bound port (useful with port 0).
   * @param {number} [port] @param {string} [host]
   */
  async function listen(port = 8787, host = '127.0.0.1') {
    await ready;
    await app.listen({ port, host });
    boundPort = /** @type {import('node:net').AddressInfo} */ (app.server.address()).port;
    if (config.workflowIntervalMs > 0) {
      workflowTimer = setInterval(() => {
        runWorkflow().catch((error) => app.log.error({ err: { message: error.message } }, 'workflow round failed'));
      }, config.workflowIntervalMs);
      workflowTimer.unref();
      runWorkflow().catch((error) => app.log.error({ err: { message: error.message } }, 'workflow round failed'));
    }
    if (config.retentionIntervalMs > 0) {
      await retention();
      timer = setInterval(() => {
        retention().catch((error) => app.log.error({ err: { message: error.message } }, 'erasure job failed'));
      }, config.retentionIntervalMs);
      timer.unref();
    }
    return /** @type {import('node:net').AddressInfo} */ (app.server.address()).port;
  }

  /** @type {Promise<void> | null} */
  let closing = null;
  /** Stop accepting, cut open connections and 'slow' waits, then close the store. */
  function close() {
    closing ??= (async () => {
      aborter.abort();
      if (timer) clearInterval(timer);
      if (workflowTimer) clearInterval(workflowTimer);
      await ready.catch(() => {});
      // Let a round in progress finish its store writes before the store closes (a mail
      // server that hangs is not waited for longer than a few seconds: its mail stays due).
      if (workflow) await Promise.race([workflow.stop(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      if (!config.mailTransport) transport?.close();
      await app.close();
      await store.close();
    })();
    return closing;
  }

  return {
    app,
    server: app.server,
    store,
    /** The SQLite handle, for SQLite-only checks (tests of the file itself). */
    db: /** @type {any} */ (store).db,
    config,
    cipher,
    ready,
    listen,
    close,
    runRetention: retention,
    runWorkflow,
    /** The workflow service (routing, escalation, outbox), once ready. */
    workflow: workflowReady,
  };
}
