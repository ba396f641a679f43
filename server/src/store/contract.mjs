/**
 * What the receiver needs from a database: one interface, one adapter per database
 * (`sqlite/`, the embedded default; `pg/`, PostgreSQL for several receivers), with all SQL
 * inside the adapter. Every method is async, so an adapter over a network database
 * fits; the SQLite adapter answers synchronously inside. Methods that must be atomic
 * (claiming an idempotency key, storing a report together with its answer) are one
 * method each, so each adapter can use its own transaction or lock.
 *
 * The same test suite runs against every adapter (server/test/store.test.mjs and the
 * HTTP tests through `openStore`). Personal fields arrive here already encrypted when
 * encryption at rest is on (see ../crypto/field-cipher.mjs): adapters store text.
 *
 * @typedef {'new' | 'assigned' | 'contacted' | 'closed'} ReportStatus
 *
 * @typedef {object} ReportRow  A report as stored.
 * @property {string} id                the report's uuid (JSON) or a random uuid (Open311)
 * @property {string} reference         8 characters, what the resident and the staff quote
 * @property {number} received_at       epoch ms
 * @property {string} month             'YYYY-MM' in Europe/Brussels, for the reach counts
 * @property {'json' | 'open311'} format
 * @property {string | null} partner    kept after erasure (counts)
 * @property {string | null} age_group  kept after erasure (counts)
 * @property {string | null} about      personal: erased
 * @property {string | null} lang       personal: erased
 * @property {string | null} area       personal: erased (encrypted when a key is set)
 * @property {string | null} page       personal: erased
 * @property {number | null} fill_ms    personal: erased
 * @property {string | null} payload    personal: erased (JSON, encrypted when a key is set)
 * @property {string | null} body_hash  fingerprint of what was sent, to tell a retry from a different report; erased
 * @property {ReportStatus} status
 * @property {string | null} organisation_id
 * @property {number | null} assigned_at
 * @property {number | null} contacted_at
 * @property {number | null} closed_at
 * @property {string | null} outcome
 * @property {number | null} erased_at
 * @property {string | null} erasure_reason
 *
 * @typedef {{ kind: 'new' } | { kind: 'in-progress', fingerprint: string | null }
 *   | { kind: 'done', status: number, body: string, fingerprint: string | null }} KeyClaim
 *
 * @typedef {object} Account
 * @property {number} id
 * @property {string} email
 * @property {string} name
 * @property {'admin' | 'coordinator' | 'local-actor'} role
 * @property {string | null} organisation_id  set for local actors only
 * @property {string | null} password_hash
 * @property {string | null} totp_secret      encrypted when a key is set
 * @property {number | null} totp_last_step   the last accepted 30 s step (no replay)
 * @property {number} failed_attempts
 * @property {number | null} locked_until
 * @property {number | null} disabled_at
 * @property {number} demo                    1 for accounts seeded by the demo
 * @property {number} created_at
 *
 * @typedef {object} AuditEntry
 * @property {number} [id]
 * @property {number} at
 * @property {number | null} actor_id
 * @property {string} actor            the account's e-mail at the time, 'system' or 'cli'
 * @property {string} action
 * @property {string | null} [reference]
 * @property {string | null} [organisation_id]
 * @property {number | null} [target_account_id]
 * @property {string | null} [detail]  a code (outcome, reason, role), never personal data
 * @property {string | null} [ip]      for sign-in events only
 *
 * @typedef {object} Store
 * @property {'sqlite' | 'pg'} kind
 * @property {Promise<void>} [ready]  resolves when the database is ready (migrated); methods wait for it themselves
 * @property {ReportStore} reports
 * @property {IdempotencyStore} idempotency
 * @property {EventStore} events
 * @property {ReachStore} reach
 * @property {AccountStore} accounts
 * @property {OrganisationStore} organisations
 * @property {SessionStore} sessions
 * @property {AuditStore} audit
 * @property {SettingStore} settings
 * @property {(path: string) => Promise<void>} backup  a consistent copy while the receiver runs
 * @property {() => Promise<void>} [checkpoint]  after an erasure: make sure erased values are gone from logs/journals too
 * @property {() => Promise<void>} close
 *
 * @typedef {object} ReportStore
 * @property {(row: Omit<ReportRow, 'reference' | 'status' | 'organisation_id' | 'assigned_at' | 'contacted_at' | 'closed_at' | 'outcome' | 'erased_at' | 'erasure_reason'>,
 *   options: { key: string | null, newReference: () => string, answer: (reference: string) => { status: number, body: string } })
 *   => Promise<{ created: true, reference: string, status: number, body: string } | { created: false, existing: ReportRow }>} create
 *   Stores a report with a reference not yet in use and, in the same transaction, writes
 *   the idempotency key's answer. When a report with this id exists, stores nothing.
 * @property {(id: string) => Promise<ReportRow | undefined>} findById
 * @property {(reference: string) => Promise<ReportRow | undefined>} findByReference
 * @property {(options: { organisationId?: string | null, limit: number, offset: number }) => Promise<{ rows: ReportRow[], total: number }>} list
 *   newest first; with organisationId only the reports assigned to it
 * @property {() => Promise<number>} count
 * @property {(reference: string, organisationId: string, at: number) => Promise<boolean>} assign
 * @property {(reference: string, change: { status: ReportStatus, at: number, outcome?: string | null }) => Promise<boolean>} setStatus
 * @property {(reference: string, at: number, reason: string) => Promise<boolean>} erase
 *   clears every personal field; false when there was no such report or it was erased already
 * @property {(receivedBefore: number) => Promise<Pick<ReportRow, 'reference' | 'partner' | 'received_at' | 'closed_at'>[]>} erasureCandidates
 *   reports not yet erased that are closed, or received before `receivedBefore`
 * @property {() => Promise<Pick<ReportRow, 'id' | 'area' | 'payload'>[]>} personalFields  for key rotation
 * @property {(id: string, fields: { area: string | null, payload: string | null }) => Promise<void>} updatePersonalFields
 *
 * @typedef {object} IdempotencyStore
 * @property {(key: string, fingerprint: string, now: number, options?: { windowMs?: number }) => Promise<KeyClaim>} claim
 *   atomically: a free key (or one whose holder died, or older than `windowMs`) is taken
 *   and 'new' returned; otherwise what is there. A key whose answer was a 422 is taken
 *   again for a different body (the resident corrected a field). The SQLite adapter
 *   holds claims in its process (one receiver serves one file), so a claim costs no
 *   disk flush; an adapter for a database shared by several receivers keeps them in
 *   the database (a row or a lock).
 * @property {(key: string, status: number, body: string) => Promise<void>} complete
 * @property {(key: string) => Promise<void>} release
 *
 * @typedef {object} EventStore
 * @property {(event: import('../reach/event-payload.mjs').EventRow, receivedAt: number, month: string) => Promise<void>} insert
 *   stores the event and adds it to the running reach counts in one transaction
 * @property {(list: { event: import('../reach/event-payload.mjs').EventRow, receivedAt: number, month: string }[]) => Promise<void>} insertMany
 *   many at once, in one transaction (imports, the benchmark)
 * @property {() => Promise<number>} count
 *
 * @typedef {object} ReachStore  Reads of the running counts: small, whatever the number of events.
 * @property {(month: string | null) => Promise<any[]>} eventCounts
 * @property {(month: string | null) => Promise<any[]>} visibleBuckets
 * @property {(month: string | null) => Promise<any[]>} siteViews
 * @property {(month: string | null) => Promise<any[]>} reportCounts
 *
 * @typedef {object} AccountStore
 * @property {(account: { email: string, name: string, role: Account['role'], organisation_id: string | null, password_hash?: string | null, totp_secret?: string | null, demo?: number, created_at: number }) => Promise<Account>} create
 * @property {(id: number) => Promise<Account | undefined>} findById
 * @property {(email: string) => Promise<Account | undefined>} findByEmail  case-insensitive
 * @property {() => Promise<Account[]>} list
 * @property {(organisationId: string) => Promise<Account[]>} members
 * @property {(id: number, patch: Partial<Omit<Account, 'id' | 'created_at'>>) => Promise<void>} update
 * @property {(id: number, now: number, policy: { maxFailures: number, lockMs: number }) => Promise<{ lockedUntil: number | null }>} recordFailure
 *   counts one failed attempt atomically and locks the account when it reaches maxFailures
 * @property {(id: number, step: number) => Promise<boolean>} useTotpStep  false when this step or a later one was used already
 * @property {(tokenHash: string, accountId: number, expiresAt: number) => Promise<void>} addSetupToken  replaces the account's earlier tokens
 * @property {(tokenHash: string, now: number) => Promise<Account | undefined>} findBySetupToken
 * @property {(accountId: number) => Promise<void>} dropSetupTokens
 *
 * @typedef {object} OrganisationStore
 * @property {(organisation: { id: string, name: string, created_at: number }) => Promise<void>} create
 * @property {(id: string) => Promise<{ id: string, name: string } | undefined>} find
 * @property {() => Promise<{ id: string, name: string, members: number }[]>} list
 * @property {(id: string, name: string) => Promise<boolean>} rename
 *
 * @typedef {object} SessionStore  Session ids arrive hashed: a copy of the database signs nobody in.
 * @property {(idHash: string) => Promise<{ data: string, account_id: number | null, created_at: number, last_seen_at: number } | undefined>} get
 * @property {(idHash: string, data: string, accountId: number | null, now: number) => Promise<void>} set
 * @property {(idHash: string) => Promise<void>} destroy
 * @property {(accountId: number) => Promise<void>} destroyForAccount
 * @property {(idleBefore: number, createdBefore: number) => Promise<number>} purge
 *
 * @typedef {object} AuditStore
 * @property {(entry: AuditEntry) => Promise<void>} record
 * @property {(options: { reference?: string | null, limit: number, offset: number }) => Promise<{ rows: AuditEntry[], total: number }>} list  newest first
 * @property {(before: number) => Promise<number>} purge
 *
 * @typedef {object} SettingStore
 * @property {(key: string) => Promise<string | undefined>} get
 * @property {(key: string, value: string) => Promise<void>} set
 * @property {(key: string, value: string) => Promise<string>} setIfAbsent
 *   stores the value unless the key has one; returns the stored value (two receivers
 *   starting together on one database agree on one)
 */

export {};
