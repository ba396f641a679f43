/**
 * Re-encrypt every personal field with the first key of RECEIVER_DATA_KEYS (plain
 * values too, when encryption is switched on for an existing database). Old keys must
 * still be listed while this runs; drop them afterwards. Returns how many values changed.
 * @param {import('../store/contract.mjs').Store} store
 * @param {import('../crypto/field-cipher.mjs').FieldCipher} cipher
 */
export async function rotateKeys(store, cipher) {
  if (!cipher.enabled) throw Object.assign(new Error('RECEIVER_DATA_KEYS is not set: nothing to encrypt with'), { name: 'KeyError' });
  let changed = 0;
  for (const row of await store.reports.personalFields()) {
    if (!cipher.needsRotation(row.area) && !cipher.needsRotation(row.payload)) continue;
    await store.reports.updatePersonalFields(row.id, {
      area: cipher.encrypt(cipher.decrypt(row.area, row.id), row.id),
      payload: cipher.encrypt(cipher.decrypt(row.payload, row.id), row.id),
    });
    changed += Number(row.area !== null) + Number(row.payload !== null);
  }
  for (const note of await store.notes.personalFields()) {
    if (!cipher.needsRotation(note.text)) continue;
    await store.notes.updateText(note.id, /** @type {string} */ (cipher.encrypt(cipher.decrypt(note.text, `note:${note.id}`), `note:${note.id}`)));
    changed += 1;
  }
  for (const account of await store.accounts.list()) {
    if (!cipher.needsRotation(account.totp_secret)) continue;
    const rowId = `account:${account.id}`;
    await store.accounts.update(account.id, { totp_secret: cipher.encrypt(cipher.decrypt(account.totp_secret, rowId), rowId) });
    changed += 1;
  }
  await store.checkpoint?.();
  return changed;
}
