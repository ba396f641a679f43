import { hashPassword } from '../auth/passwords.mjs';
import { newTotpSecret } from '../auth/totp.mjs';
import { createFieldCipher } from '../crypto/field-cipher.mjs';
import { openStore } from '../store/index.mjs';

/**
 * Demo organisations and accounts for `npm start`, so a newcomer can sign in as every
 * role at once. Marked `demo`: only demo accounts give their current code to
 * `eenzaamheid-hulp-receiver demo-code`. Never seed a production database.
 */

export const DEMO_ORGANISATIONS = [
  { id: 'samana', name: 'Samana Mechelen' },
  { id: 'jeugddienst', name: 'Jeugddienst Mechelen' },
  { id: 'overkop', name: 'Overkop Mechelen' },
  { id: 'zorgzame-buurt-heembeemd', name: 'Zorgzame buurt Heembeemd' },
];

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.invalid', name: 'Demo beheerder', role: 'admin', organisation: null, password: 'demo-beheerder-2026', secondFactor: true },
  { email: 'coordinator@demo.invalid', name: 'Demo coördinator', role: 'coordinator', organisation: null, password: 'demo-coordinator-2026', secondFactor: true },
  { email: 'samana@demo.invalid', name: 'Demo Samana', role: 'local-actor', organisation: 'samana', password: 'demo-samana-2026', secondFactor: false },
  { email: 'jeugddienst@demo.invalid', name: 'Demo Jeugddienst', role: 'local-actor', organisation: 'jeugddienst', password: 'demo-jeugddienst-2026', secondFactor: false },
  { email: 'overkop@demo.invalid', name: 'Demo Overkop', role: 'local-actor', organisation: 'overkop', password: 'demo-overkop-2026', secondFactor: false },
  { email: 'heembeemd@demo.invalid', name: 'Demo Zorgzame buurt', role: 'local-actor', organisation: 'zorgzame-buurt-heembeemd', password: 'demo-heembeemd-2026', secondFactor: false },
];

/**
 * Create what is missing; keep what a previous demo run made (its second-factor keys too).
 * @param {{ store: import('../store/contract.mjs').Store, cipher: import('../crypto/field-cipher.mjs').FieldCipher, now: () => number,
 *   passwordCost?: import('../auth/passwords.mjs').ScryptCost }} deps
 * @returns {Promise<{ email: string, name: string, role: string, organisation: string | null, password: string, totpSecret: string | null }[]>}
 */
export async function seedDemo({ store, cipher, now, passwordCost }) {
  for (const organisation of DEMO_ORGANISATIONS) {
    if (!(await store.organisations.find(organisation.id))) await store.organisations.create({ ...organisation, created_at: now() });
  }
  const seeded = [];
  for (const demo of DEMO_ACCOUNTS) {
    let account = await store.accounts.findByEmail(demo.email);
    if (!account) {
      account = await store.accounts.create({
        email: demo.email,
        name: demo.name,
        role: /** @type {any} */ (demo.role),
        organisation_id: demo.organisation,
        password_hash: await hashPassword(demo.password, passwordCost),
        demo: 1,
        created_at: now(),
      });
      if (demo.secondFactor) await store.accounts.update(account.id, { totp_secret: cipher.encrypt(newTotpSecret(), `account:${account.id}`) });
      account = /** @type {import('../store/contract.mjs').Account} */ (await store.accounts.findById(account.id));
    }
    const totpSecret = account.totp_secret ? cipher.decrypt(account.totp_secret, `account:${account.id}`) : null;
    seeded.push({ email: demo.email, name: demo.name, role: demo.role, organisation: demo.organisation, password: demo.password, totpSecret });
  }
  return seeded;
}

/**
 * Seed a demo database before its receiver starts (the routing file is checked against
 * the organisations at start): opens the file, seeds it, closes it.
 * @param {{ dbPath: string, passwordCost?: import('../auth/passwords.mjs').ScryptCost, now?: () => number }} options
 */
export async function prepareDemoDatabase({ dbPath, passwordCost, now = () => Date.now() }) {
  const store = openStore(dbPath);
  try {
    return await seedDemo({ store, cipher: createFieldCipher(undefined), now, passwordCost });
  } finally {
    await store.close();
  }
}
