/**
 * Sessions, the audit trail and settings: small tables of the back office.
 * @param {import('better-sqlite3').Database} db
 * @returns {{ sessions: import('../contract.mjs').SessionStore, audit: import('../contract.mjs').AuditStore, settings: import('../contract.mjs').SettingStore }}
 */
export function sqliteSessions(db) {
  const getSession = db.prepare(`SELECT data, account_id, created_at, last_seen_at FROM sessions WHERE id_hash = ?`);
  const setSession = db.prepare(`
    INSERT INTO sessions (id_hash, account_id, data, created_at, last_seen_at) VALUES (@idHash, @accountId, @data, @now, @now)
    ON CONFLICT (id_hash) DO UPDATE SET account_id = @accountId, data = @data, last_seen_at = @now`);
  const destroy = db.prepare(`DELETE FROM sessions WHERE id_hash = ?`);
  const destroyForAccount = db.prepare(`DELETE FROM sessions WHERE account_id = ?`);
  const purgeSessions = db.prepare(`DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?`);

  const record = db.prepare(`
    INSERT INTO audit (at, actor_id, actor, action, reference, organisation_id, target_account_id, detail, ip)
    VALUES (@at, @actor_id, @actor, @action, @reference, @organisation_id, @target_account_id, @detail, @ip)`);
  const auditPage = db.prepare(`
    SELECT * FROM audit WHERE (@reference IS NULL OR reference = @reference)
    ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`);
  const auditTotal = db.prepare(`SELECT COUNT(*) FROM audit WHERE (@reference IS NULL OR reference = @reference)`).pluck();
  const purgeAudit = db.prepare(`DELETE FROM audit WHERE at < ?`);

  const getSetting = db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck();
  const addSetting = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`);
  const setSetting = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);

  return {
    sessions: {
      get: async (idHash) => /** @type {any} */ (getSession.get(idHash)),
      set: async (idHash, data, accountId, now) => {
        setSession.run({ idHash, data, accountId, now });
      },
      destroy: async (idHash) => {
        destroy.run(idHash);
      },
      destroyForAccount: async (accountId) => {
        destroyForAccount.run(accountId);
      },
      purge: async (idleBefore, createdBefore) => purgeSessions.run(idleBefore, createdBefore).changes,
    },
    audit: {
      record: async (entry) => {
        record.run({ reference: null, organisation_id: null, target_account_id: null, detail: null, ip: null, ...entry });
      },
      list: async ({ reference = null, limit, offset }) => ({
        rows: /** @type {any[]} */ (auditPage.all({ reference, limit, offset })),
        total: /** @type {number} */ (auditTotal.get({ reference })),
      }),
      purge: async (before) => purgeAudit.run(before).changes,
    },
    settings: {
      get: async (key) => /** @type {string | undefined} */ (getSetting.get(key)),
      set: async (key, value) => {
        setSetting.run(key, value);
      },
      setIfAbsent: async (key, value) => {
        addSetting.run(key, value);
        return /** @type {string} */ (getSetting.get(key));
      },
    },
  };
}
