import { SECOND_FACTOR_REQUIRED } from './roles.mjs';
import { needsRehash, hashPassword, verifyPassword } from './passwords.mjs';
import { totpStep } from './totp.mjs';

/**
 * Signing in, in two steps: password, then (for coordinators, admins and anyone who
 * enrolled one) the TOTP code. Every failure, of either step, counts against the
 * account; at `maxFailures` it is locked for `lockMs` whatever is typed. The answer to
 * the person never says which part was wrong, or whether the account exists: an unknown
 * e-mail address costs the same scrypt time as a known one. Each attempt is in the
 * audit log (an unknown address as 'unknown account', never what was typed).
 *
 * @typedef {object} SignInDeps
 * @property {import('../store/contract.mjs').Store} store
 * @property {import('../crypto/field-cipher.mjs').FieldCipher} cipher
 * @property {import('../config.mjs').Config} config
 *
 * @typedef {{ ok: true, account: import('../store/contract.mjs').Account, needsCode: boolean }
 *   | { ok: false, reason: 'wrong' | 'locked' | 'no-second-factor' }} PasswordResult
 */

/** How long the step between password and code may take. */
export const PENDING_MS = 5 * 60 * 1000;

/** @param {import('../store/contract.mjs').Account} account */
export const needsSecondFactor = (account) => SECOND_FACTOR_REQUIRED.includes(account.role) || account.totp_secret !== null;

/**
 * @param {SignInDeps} deps
 * @param {import('../store/contract.mjs').Account} account
 * @param {string} detail
 * @param {string} ip
 */
async function fail(deps, account, detail, ip) {
  const now = deps.config.now();
  await deps.store.audit.record({ at: now, actor_id: account.id, actor: account.email, action: 'sign-in-failed', detail, ip });
  const { lockedUntil } = await deps.store.accounts.recordFailure(account.id, now, deps.config.lockout);
  if (lockedUntil !== null) {
    await deps.store.audit.record({ at: now, actor_id: account.id, actor: account.email, action: 'account-locked', detail, ip });
  }
}

/** @param {import('../store/contract.mjs').Account} account @param {number} now */
const isLocked = (account, now) => account.locked_until !== null && account.locked_until > now;

/**
 * Step 1: e-mail address and password.
 * @param {SignInDeps} deps
 * @param {{ email: string, password: string, ip: string }} attempt
 * @returns {Promise<PasswordResult>}
 */
export async function checkPassword(deps, { email, password, ip }) {
  const now = deps.config.now();
  const account = email ? await deps.store.accounts.findByEmail(email.trim()) : undefined;
  const usable = account && account.disabled_at === null && !isLocked(account, now);
  const passwordOk = await verifyPassword(password, usable ? account.password_hash : null, deps.config.passwordCost);
  if (!account) {
    await deps.store.audit.record({ at: now, actor_id: null, actor: 'unknown account', action: 'sign-in-failed', detail: 'unknown-account', ip });
    return { ok: false, reason: 'wrong' };
  }
  if (account.disabled_at !== null) {
    await deps.store.audit.record({ at: now, actor_id: account.id, actor: account.email, action: 'sign-in-failed', detail: 'disabled', ip });
    return { ok: false, reason: 'wrong' };
  }
  if (isLocked(account, now)) {
    await deps.store.audit.record({ at: now, actor_id: account.id, actor: account.email, action: 'sign-in-failed', detail: 'locked', ip });
    return { ok: false, reason: 'locked' };
  }
  if (!passwordOk) {
    await fail(deps, account, 'password', ip);
    return { ok: false, reason: 'wrong' };
  }
  if (account.password_hash && needsRehash(account.password_hash, deps.config.passwordCost)) {
    await deps.store.accounts.update(account.id, { password_hash: await hashPassword(password, deps.config.passwordCost) });
  }
  if (SECOND_FACTOR_REQUIRED.includes(account.role) && account.totp_secret === null) {
    await deps.store.audit.record({ at: now, actor_id: account.id, actor: account.email, action: 'sign-in-failed', detail: 'no-second-factor', ip });
    return { ok: false, reason: 'no-second-factor' };
  }
  return { ok: true, account, needsCode: needsSecondFactor(account) };
}

/**
 * Step 2: the code from the authenticator app, each 30-second step usable once.
 * @param {SignInDeps} deps
 * @param {{ accountId: number, code: string, ip: string }} attempt
 * @returns {Promise<{ ok: true, account: import('../store/contract.mjs').Account } | { ok: false, reason: 'wrong' | 'locked' }>}
 */
export async function checkCode(deps, { accountId, code, ip }) {
  const now = deps.config.now();
  const account = await deps.store.accounts.findById(accountId);
  if (!account || account.disabled_at !== null || account.totp_secret === null) return { ok: false, reason: 'wrong' };
  if (isLocked(account, now)) {
    await deps.store.audit.record({ at: now, actor_id: account.id, actor: account.email, action: 'sign-in-failed', detail: 'locked', ip });
    return { ok: false, reason: 'locked' };
  }
  const secret = /** @type {string} */ (deps.cipher.decrypt(account.totp_secret, `account:${account.id}`));
  const step = totpStep(secret, code, now);
  if (step === null || !(await deps.store.accounts.useTotpStep(account.id, step))) {
    await fail(deps, account, 'code', ip);
    return { ok: false, reason: 'wrong' };
  }
  return { ok: true, account };
}

/**
 * Both steps passed: the failure count starts again and the sign-in is recorded.
 * @param {SignInDeps} deps
 * @param {import('../store/contract.mjs').Account} account
 * @param {string} ip
 */
export async function completeSignIn(deps, account, ip) {
  const now = deps.config.now();
  await deps.store.accounts.update(account.id, { failed_attempts: 0, locked_until: null });
  await deps.store.audit.record({ at: now, actor_id: account.id, actor: account.email, action: 'sign-in', ip });
}
