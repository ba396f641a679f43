import { createHash } from 'node:crypto';
import { reportSchema } from 'eenzaamheid-hulp/schema';
import { readBody, sendJson, sendTooLarge } from './http-util.mjs';
import { isValidKey, withIdempotency } from './idempotency.mjs';
import { randomReference, uniqueReference } from './reference.mjs';

/**
 * POST /reports: the widget's own JSON format, validated with the same schema the
 * widget uses, so both sides agree on what a valid report is.
 * @param {import('./receiver.mjs').Context} ctx
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function handleReport(ctx, req, res) {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') return sendJson(res, 400, { error: 'idempotency-key-required' });
  if (!isValidKey(key)) return sendJson(res, 400, { error: 'idempotency-key-invalid' });

  const read = await readBody(req, ctx.maxBodyBytes);
  if (!read.ok) {
    if (read.reason === 'too-large') sendTooLarge(res);
    return;
  }

  /** @type {any} */
  let value;
  try {
    value = JSON.parse(read.text);
  } catch {
    return sendJson(res, 400, { error: 'invalid-json' });
  }
  // The key is the report id, so a retried report can never be stored under a second id.
  if (value !== null && typeof value === 'object' && value.id !== undefined && value.id !== key) {
    return sendJson(res, 400, { error: 'idempotency-key-mismatch' });
  }

  const fingerprint = createHash('sha256').update(read.text).digest('hex');
  await withIdempotency(ctx, res, key, fingerprint, async () => {
    const failure = await ctx.failSwitch?.apply(ctx.signal);
    if (failure) return failure;

    // A bot filled the hidden field: answer exactly like success so it learns nothing,
    // and store nothing (not even the key) so no bot data lands in the database.
    if (value !== null && typeof value === 'object' && typeof value.honeypot === 'string' && value.honeypot.trim() !== '') {
      return { status: 201, body: JSON.stringify({ reference: randomReference(), receivedAt: new Date(ctx.now()).toISOString() }) };
    }

    const parsed = reportSchema.safeParse(value);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), code: issue.code }));
      return { status: 422, body: JSON.stringify({ errors }), remember: true };
    }
    const report = parsed.data;

    return {
      commit: () => {
        // Same id already stored (its key expired or was purged): answer with the first reference.
        const existing = ctx.reports.findById(report.id);
        if (existing) {
          return { status: 201, body: JSON.stringify({ reference: existing.reference, receivedAt: new Date(existing.received_at).toISOString() }) };
        }
        const receivedAt = ctx.now();
        const reference = uniqueReference(ctx.reports.isReferenceTaken);
        ctx.reports.insert({
          id: report.id,
          reference,
          received_at: receivedAt,
          about: report.about,
          age_group: report.ageGroup,
          area: report.area,
          partner: report.partner ?? null,
          lang: report.lang,
          page: report.page ?? null,
          fill_ms: report.fillMs ?? null,
          format: 'json',
          payload: JSON.stringify(report),
        });
        return { status: 201, body: JSON.stringify({ reference, receivedAt: new Date(receivedAt).toISOString() }) };
      },
    };
  });
}
