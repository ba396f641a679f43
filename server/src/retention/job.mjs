import { addMonths, erasureDue, shortestMaxMonths } from './policy.mjs';

const MARGIN_MS = 5 * 24 * 60 * 60 * 1000;

/**
 * The erasure job: clears the personal fields of every report that is due (see
 * policy.mjs), records each erasure in the audit log (actor 'system'), forgets idle
 * sessions, audit entries and sent mails past their own retention, then checkpoints the database so
 * erased values leave the write-ahead log too. It runs when the receiver starts and
 * every hour; `eenzaamheid-hulp-receiver erase-due` runs it once (for a cron job).
 *
 * @param {{ store: import('../store/contract.mjs').Store & { checkpoint?: () => Promise<void> },
 *   policy: import('./policy.mjs').RetentionPolicy, now: () => number, auditMonths: number,
 *   session: { idleMs: number, absoluteMs: number } }} ctx
 * @returns {Promise<{ erased: string[] }>}
 */
export async function runErasure(ctx) {
  const now = ctx.now();
  // Reports received after this are too young to be due for their age (with a margin:
  // month ends make "M months later" and "M months earlier" differ by up to three days).
  const receivedBefore = addMonths(now, -shortestMaxMonths(ctx.policy)) + MARGIN_MS;
  const candidates = await ctx.store.reports.erasureCandidates(receivedBefore);
  /** @type {string[]} */
  const erased = [];
  for (const report of candidates) {
    const due = erasureDue(report, ctx.policy);
    if (due.at > now) continue;
    if (await ctx.store.reports.erase(report.reference, now, due.reason)) {
      erased.push(report.reference);
      await ctx.store.audit.record({ at: now, actor_id: null, actor: 'system', action: 'erase', reference: report.reference, detail: due.reason });
    }
  }
  await ctx.store.sessions.purge(now - ctx.session.idleMs, now - ctx.session.absoluteMs);
  await ctx.store.audit.purge(addMonths(now, -ctx.auditMonths));
  // Sent notices (staff addresses and references, no resident data) are kept as long as the audit log.
  await ctx.store.outbox.purge(addMonths(now, -ctx.auditMonths));
  if (erased.length) await ctx.store.checkpoint?.();
  return { erased };
}
