/**
 * Sessions, the audit trail and settings in PostgreSQL; as ../sqlite/sessions.mjs. Sessions
 * live here (not in a receiver's memory), so a person signed in through one receiver stays
 * signed in when the proxy sends the next request to another.
 * @param {import('./db.mjs').Db} db
 * @returns {{ sessions: import('../contract.mjs').SessionStore, audit: import('../contract.mjs').AuditStore, settings: import('../contract.mjs').SettingStore }}
 */
export function pgSessions(db) {
  return {
    sessions: {
      get: async (idHash) => (await db.query(`SELECT data, account_id, created_at, last_seen_at FROM sessions WHERE id_hash = $1`, [idHash])).rows[0],
      set: async (idHash, data, accountId, now) => {
        await db.query(
          `INSERT INTO sessions (id_hash, account_id, data, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)
           ON CONFLICT (id_hash) DO UPDATE SET account_id = EXCLUDED.account_id, data = EXCLUDED.data, last_seen_at = EXCLUDED.last_seen_at`,
          [idHash, accountId, data, now],
        );
      },
      destroy: async (idHash) => {
        await db.query(`DELETE FROM sessions WHERE id_hash = $1`, [idHash]);
      },
      destroyForAccount: async (accountId) => {
        await db.query(`DELETE FROM sessions WHERE account_id = $1`, [accountId]);
      },
      purge: async (idleBefore, createdBefore) => (await db.query(`DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2`, [idleBefore, createdBefore])).rowCount ?? 0,
    },
    audit: {
      record: async (entry) => {
        const full = { reference: null, organisation_id: null, target_account_id: null, detail: null, ip: null, ...entry };
        await db.query(
          `INSERT INTO audit (at, actor_id, actor, action, reference, organisation_id, target_account_id, detail, ip) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [full.at, full.actor_id, full.actor, full.action, full.reference, full.organisation_id, full.target_account_id, full.detail, full.ip],
        );
      },
      list: async ({ reference = null, limit, offset }) => {
        const where = `($1::text IS NULL OR reference = $1)`;
        const [page, total] = await Promise.all([
          db.query(`SELECT * FROM audit WHERE ${where} ORDER BY at DESC, id DESC LIMIT $2 OFFSET $3`, [reference, limit, offset]),
          db.query(`SELECT COUNT(*) AS total FROM audit WHERE ${where}`, [reference]),
        ]);
        return { rows: page.rows, total: total.rows[0].total };
      },
      purge: async (before) => (await db.query(`DELETE FROM audit WHERE at < $1`, [before])).rowCount ?? 0,
    },
    settings: {
      get: async (key) => (await db.query(`SELECT value FROM settings WHERE key = $1`, [key])).rows[0]?.value,
      set: async (key, value) => {
        await db.query(`INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, value]);
      },
      setIfAbsent: async (key, value) => {
        // DO UPDATE with the same value returns the row whoever inserted it.
        const { rows } = await db.query(
          `INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = settings.value RETURNING value`,
          [key, value],
        );
        return rows[0].value;
      },
    },
  };
}
