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
 * @property {number} deadline_at        received_at + 24 real hours (DEADLINE_MS in ../workflow/clock.mjs), set by the adapter on create
 * @property {string | null} assigned_by  who assigned it last: an account's e-mail, or 'routing'
 * @property {string | null} contacted_by an account's e-mail
 * @property {string | null} closed_by    an account's e-mail
 * @property {number | null} tries        with outcome 'not-reachable': how many calls were tried
 * @property {number | null} escalated_at when the escalation mail was claimed (once per report)
 * @property {number | null} triaged_at  when routing ran for it (assigned, or coordinators told); null: not yet
 *
 * @typedef {'reached' | 'not-reachable' | 'referred' | 'no-help-wanted'} Outcome
 *
 * @typedef {object} Actor  who changes a report: a signed-in account, or the receiver itself
 * @property {number | null} actorId   the account's id; null for 'routing' and 'system'
 * @property {string} actor            the account's e-mail at the time, 'routing' or 'system'
 *
 * @typedef {object} OutgoingMail  one e-mail to one recipient, as the outbox keeps it.
 *   Never personal data of a report: the reference, the deadline and a link only.
 * @property {'notice' | 'escalation'} kind
 * @property {string | null} reference
 * @property {string} recipient   a staff member's e-mail address
 * @property {string} subject
 * @property {string} text
 *
 * @typedef {object} OutboxRow
 * @property {number} id
 * @property {number} created_at
 * @property {'notice' | 'escalation'} kind
 * @property {string | null} reference
 * @property {string} recipient
 * @property {string} subject
 * @property {string} text
 * @property {number} attempts         sending attempts made so far
 * @property {number} next_attempt_at  not sent before this (epoch ms)
 * @property {number | null} lease_until  a worker holds it until then
 * @property {number | null} last_attempt_at
 * @property {string | null} last_error  the SMTP error of the last attempt (never personal data)
 * @property {number | null} sent_at
 *
 * @typedef {object} HistoryEntry  one change of a report's handling: codes only, never personal data.
 * @property {number} at
 * @property {number | null} actor_id
 * @property {string} actor
 * @property {'assign' | 'status' | 'escalate'} action
 * @property {ReportStatus | null} from_status
 * @property {ReportStatus | null} to_status
 * @property {string | null} organisation_id  the organisation after the change
 * @property {string | null} detail  'rule:N' for routing, the outcome (and ':tries') for closing
 *
 * @typedef {object} NoteRow  a note by staff on a report: personal data (encrypted, erased with the report).
 * @property {string} id      a uuid made by the caller (the cipher binds the text to it)
 * @property {string} reference
 * @property {number} at
 * @property {number | null} author_id
 * @property {string} author  the author's e-mail at the time
 * @property {string} text    encrypted when a key is set
 *
 * @typedef {object} WorkflowStatus  a report's handling, without any personal data (Open311 status, API).
 * @property {string} reference
 * @property {ReportStatus} status
 * @property {string | null} organisation_id
 * @property {number} received_at
 * @property {number} deadline_at
 * @property {number | null} assigned_at
 * @property {number | null} contacted_at
 * @property {number | null} closed_at
 * @property {Outcome | null} outcome
 * @property {number | null} escalated_at
 * @property {boolean} erased
 *
 * @typedef {object} ReportQuery  which reports the inbox lists, and which page of them
 * @property {string | null} [organisationId]   only the reports assigned to this organisation
 * @property {boolean} [unassigned]             only the reports assigned to no organisation
 * @property {ReportStatus[] | null} [statuses] only reports with one of these statuses
 * @property {string | null} [partner]          only the reports from this partner
 * @property {number | null} [overdueAt]        only open reports (new, assigned) whose deadline is before this moment
 * @property {number | null} [receivedAfter]    only reports received after this moment (epoch ms)
 * @property {number} now                       the moment that decides the order (what is overdue)
 * @property {number} limit                     0 or more
 * @property {number} offset                    0 or more
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
 * @property {'nl' | 'fr' | 'en' | null} lang  the back office's language chosen by the person; null: from the browser
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
 * @property {NoteStore} notes
 * @property {OutboxStore} outbox
 * @property {(path: string) => Promise<void>} backup  a consistent copy while the receiver runs
 * @property {() => Promise<void>} [checkpoint]  after an erasure: make sure erased values are gone from logs/journals too
 * @property {() => Promise<void>} close
 *
 * @typedef {object} ReportStore
 * @property {(row: Omit<ReportRow, 'reference' | 'status' | 'organisation_id' | 'assigned_at' | 'contacted_at' | 'closed_at' | 'outcome' | 'erased_at' | 'erasure_reason'
 *   | 'deadline_at' | 'assigned_by' | 'contacted_by' | 'closed_by' | 'tries' | 'escalated_at' | 'triaged_at'>,
 *   options: { key: string | null, newReference: () => string, answer: (reference: string) => { status: number, body: string } })
 *   => Promise<{ created: true, reference: string, status: number, body: string } | { created: false, existing: ReportRow }>} create
 *   Stores a report with a reference not yet in use and, in the same transaction, writes
 *   the idempotency key's answer. When a report with this id exists, stores nothing.
 * @property {(id: string) => Promise<ReportRow | undefined>} findById
 * @property {(reference: string) => Promise<ReportRow | undefined>} findByReference
 * @property {(options: { organisationId?: string | null, limit: number, offset: number, order?: 'newest' | 'urgency', now?: number }) => Promise<{ rows: ReportRow[], total: number }>} list
 *   with organisationId only the reports assigned to it. order 'newest' (default): newest
 *   first. order 'urgency' (needs `now`): first the open reports (new, assigned) whose
 *   deadline_at is before `now`, most overdue first; then the other open reports by
 *   deadline_at, soonest first; then the rest (contacted, closed), newest first.
 * @property {() => Promise<number>} count
 * @property {(query: ReportQuery) => Promise<{ rows: ReportRow[], total: number }>} search
 *   The inbox's list. `rows`: at most `limit` reports (none when limit is 0) that match
 *   every filter given, skipping the first `offset`, in this order: first the open
 *   reports (new, assigned) whose deadline_at is before `now`, most overdue first;
 *   then the other open reports, soonest deadline first; then the rest (contacted,
 *   closed), newest first; ties by received_at newest first, then by reference, so
 *   pages never overlap or skip (list's 'urgency' order, with a tie-break). `total`:
 *   how many match, whatever limit and offset. Done in the database with indexes,
 *   never by reading every row.
 * @property {(organisationId: string | null) => Promise<string[]>} partners
 *   the distinct partners of the stored reports (of one organisation when given), sorted; no nulls
 * @property {(reference: string, organisationId: string, change: Actor & { at: number, detail?: string | null, mail: OutgoingMail[] }) => Promise<boolean>} assign
 *   In one transaction: when the report exists, is not erased or closed, and is not
 *   assigned to this organisation already, sets organisation_id, assigned_at,
 *   assigned_by, status 'new' → 'assigned' (a contacted report stays contacted), adds
 *   a history entry (action 'assign', detail as given) and puts `mail` in the outbox
 *   (next_attempt_at = at). Returns true; otherwise writes nothing and returns false.
 * @property {(reference: string, change: Actor & { status: 'contacted' | 'closed', at: number, outcome?: Outcome | null, tries?: number | null }) => Promise<boolean>} setStatus
 *   In one transaction: 'contacted' from 'new' or 'assigned' (sets contacted_at/by);
 *   'closed' from any open status with an outcome (sets closed_at/by, outcome, tries;
 *   contacted_at stays as it was). Adds a history entry (detail: the outcome, with
 *   ':N' tries for 'not-reachable'). Returns false, writing nothing, for any other
 *   transition, an erased or unknown report, or a close without outcome.
 * @property {(receivedAtOrBefore: number) => Promise<Pick<ReportRow, 'reference' | 'received_at' | 'deadline_at' | 'organisation_id' | 'partner' | 'status'>[]>} escalationCandidates
 *   open reports (new, assigned), not erased, never escalated, received at or before the moment given
 * @property {(reference: string, at: number, mail: OutgoingMail[]) => Promise<boolean>} claimEscalation
 *   Atomically, also with several receivers on one database: sets escalated_at only when
 *   it is still empty and the report is open (new, assigned) and not erased; only then
 *   adds a history entry (action 'escalate', actor 'system') and puts `mail` in the
 *   outbox, in the same transaction. Exactly one caller gets true per report.
 * @property {(limit: number) => Promise<string[]>} untriaged
 *   references of reports not erased whose routing has not run yet (triaged_at null), oldest first
 * @property {(reference: string, triage: Actor & { at: number, organisationId: string | null, detail?: string | null, mail: OutgoingMail[] }) => Promise<boolean>} triage
 *   Atomically, also with several receivers on one database: claims the report's routing
 *   (sets triaged_at only when it is still null and the report is not erased); only the
 *   winner, in the same transaction, assigns it to organisationId when given (as
 *   `assign` does: status, assigned_at/by, a history entry with `detail`) and puts
 *   `mail` in the outbox. When the report was closed or given an organisation by hand
 *   before, the winner only claims (no assignment, no mail). Returns true for the winner;
 *   false (nothing written) otherwise.
 * @property {(reference: string) => Promise<HistoryEntry[]>} history  oldest first
 * @property {(reference: string) => Promise<WorkflowStatus | undefined>} workflow
 *   the report's handling, without personal data (for Open311 status and the API)
 * @property {(reference: string, at: number, reason: string) => Promise<boolean>} erase
 *   clears every personal field and deletes the report's notes, in one transaction;
 *   false when there was no such report or it was erased already
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
 * @property {(month: string | null) => Promise<Pick<ReportRow, 'partner' | 'month' | 'received_at' | 'deadline_at' | 'contacted_at' | 'closed_at' | 'status' | 'outcome'>[]>} handling
 *   one row per report of the month (all months when null): its handling times and outcome,
 *   no personal field (kept after erasure, for the council's figures)
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
 * @typedef {object} NoteStore  Notes are personal data: the text arrives encrypted (when a key is set);
 *   reading them is logged by the caller (the report page's 'view-report' audit entry).
 * @property {(note: NoteRow) => Promise<boolean>} add
 *   false (nothing stored) when the report does not exist or is erased
 * @property {(reference: string) => Promise<NoteRow[]>} list  oldest first
 * @property {() => Promise<Pick<NoteRow, 'id' | 'text'>[]>} personalFields  for key rotation
 * @property {(id: string, text: string) => Promise<void>} updateText  for key rotation
 *
 * @typedef {object} OutboxStore  Mail waiting to be sent; written with the change it is about.
 * @property {(mail: OutgoingMail[], at: number) => Promise<void>} enqueue  in one transaction, due at `at`
 * @property {(now: number, options: { leaseMs: number, limit: number }) => Promise<OutboxRow[]>} claim
 *   Atomically takes up to `limit` unsent mails due at `now` that no worker holds (or
 *   whose lease ran out), oldest first, and holds them until now + leaseMs: two
 *   receivers never send the same mail at once.
 * @property {(id: number, at: number) => Promise<void>} markSent  sets sent_at, counts the attempt, ends the lease
 * @property {(id: number, failure: { at: number, error: string, nextAttemptAt: number }) => Promise<void>} markFailed
 *   counts the attempt, keeps the error, ends the lease, due again at nextAttemptAt
 * @property {(reference: string) => Promise<OutboxRow[]>} forReference  oldest first
 * @property {() => Promise<number>} failing  unsent mails with at least one failed attempt
 * @property {(sentBefore: number) => Promise<number>} purge  deletes mails sent before the moment given; returns how many
 *
 * @typedef {object} SettingStore
 * @property {(key: string) => Promise<string | undefined>} get
 * @property {(key: string, value: string) => Promise<void>} set
 * @property {(key: string, value: string) => Promise<string>} setIfAbsent
 *   stores the value unless the key has one; returns the stored value (two receivers
 *   starting together on one database agree on one)
 */

export {};
