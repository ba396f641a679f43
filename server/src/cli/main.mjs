import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ManageError, createAccount, createOrganisation, renameOrganisation, resetAccount, setDisabled, setupUrl, unlockAccount } from '../auth/accounts.mjs';
import { currentTotpCode } from '../auth/totp.mjs';
import { resolveConfig } from '../config.mjs';
import { createFieldCipher, generateKey } from '../crypto/field-cipher.mjs';
import { seedDemo } from '../demo/seed.mjs';
import { exportDocument } from '../inbox/report-view.mjs';
import { isEraseReason } from '../inbox/report-actions.mjs';
import { DEFAULT_DB_PATH, createReceiver } from '../receiver.mjs';
import { runErasure } from '../retention/job.mjs';
import { openStore } from '../store/index.mjs';
import { SETTINGS, readSettings, receiverOptions, settingFlags } from './options.mjs';
import { RoutingError, loadRouting } from '../workflow/routing.mjs';
import { rotateKeys } from './rotate-keys.mjs';

const USAGE = `Usage: eenzaamheid-hulp-receiver [command] [options]

Commands:
  serve (default)                     start the receiver
  account add --email E --name N --role admin|coordinator|local-actor [--organisation ID]
                                      create an account; prints its one-time set-up link
  account list
  account disable|enable|reset|unlock --email E
                                      reset: new set-up link, password and second factor cleared
  org add --id ID --name NAME         create an organisation (local actors belong to one)
  org rename --id ID --name NAME
  org list
  erase --reference REF [--reason data-subject-request|entered-in-error|other]
                                      erase a report's personal data now
  export --reference REF              everything stored about a report, as JSON (data-subject request)
  erase-due                           run the erasure job once (it also runs every hour in serve)
  backup --to FILE                    a consistent copy of the database while it runs (mode 0600)
  generate-key                        a new data key for RECEIVER_DATA_KEYS
  rotate-key                          re-encrypt every personal field with the first key of RECEIVER_DATA_KEYS
  demo-code --email E                 the current second-factor code of a demo account (demo only)
  routing check FILE                  check a routing file (its format, and its organisations in the database);
                                      prints every problem with its place, exit code 1 when there is one

Options (each also from its environment variable):
${SETTINGS.map(({ env, flag, help }) => `  --${flag.padEnd(18)} ${env.padEnd(26)} ${help}`).join('\n')}
  --control                                       the fail switch (/__control) for demos and tests; never in production
  -h, --help`;

/** Who the audit log names for the command line. */
const cliActor = () => ({ id: null, label: `cli (${userInfo().username})` });

/**
 * Run the command line. Returns the exit code.
 * @param {string[]} argv  process.argv.slice(2)
 * @param {NodeJS.ProcessEnv} env
 * @param {{ out: (line: string) => void, err: (line: string) => void }} io
 */
export async function main(argv, env, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...settingFlags(),
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      id: { type: 'string' },
      reference: { type: 'string' },
      reason: { type: 'string', default: 'data-subject-request' },
      to: { type: 'string' },
      control: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const settings = readSettings(/** @type {any} */ (values), env);
  const options = receiverOptions(settings);
  const [command = 'serve', sub] = positionals;

  if (command === 'serve') return serve(options, settings, values.control === true, io);
  if (command === 'generate-key') {
    io.out(generateKey());
    return 0;
  }

  const config = resolveConfig(options);
  const store = openStore(config.databaseUrl ?? config.dbPath ?? DEFAULT_DB_PATH);
  const cipher = createFieldCipher(config.dataKeys);
  const deps = { store, now: config.now };
  try {
    switch (`${command}${sub ? ` ${sub}` : ''}`) {
      case 'account add': {
        const { account, token } = await createAccount(
          deps,
          { email: values.email ?? '', name: values.name ?? '', role: values.role ?? '', organisationId: values.organisation ?? null },
          cliActor(),
        );
        io.out(`Account ${account.email} (${account.role}) created. One-time set-up link (72 hours):\n${setupUrl(config.publicUrl, token)}`);
        if (!config.publicUrl) io.out('(Put the receiver\'s address in front, or set RECEIVER_PUBLIC_URL.)');
        return 0;
      }
      case 'account list':
        for (const account of await store.accounts.list()) {
          const state = account.disabled_at !== null ? 'disabled' : account.password_hash === null ? 'set-up pending' : 'active';
          io.out([account.email, account.role, account.organisation_id ?? '-', account.totp_secret ? '2fa' : 'no-2fa', state].join('\t'));
        }
        return 0;
      case 'account disable':
      case 'account enable':
      case 'account reset':
      case 'account unlock': {
        const account = await store.accounts.findByEmail(values.email ?? '');
        if (!account) throw new ManageError('not-found', `no account ${values.email ?? '(give --email)'}`);
        if (sub === 'reset') {
          const { token } = await resetAccount(deps, account.id, cliActor());
          io.out(`New one-time set-up link for ${account.email} (72 hours):\n${setupUrl(config.publicUrl, token)}`);
        } else if (sub === 'unlock') await unlockAccount(deps, account.id, cliActor());
        else await setDisabled(deps, account.id, sub === 'disable', cliActor());
        if (sub !== 'reset') io.out(`${account.email}: ${sub}d`);
        return 0;
      }
      case 'org add':
        await createOrganisation(deps, { id: values.id ?? '', name: values.name ?? '' }, cliActor());
        io.out(`Organisation ${values.id} created.`);
        return 0;
      case 'org rename':
        await renameOrganisation(deps, values.id ?? '', values.name ?? '', cliActor());
        io.out(`Organisation ${values.id} renamed.`);
        return 0;
      case 'org list':
        for (const organisation of await store.organisations.list()) io.out(`${organisation.id}\t${organisation.name}\t${organisation.members} member(s)`);
        return 0;
      case 'erase': {
        if (!isEraseReason(values.reason)) throw new ManageError('invalid', 'reason must be data-subject-request, entered-in-error or other');
        const reference = (values.reference ?? '').toUpperCase();
        if (!(await store.reports.erase(reference, config.now(), values.reason))) throw new ManageError('not-found', `no report ${reference} with personal data`);
        await store.audit.record({ at: config.now(), actor_id: null, actor: cliActor().label, action: 'erase', reference, detail: values.reason });
        await store.checkpoint?.();
        io.out(`${reference}: personal data erased.`);
        return 0;
      }
      case 'export': {
        const reference = (values.reference ?? '').toUpperCase();
        const report = await store.reports.findByReference(reference);
        if (!report) throw new ManageError('not-found', `no report ${reference}`);
        await store.audit.record({ at: config.now(), actor_id: null, actor: cliActor().label, action: 'export', reference });
        const { rows } = await store.audit.list({ reference, limit: 1000, offset: 0 });
        io.out(JSON.stringify(exportDocument(report, cipher, rows.reverse(), config.now()), null, 2));
        return 0;
      }
      case 'erase-due': {
        const { erased } = await runErasure({ store, policy: config.retention, now: config.now, auditMonths: config.auditMonths, session: config.session });
        io.out(`Erased the personal data of ${erased.length} report(s)${erased.length ? `: ${erased.join(', ')}` : ''}.`);
        return 0;
      }
      case 'backup':
        if (!values.to) throw new ManageError('invalid', 'give --to FILE');
        await store.backup(values.to);
        io.out(`Backup written to ${values.to} (mode 0600).`);
        return 0;
      case 'rotate-key': {
        const count = await rotateKeys(store, cipher);
        await store.audit.record({ at: config.now(), actor_id: null, actor: cliActor().label, action: 'key-rotation', detail: cipher.currentKeyId });
        io.out(`Re-encrypted ${count} value(s) with key "${cipher.currentKeyId}".`);
        return 0;
      }
      case 'demo-code': {
        const account = await store.accounts.findByEmail(values.email ?? '');
        if (!account || account.demo !== 1 || !account.totp_secret) throw new ManageError('invalid', 'demo-code works for demo accounts with a second factor only');
        io.out(currentTotpCode(/** @type {string} */ (cipher.decrypt(account.totp_secret, `account:${account.id}`)), config.now()));
        return 0;
      }
      case 'routing check': {
        const file = positionals[2];
        if (!file) throw new ManageError('invalid', 'give the routing file: routing check FILE');
        const organisations = new Set((await store.organisations.list()).map((organisation) => organisation.id));
        const routing = loadRouting(file, { organisations });
        io.out(`${file}: ${routing.rules.length} rule(s), all organisations known. OK.`);
        return 0;
      }
      case 'seed-demo':
        for (const account of await seedDemo({ store, cipher, now: config.now, passwordCost: config.passwordCost })) io.out(`${account.email}\t${account.password}`);
        return 0;
      default:
        io.err(`Unknown command "${positionals.join(' ')}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof RoutingError) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof ManageError || (error instanceof Error && error.name === 'KeyError')) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

/**
 * @param {import('../config.mjs').ReceiverOptions} options @param {Record<string, any>} settings
 * @param {boolean} control @param {{ out: (line: string) => void, err: (line: string) => void }} io
 */
async function serve(options, settings, control, io) {
  if (!options.smtpUrl) io.out('Note: RECEIVER_SMTP_URL is not set: notices and escalations wait in the outbox until it is.');
  const receiver = createReceiver({ ...options, control });
  const host = settings.host ?? '127.0.0.1';
  let port;
  try {
    port = await receiver.listen(settings.port ?? 8787, host);
  } catch (error) {
    if (!(error instanceof RoutingError)) throw error;
    io.err(`Not started: ${error.message}`);
    await receiver.close();
    return 1;
  }
  const shown = host.includes(':') ? `[${host}]` : host;
  io.out(`Receiver on http://${shown}:${port} (sign in: /sign-in)${control ? ' with the fail switch (/__control): never in production' : ''}`);
  if (!options.allowedHosts?.length && !/^(127\.|localhost$|::1$)/.test(host)) {
    io.out('Note: without RECEIVER_ALLOWED_HOSTS only loopback names are served (others get 421).');
  }
  await new Promise((resolve) => {
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, resolve);
  });
  await receiver.close();
  return 0;
}
