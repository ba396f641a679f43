import { ROLES } from './roles.mjs';
import { SETUP_TOKEN_MS, hashToken, newToken } from './tokens.mjs';

/**
 * Managing accounts and organisations: the same operations for the admin pages and the
 * command line, each recorded in the audit log with who did it ('cli' from the command
 * line). A new or reset account gets a one-time set-up link; nobody ever sees or sets
 * another person's password.
 *
 * @typedef {object} ManageDeps
 * @property {import('../store/contract.mjs').Store} store
 * @property {() => number} now
 *
 * @typedef {{ id: number | null, label: string }} Actor  who acts: an account, or 'cli'
 */

const EMAIL = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]{2,}$/;
export const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class ManageError extends Error {
  /** @param {'invalid' | 'exists' | 'not-found' | 'own-account'} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * @param {ManageDeps} deps @param {Actor} actor @param {string} action
 * @param {{ target_account_id?: number, organisation_id?: string | null, detail?: string | null }} what
 */
function record(deps, actor, action, what) {
  return deps.store.audit.record({ at: deps.now(), actor_id: actor.id, actor: actor.label, action, ...what });
}

/**
 * A fresh set-up token for an account (earlier ones stop working).
 * @param {ManageDeps} deps @param {number} accountId
 * @returns {Promise<string>} the token, to put in the link; only its hash is stored
 */
async function issueSetupToken(deps, accountId) {
  const token = newToken();
  await deps.store.accounts.addSetupToken(hashToken(token), accountId, deps.now() + SETUP_TOKEN_MS);
  return token;
}

/**
 * @param {ManageDeps} deps
 * @param {{ email: string, name: string, role: string, organisationId?: string | null }} input
 * @param {Actor} actor
 * @returns {Promise<{ account: import('../store/contract.mjs').Account, token: string }>}
 */
export async function createAccount(deps, { email, name, role, organisationId = null }, actor) {
  const cleanEmail = email.trim();
  const cleanName = name.trim();
  const organisation = organisationId ? organisationId.trim() : null;
  if (!EMAIL.test(cleanEmail) || cleanEmail.length > 200) throw new ManageError('invalid', 'a valid e-mail address is required');
  if (!cleanName || cleanName.length > 100) throw new ManageError('invalid', 'a name (at most 100 characters) is required');
  if (!ROLES.includes(/** @type {any} */ (role))) throw new ManageError('invalid', `role must be one of ${ROLES.join(', ')}`);
  if ((role === 'local-actor') !== Boolean(organisation)) {
    throw new ManageError('invalid', 'a local actor belongs to an organisation; other roles to none');
  }
  if (organisation && !(await deps.store.organisations.find(organisation))) throw new ManageError('invalid', `no organisation "${organisation}"`);
  if (await deps.store.accounts.findByEmail(cleanEmail)) throw new ManageError('exists', 'an account with this e-mail address exists');
  const account = await deps.store.accounts.create({
    email: cleanEmail,
    name: cleanName,
    role: /** @type {any} */ (role),
    organisation_id: organisation,
    created_at: deps.now(),
  });
  const token = await issueSetupToken(deps, account.id);
  await record(deps, actor, 'account-create', { target_account_id: account.id, organisation_id: organisation, detail: role });
  return { account, token };
}

/**
 * @param {ManageDeps} deps @param {number} id @param {Actor} actor
 */
async function existing(deps, id, actor) {
  const account = await deps.store.accounts.findById(id);
  if (!account) throw new ManageError('not-found', `no account ${id}`);
  if (actor.id !== null && actor.id === id) throw new ManageError('own-account', 'you cannot do this to your own account');
  return account;
}

/**
 * Password and second factor cleared, sessions ended, a new set-up link.
 * @param {ManageDeps} deps @param {number} id @param {Actor} actor
 */
export async function resetAccount(deps, id, actor) {
  const account = await existing(deps, id, actor);
  await deps.store.accounts.update(id, { password_hash: null, totp_secret: null, totp_last_step: null, failed_attempts: 0, locked_until: null });
  await deps.store.sessions.destroyForAccount(id);
  const token = await issueSetupToken(deps, id);
  await record(deps, actor, 'account-reset', { target_account_id: id });
  return { account, token };
}

/** @param {ManageDeps} deps @param {number} id @param {boolean} disabled @param {Actor} actor */
export async function setDisabled(deps, id, disabled, actor) {
  await existing(deps, id, actor);
  await deps.store.accounts.update(id, { disabled_at: disabled ? deps.now() : null });
  if (disabled) {
    await deps.store.sessions.destroyForAccount(id);
    await deps.store.accounts.dropSetupTokens(id);
  }
  await record(deps, actor, disabled ? 'account-disable' : 'account-enable', { target_account_id: id });
}

/** @param {ManageDeps} deps @param {number} id @param {Actor} actor */
export async function unlockAccount(deps, id, actor) {
  await existing(deps, id, actor);
  await deps.store.accounts.update(id, { locked_until: null, failed_attempts: 0 });
  await record(deps, actor, 'account-unlock', { target_account_id: id });
}

/** @param {ManageDeps} deps @param {{ id: string, name: string }} input @param {Actor} actor */
export async function createOrganisation(deps, { id, name }, actor) {
  const cleanId = id.trim();
  const cleanName = name.trim();
  if (!ORGANISATION_ID.test(cleanId) || !cleanName || cleanName.length > 100) {
    throw new ManageError('invalid', 'an id (a-z, 0-9, -) and a name (at most 100 characters) are required');
  }
  if (await deps.store.organisations.find(cleanId)) throw new ManageError('exists', `organisation "${cleanId}" exists`);
  await deps.store.organisations.create({ id: cleanId, name: cleanName, created_at: deps.now() });
  await record(deps, actor, 'organisation-create', { organisation_id: cleanId });
}

/** @param {ManageDeps} deps @param {string} id @param {string} name @param {Actor} actor */
export async function renameOrganisation(deps, id, name, actor) {
  const cleanName = name.trim();
  if (!cleanName || cleanName.length > 100) throw new ManageError('invalid', 'a name (at most 100 characters) is required');
  if (!(await deps.store.organisations.rename(id, cleanName))) throw new ManageError('not-found', `no organisation "${id}"`);
  await record(deps, actor, 'organisation-rename', { organisation_id: id });
}

/**
 * The link a person opens to set up their account.
 * @param {string | null} publicUrl  the receiver's public address, when known
 * @param {string} token
 */
export const setupUrl = (publicUrl, token) => `${publicUrl ?? ''}/setup/${token}`;
