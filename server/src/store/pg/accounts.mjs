/** Columns an update may set; anything else in a patch is a programming error. */
const UPDATABLE = new Set(['email', 'name', 'role', 'organisation_id', 'password_hash', 'totp_secret', 'totp_last_step', 'failed_attempts', 'locked_until', 'disabled_at', 'lang', 'demo']);

/**
 * Accounts, their set-up tokens, and organisations in PostgreSQL; as ../sqlite/accounts.mjs.
 * Text is ordered byte-wise (COLLATE "C"), as SQLite orders it.
 * @param {import('./db.mjs').Db} db
 * @returns {{ accounts: import('../contract.mjs').AccountStore, organisations: import('../contract.mjs').OrganisationStore }}
 */
export function pgAccounts(db) {
  /** @param {string} text @param {unknown[]} [values] */
  const one = async (text, values) => (await db.query(text, values)).rows[0];
  /** @param {string} text @param {unknown[]} [values] */
  const all = async (text, values) => (await db.query(text, values)).rows;

  return {
    accounts: {
      create: (account) => {
        const full = { password_hash: null, totp_secret: null, demo: 0, ...account };
        return one(
          `INSERT INTO accounts (email, name, role, organisation_id, password_hash, totp_secret, demo, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [full.email, full.name, full.role, full.organisation_id, full.password_hash, full.totp_secret, full.demo, full.created_at],
        );
      },
      findById: (id) => one(`SELECT * FROM accounts WHERE id = $1`, [id]),
      findByEmail: (email) => one(`SELECT * FROM accounts WHERE lower(email) = lower($1)`, [email]),
      list: () => all(`SELECT * FROM accounts ORDER BY CASE role WHEN 'admin' THEN 0 WHEN 'coordinator' THEN 1 ELSE 2 END, lower(email) COLLATE "C"`),
      members: (organisationId) => all(`SELECT * FROM accounts WHERE organisation_id = $1 ORDER BY lower(email) COLLATE "C"`, [organisationId]),
      update: async (id, patch) => {
        const columns = Object.keys(patch);
        if (columns.length === 0) return;
        for (const column of columns) if (!UPDATABLE.has(column)) throw new Error(`accounts.${column} cannot be updated`);
        await db.query(`UPDATE accounts SET ${columns.map((column, i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`, [
          id,
          ...columns.map((column) => /** @type {any} */ (patch)[column]),
        ]);
      },
      recordFailure: async (id, now, { maxFailures, lockMs }) => {
        const row = await one(
          `UPDATE accounts SET
             locked_until = CASE WHEN failed_attempts + 1 >= $3 THEN $2::bigint + $4::bigint ELSE locked_until END,
             failed_attempts = CASE WHEN failed_attempts + 1 >= $3 THEN 0 ELSE failed_attempts + 1 END
           WHERE id = $1 RETURNING locked_until`,
          [id, now, maxFailures, lockMs],
        );
        const lockedUntil = row?.locked_until ?? null;
        return { lockedUntil: lockedUntil !== null && lockedUntil > now ? lockedUntil : null };
      },
      useTotpStep: async (id, step) =>
        (await db.query(`UPDATE accounts SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`, [id, step])).rowCount === 1,
      addSetupToken: (tokenHash, accountId, expiresAt) =>
        db.transaction(async (client) => {
          await client.query(`DELETE FROM setup_tokens WHERE account_id = $1`, [accountId]);
          await client.query(`INSERT INTO setup_tokens (token_hash, account_id, expires_at) VALUES ($1, $2, $3)`, [tokenHash, accountId, expiresAt]);
        }),
      findBySetupToken: (tokenHash, now) =>
        one(
          `SELECT accounts.* FROM setup_tokens JOIN accounts ON accounts.id = setup_tokens.account_id
           WHERE setup_tokens.token_hash = $1 AND setup_tokens.expires_at > $2`,
          [tokenHash, now],
        ),
      dropSetupTokens: async (accountId) => {
        await db.query(`DELETE FROM setup_tokens WHERE account_id = $1`, [accountId]);
      },
    },
    organisations: {
      create: async ({ id, name, created_at }) => {
        await db.query(`INSERT INTO organisations (id, name, created_at) VALUES ($1, $2, $3)`, [id, name, created_at]);
      },
      find: (id) => one(`SELECT id, name FROM organisations WHERE id = $1`, [id]),
      list: () =>
        all(`SELECT organisations.id, organisations.name, COUNT(accounts.id) AS members
             FROM organisations LEFT JOIN accounts ON accounts.organisation_id = organisations.id
             GROUP BY organisations.id ORDER BY organisations.name COLLATE "C"`),
      rename: async (id, name) => (await db.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [id, name])).rowCount === 1,
    },
  };
}
