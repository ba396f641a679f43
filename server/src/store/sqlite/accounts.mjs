/** Columns an update may set; anything else in a patch is a programming error. */
const UPDATABLE = new Set([
  'email',
  'name',
  'role',
  'organisation_id',
  'password_hash',
  'totp_secret',
  'totp_last_step',
  'failed_attempts',
  'locked_until',
  'disabled_at',
  'lang',
  'demo',
]);

/**
 * Accounts, their set-up tokens, and organisations.
 * @param {import('better-sqlite3').Database} db
 * @returns {{ accounts: import('../contract.mjs').AccountStore, organisations: import('../contract.mjs').OrganisationStore }}
 */
export function sqliteAccounts(db) {
  const insert = db.prepare(`
    INSERT INTO accounts (email, name, role, organisation_id, password_hash, totp_secret, demo, created_at)
    VALUES (@email, @name, @role, @organisation_id, @password_hash, @totp_secret, @demo, @created_at)
    RETURNING *`);
  const byId = db.prepare(`SELECT * FROM accounts WHERE id = ?`);
  const byEmail = db.prepare(`SELECT * FROM accounts WHERE email = ? COLLATE NOCASE`);
  const all = db.prepare(`SELECT * FROM accounts ORDER BY CASE role WHEN 'admin' THEN 0 WHEN 'coordinator' THEN 1 ELSE 2 END, email`);
  const members = db.prepare(`SELECT * FROM accounts WHERE organisation_id = ? ORDER BY email`);
  const failure = db.prepare(`
    UPDATE accounts SET
      locked_until = CASE WHEN failed_attempts + 1 >= @maxFailures THEN @now + @lockMs ELSE locked_until END,
      failed_attempts = CASE WHEN failed_attempts + 1 >= @maxFailures THEN 0 ELSE failed_attempts + 1 END
    WHERE id = @id
    RETURNING locked_until`);
  const useStep = db.prepare(`UPDATE accounts SET totp_last_step = @step WHERE id = @id AND (totp_last_step IS NULL OR totp_last_step < @step)`);
  const dropTokens = db.prepare(`DELETE FROM setup_tokens WHERE account_id = ?`);
  const addToken = db.prepare(`INSERT INTO setup_tokens (token_hash, account_id, expires_at) VALUES (?, ?, ?)`);
  const byToken = db.prepare(`
    SELECT accounts.* FROM setup_tokens JOIN accounts ON accounts.id = setup_tokens.account_id
    WHERE setup_tokens.token_hash = ? AND setup_tokens.expires_at > ?`);
  const replaceToken = db.transaction((/** @type {string} */ tokenHash, /** @type {number} */ accountId, /** @type {number} */ expiresAt) => {
    dropTokens.run(accountId);
    addToken.run(tokenHash, accountId, expiresAt);
  });

  const insertOrganisation = db.prepare(`INSERT INTO organisations (id, name, created_at) VALUES (@id, @name, @created_at)`);
  const organisation = db.prepare(`SELECT id, name FROM organisations WHERE id = ?`);
  const organisations = db.prepare(`
    SELECT organisations.id, organisations.name, COUNT(accounts.id) AS members
    FROM organisations LEFT JOIN accounts ON accounts.organisation_id = organisations.id
    GROUP BY organisations.id ORDER BY organisations.name`);
  const rename = db.prepare(`UPDATE organisations SET name = ? WHERE id = ?`);

  return {
    accounts: {
      create: async (account) =>
        /** @type {any} */ (insert.get({ password_hash: null, totp_secret: null, demo: 0, ...account })),
      findById: async (id) => /** @type {any} */ (byId.get(id)),
      findByEmail: async (email) => /** @type {any} */ (byEmail.get(email)),
      list: async () => /** @type {any[]} */ (all.all()),
      members: async (organisationId) => /** @type {any[]} */ (members.all(organisationId)),
      update: async (id, patch) => {
        const columns = Object.keys(patch);
        if (columns.length === 0) return;
        for (const column of columns) if (!UPDATABLE.has(column)) throw new Error(`accounts.${column} cannot be updated`);
        db.prepare(`UPDATE accounts SET ${columns.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`).run({ ...patch, id });
      },
      recordFailure: async (id, now, { maxFailures, lockMs }) => {
        const row = /** @type {{ locked_until: number | null } | undefined} */ (failure.get({ id, now, maxFailures, lockMs }));
        const lockedUntil = row?.locked_until ?? null;
        return { lockedUntil: lockedUntil !== null && lockedUntil > now ? lockedUntil : null };
      },
      useTotpStep: async (id, step) => useStep.run({ id, step }).changes === 1,
      addSetupToken: async (tokenHash, accountId, expiresAt) => {
        replaceToken(tokenHash, accountId, expiresAt);
      },
      findBySetupToken: async (tokenHash, now) => /** @type {any} */ (byToken.get(tokenHash, now)),
      dropSetupTokens: async (accountId) => {
        dropTokens.run(accountId);
      },
    },
    organisations: {
      create: async (value) => {
        insertOrganisation.run(value);
      },
      find: async (id) => /** @type {any} */ (organisation.get(id)),
      list: async () => /** @type {any[]} */ (organisations.all()),
      rename: async (id, name) => rename.run(name, id).changes === 1,
    },
  };
}
