/**
 * Notes are personal data like the report's fields: key rotation re-encrypts them too.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { rotateKeys } from '../src/cli/rotate-keys.mjs';
import { createFieldCipher, generateKey } from '../src/crypto/field-cipher.mjs';
import { openStore } from '../src/store/index.mjs';

test('rotate-key re-encrypts notes with the first key; the old key is no longer needed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'notes-keys-'));
  const store = openStore(join(dir, 'reports.sqlite'));
  try {
    const oldKey = generateKey('old');
    const newKey = generateKey('new');
    const before = createFieldCipher(oldKey);
    const id = '0b7e7f3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c';
    await store.reports.create(
      { id, received_at: 1, month: '1970-01', format: 'json', partner: null, age_group: '65-plus', about: 'other', lang: 'nl', area: before.encrypt('Muizen', id), page: null, fill_ms: 1, payload: before.encrypt('{}', id), body_hash: 'h' },
      { key: null, newReference: () => 'ROTATE01', answer: () => ({ status: 201, body: '' }) },
    );
    assert.equal(await store.notes.add({ id: 'note-rot', reference: 'ROTATE01', at: 2, author_id: null, author: 'test', text: /** @type {string} */ (before.encrypt('Belde twee keer', 'note:note-rot')) }), true);
    const both = createFieldCipher(`${newKey},${oldKey}`);
    assert.ok((await rotateKeys(store, both)) >= 3);
    const [note] = await store.notes.list('ROTATE01');
    assert.match(note?.text ?? '', /^enc:v1:new:/);
    assert.equal(createFieldCipher(newKey).decrypt(note?.text ?? null, 'note:note-rot'), 'Belde twee keer');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
