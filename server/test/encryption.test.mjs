import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { rotateKeys } from '../src/cli/rotate-keys.mjs';
import { KeyError, createFieldCipher, generateKey, parseKeys } from '../src/crypto/field-cipher.mjs';
import { addAccount, manualClock, postOpen311, postReport, signIn, startReceiver, validOpen311, validReport } from './helpers.mjs';
import { rawRows, storageHolds } from './raw-sql.mjs';

const key = (/** @type {string} */ id) => `${id}:${randomBytes(32).toString('base64')}`;
const PHONE = '0473 55 66 77';


describe('field cipher (AES-256-GCM)', () => {
  test('round trip, bound to its row, and no value without its key', () => {
    const cipher = createFieldCipher(key('k1'));
    const stored = /** @type {string} */ (cipher.encrypt('015 12 34 56', 'row-1'));
    assert.match(stored, /^enc:v1:k1:[\w-]+:[\w-]+:[\w-]+$/);
    assert.notEqual(cipher.encrypt('015 12 34 56', 'row-1'), stored, 'a fresh IV every time');
    assert.equal(cipher.decrypt(stored, 'row-1'), '015 12 34 56');
    assert.throws(() => cipher.decrypt(stored, 'row-2'), /unable to authenticate|Unsupported state/, 'copied onto another row it does not decrypt');
    const tampered = stored.slice(0, -2) + (stored.endsWith('AA') ? 'BB' : 'AA');
    assert.throws(() => cipher.decrypt(tampered, 'row-1'));
    assert.throws(() => createFieldCipher(key('k2')).decrypt(stored, 'row-1'), KeyError);
    assert.equal(cipher.decrypt('plain text from before', 'row-1'), 'plain text from before');
    assert.equal(cipher.decrypt(null, 'row-1'), null);
  });

  test('without keys nothing changes', () => {
    const cipher = createFieldCipher(undefined);
    assert.equal(cipher.enabled, false);
    assert.equal(cipher.encrypt('x', 'r'), 'x');
  });

  test('bad key lists are refused with what is wrong, never with the key', () => {
    assert.throws(() => parseKeys('k1:c2hvcnQ='), /data key "k1": must be 32 bytes/);
    assert.throws(() => parseKeys('no-separator'), /data key 1: expected <id>:<base64 of 32 bytes>/);
    assert.throws(() => parseKeys(`bad id!:${randomBytes(32).toString('base64')}`), /data key 1/);
    assert.match(generateKey('k2027'), /^k2027:[A-Za-z0-9+/]{43}=$/);
    assert.equal(parseKeys(generateKey()).length, 1);
  });
});

describe('encryption at rest in the receiver', () => {
  const clock = manualClock();
  const k1 = key('k1');
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {string} */
  let reference;
  /** @type {Awaited<ReturnType<typeof addAccount>>} */
  let coordinator;
  before(async () => {
    ctx = await startReceiver({ now: clock, dataKeys: k1 });
    ({ reference } = await (await postReport(ctx.base, validReport({ phone: PHONE, name: 'Versleutelnaam', area: 'Walem' }))).json());
    await postOpen311(ctx.base, validOpen311({ phone: PHONE, address_string: 'Walem', description: 'Open311 versleuteld' }));
    coordinator = await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' });
  });
  after(() => ctx.close());

  test('area, report text and second-factor keys are stored encrypted; the database (file) holds none of them', async () => {
    const rows = await ctx.store.reports.personalFields();
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.match(row.area, /^enc:v1:k1:/);
      assert.match(row.payload, /^enc:v1:k1:/);
    }
    const account = /** @type {any} */ (await ctx.store.accounts.findById(coordinator.id));
    assert.match(account.totp_secret, /^enc:v1:k1:/);
    for (const text of [PHONE, 'Versleutelnaam', 'Walem', 'Open311 versleuteld', /** @type {string} */ (coordinator.totpSecret)]) assert.equal(await storageHolds(ctx, text), false, text);
  });

  test('signed-in staff read them as usual; their sessions are stored encrypted too', async () => {
    const browser = await signIn(ctx, coordinator);
    // (The sessions table has no listing in the store interface: read in the database.)
    const sessions = await rawRows(ctx, 'SELECT data FROM sessions');
    assert.ok(sessions.length >= 1);
    for (const session of sessions) assert.match(session.data, /^enc:v1:k1:/);
    const page = await browser.get(`/inbox/${reference}`);
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(PHONE));
    assert.match(page.text, /Walem/);
  });

  test('rotation: a new key first, rotate, then the old key can go', async () => {
    const k2 = key('k2');
    const both = createFieldCipher(`${k2},${k1}`);
    const changed = await rotateKeys(ctx.store, both);
    assert.equal(changed, 5, 'two reports × (area, payload) and one second-factor key');
    for (const row of await ctx.store.reports.personalFields()) {
      assert.match(row.area, /^enc:v1:k2:/);
      assert.match(row.payload, /^enc:v1:k2:/);
    }
    assert.equal(await rotateKeys(ctx.store, both), 0, 'nothing left to rotate');
    const onlyNew = createFieldCipher(k2);
    const row = /** @type {any} */ (await ctx.store.reports.findByReference(reference));
    assert.equal(JSON.parse(/** @type {string} */ (onlyNew.decrypt(row.payload, row.id))).phone, PHONE);
    assert.throws(() => createFieldCipher(k1).decrypt(row.payload, row.id), KeyError);
  });

  test('switching encryption on for an existing database: rotate-key encrypts the plain values', async () => {
    const plain = await startReceiver();
    try {
      await postReport(plain.base, validReport({ phone: PHONE }));
      assert.equal(await rotateKeys(plain.store, createFieldCipher(key('k9'))), 2);
      const [row] = /** @type {any[]} */ (await plain.store.reports.personalFields());
      assert.match(row.payload, /^enc:v1:k9:/);
      assert.match(row.area, /^enc:v1:k9:/);
    } finally {
      await plain.close();
    }
  });
});
