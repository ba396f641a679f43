import { brusselsMonth } from '../../reach/month.mjs';

/**
 * The SQLite schema as numbered migrations (PRAGMA user_version). A database made by
 * an earlier receiver (version 0, tables without the back office) is brought forward
 * without losing a report; a new one runs them all. Each migration is one transaction.
 */

/** @type {((db: import('better-sqlite3').Database) => void)[]} */
export const MIGRATIONS = [
  // 1: the tables of the first receiver (before versioning), so old files match.
  (db) => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS reports (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        received_at INTEGER NOT NULL,
        about TEXT,
        age_group TEXT,
        area TEXT,
        partner TEXT,
        lang TEXT,
        page TEXT,
        fill_ms INTEGER,
        format TEXT NOT NULL CHECK (format IN ('json', 'open311')),
        payload TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS idempotency (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('processing', 'done')),
        status INTEGER,
        body TEXT,
        created_at INTEGER NOT NULL,
        fingerprint TEXT
      );
      -- Reach counting. Deliberately no IP address, user agent, cookie, session or
      -- visitor id: one row says "this happened on this page in this month", nothing
      -- about who. received_at is rounded down to the hour.
      CREATE TABLE IF NOT EXISTS events (
        name TEXT NOT NULL,
        partner TEXT,
        lang TEXT NOT NULL,
        site TEXT NOT NULL,
        path TEXT NOT NULL,
        visible TEXT,
        kind TEXT,
        resource_type TEXT,
        results TEXT,
        route TEXT,
        month TEXT NOT NULL,
        received_at INTEGER NOT NULL
      );
    `);
  },

  // 2: the back office: organisations, accounts, sessions, audit, report status and
  // erasure, running reach counts.
  (db) => {
    db.exec(`
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE reports_v2 (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        received_at INTEGER NOT NULL,
        month TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('json', 'open311')),
        partner TEXT,
        age_group TEXT,
        about TEXT,
        lang TEXT,
        area TEXT,
        page TEXT,
        fill_ms INTEGER,
        payload TEXT,
        body_hash TEXT,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'assigned', 'contacted', 'closed')),
        organisation_id TEXT REFERENCES organisations (id),
        assigned_at INTEGER,
        contacted_at INTEGER,
        closed_at INTEGER,
        outcome TEXT,
        erased_at INTEGER,
        erasure_reason TEXT
      );
    `);
    const month = db.prepare(`UPDATE reports_v2 SET month = ? WHERE id = ?`);
    db.exec(`
      INSERT INTO reports_v2 (id, reference, received_at, month, format, partner, age_group, about, lang, area, page, fill_ms, payload)
        SELECT id, reference, received_at, '', format, partner, age_group, about, lang, area, page, fill_ms, payload FROM reports;
    `);
    for (const row of /** @type {{ id: string, received_at: number }[]} */ (db.prepare(`SELECT id, received_at FROM reports_v2`).all())) {
      month.run(brusselsMonth(row.received_at), row.id);
    }
    db.exec(`
      DROP TABLE reports;
      ALTER TABLE reports_v2 RENAME TO reports;
      DROP INDEX IF EXISTS events_month;
      -- Which report a remembered answer belongs to, so erasing it forgets the key too.
      ALTER TABLE idempotency ADD COLUMN reference TEXT;
      CREATE INDEX idempotency_reference ON idempotency (reference);
      CREATE INDEX reports_received_at ON reports (received_at DESC);
      CREATE INDEX reports_organisation ON reports (organisation_id, received_at DESC);
      CREATE INDEX reports_month ON reports (month, partner);
      CREATE INDEX reports_open ON reports (erased_at, closed_at);

      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'local-actor')),
        organisation_id TEXT REFERENCES organisations (id),
        password_hash TEXT,
        totp_secret TEXT,
        totp_last_step INTEGER,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        disabled_at INTEGER,
        demo INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        CHECK ((role = 'local-actor') = (organisation_id IS NOT NULL))
      );
      CREATE TABLE setup_tokens (
        token_hash TEXT PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id),
        expires_at INTEGER NOT NULL
      );
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        account_id INTEGER REFERENCES accounts (id),
        data TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_account ON sessions (account_id);

      -- Who did what with which report, never the personal data itself.
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_id INTEGER,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        reference TEXT,
        organisation_id TEXT,
        target_account_id INTEGER,
        detail TEXT,
        ip TEXT
      );
      CREATE INDEX audit_at ON audit (at DESC);
      CREATE INDEX audit_reference ON audit (reference, at DESC);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      -- Running reach counts, kept up to date with every stored event, so the reach
      -- report reads a few hundred rows however many events there are.
      CREATE TABLE reach_counts (
        month TEXT NOT NULL,
        partner TEXT NOT NULL,
        name TEXT NOT NULL,
        detail TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (month, partner, name, detail)
      ) WITHOUT ROWID;
      CREATE TABLE reach_sites (
        month TEXT NOT NULL,
        partner TEXT NOT NULL,
        site TEXT NOT NULL,
        views INTEGER NOT NULL,
        PRIMARY KEY (month, partner, site)
      ) WITHOUT ROWID;
      INSERT INTO reach_counts (month, partner, name, detail, count)
        SELECT month, COALESCE(partner, ''), name,
          CASE name WHEN 'eh-visible' THEN visible WHEN 'eh-resource-click' THEN resource_type WHEN 'eh-route' THEN route ELSE '' END,
          COUNT(*)
        FROM events GROUP BY 1, 2, 3, 4;
      INSERT INTO reach_sites (month, partner, site, views)
        SELECT month, COALESCE(partner, ''), site, COUNT(*) FROM events WHERE name = 'eh-view' GROUP BY 1, 2, 3;
    `);
  },

  // 3: the work on a report (issue 11): the 24-hour deadline, who contacted and closed
  // it, the number of tries, the escalation claim; a history of status changes and
  // assignments (codes only, never personal data), notes (personal data: encrypted with
  // the field cipher, erased with the report) and the mail outbox (reference, deadline
  // and a link only: never personal data).
  (db) => {
    db.exec(`
      ALTER TABLE reports ADD COLUMN deadline_at INTEGER;
      UPDATE reports SET deadline_at = received_at + ${24 * 60 * 60 * 1000};
      ALTER TABLE reports ADD COLUMN assigned_by TEXT;
      ALTER TABLE reports ADD COLUMN contacted_by TEXT;
      ALTER TABLE reports ADD COLUMN closed_by TEXT;
      ALTER TABLE reports ADD COLUMN tries INTEGER;
      ALTER TABLE reports ADD COLUMN escalated_at INTEGER;
      -- When routing ran for the report (assigned, or coordinators told). Reports of an
      -- earlier receiver count as triaged: no mail about old reports after an upgrade.
      ALTER TABLE reports ADD COLUMN triaged_at INTEGER;
      UPDATE reports SET triaged_at = received_at;
      -- Reports of an earlier receiver past their deadline count as escalated: no flood of
      -- warnings about old reports after an upgrade (younger ones are still warned about).
      UPDATE reports SET escalated_at = received_at + ${24 * 60 * 60 * 1000} WHERE received_at + ${24 * 60 * 60 * 1000} < ${Date.now()};
      CREATE INDEX reports_deadline ON reports (status, deadline_at);
      CREATE INDEX reports_untriaged ON reports (triaged_at) WHERE triaged_at IS NULL;

      CREATE TABLE report_history (
        id INTEGER PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES reports (id),
        at INTEGER NOT NULL,
        actor_id INTEGER,
        actor TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('assign', 'status', 'escalate')),
        from_status TEXT,
        to_status TEXT,
        organisation_id TEXT,
        detail TEXT
      );
      CREATE INDEX report_history_report ON report_history (report_id, at);

      CREATE TABLE report_notes (
        id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES reports (id),
        at INTEGER NOT NULL,
        author_id INTEGER,
        author TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX report_notes_report ON report_notes (report_id, at);

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('notice', 'escalation')),
        reference TEXT,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        text TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER,
        last_attempt_at INTEGER,
        last_error TEXT,
        sent_at INTEGER
      );
      CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
      CREATE INDEX outbox_reference ON outbox (reference);
    `);
  },

  // 4: the inbox as a work tool (issue 11): each account's language for the back
  // office, and indexes for the inbox's order and filters (partner; organisation has
  // its own), so a page of the list never sorts the whole table.
  (db) => {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN lang TEXT CHECK (lang IN ('nl', 'fr', 'en'));
      CREATE INDEX reports_partner ON reports (partner, received_at DESC);
      -- The list's two halves, each read in its order and stopped at the page's end.
      CREATE INDEX reports_open_by_deadline ON reports (deadline_at, received_at DESC, reference) WHERE status IN ('new', 'assigned');
      CREATE INDEX reports_done_by_received ON reports (received_at DESC, reference) WHERE status IN ('contacted', 'closed');
    `);
  },
];

/**
 * Bring the database to the latest version.
 * @param {import('better-sqlite3').Database} db
 */
export function migrate(db) {
  const current = /** @type {number} */ (db.pragma('user_version', { simple: true }));
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    const step = /** @type {(db: import('better-sqlite3').Database) => void} */ (MIGRATIONS[version]);
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

export const SCHEMA_VERSION = MIGRATIONS.length;
