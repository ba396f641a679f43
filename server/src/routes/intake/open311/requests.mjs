import { REFERENCE_PATTERN } from '../../../intake/reference.mjs';
import { apiKeyProblem, jurisdictionProblem } from '../../../open311/access.mjs';
import { render, splitFormat } from '../../../open311/answer.mjs';
import { receiveOpen311 } from '../../../open311/intake.mjs';
import { toServiceRequest } from '../../../open311/status.mjs';
import { formatOf, sendErrors } from './reply.mjs';

/**
 * POST /requests.json|.xml: a report (see open311/intake.mjs).
 * GET /requests/{id}.json|.xml and GET /requests.json|.xml?service_request_id=A,B: the
 * status of reports whose reference the client knows, nothing personal (open311/status.mjs).
 * Never a list: without service_request_id, 400. With api keys configured, GET needs one too.
 */

/** At most this many references per GET: one request must not test many guesses. */
export const MAX_IDS = 10;

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {unknown} ids  the references asked, as given
 * @param {{ single: boolean }} mode  one reference in the path (404 when unknown) or a list
 */
async function answerStatus(app, request, reply, ids, { single }) {
  const { config } = app;
  const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
  const denied = apiKeyProblem(config.open311ApiKeys, query.api_key);
  if (denied) return sendErrors(request, reply, 403, [denied]);
  const elsewhere = jurisdictionProblem(config.open311Jurisdiction, query.jurisdiction_id);
  if (elsewhere) return sendErrors(request, reply, 404, [elsewhere]);
  if (typeof ids !== 'string' || ids.trim() === '') {
    return sendErrors(request, reply, 400, ['service_request_id is required: this endpoint gives the status of known requests, it never lists them']);
  }
  const references = [...new Set(ids.split(',').map((id) => id.trim().toUpperCase()).filter(Boolean))];
  if (references.length > MAX_IDS) return sendErrors(request, reply, 400, [`at most ${MAX_IDS} service_request_id values at once`]);
  const known = references.filter((reference) => REFERENCE_PATTERN.test(reference));
  const rows = [];
  for (const reference of known) {
    const row = await app.store.reports.workflow(reference);
    if (row) rows.push(row);
  }
  if (single && rows.length === 0) return sendErrors(request, reply, 404, ['service_request_id not found']);
  const { contentType, body } = render(formatOf(request), 'service_requests', rows.map(toServiceRequest));
  return reply.type(contentType).send(body);
}

/** Descriptions for the intake's outcomes that are not GeoReport errors of their own. */
const OUTCOME_DESCRIPTIONS = /** @type {Record<number, string>} */ ({
  409: 'this report is still being received: try again after Retry-After',
  500: 'internal error: nothing was stored, try again later',
  503: 'the receiver cannot take reports now: nothing was stored, try again after Retry-After',
});

/**
 * The intake's JSON outcome, in the request's format. A GeoReport error array stays
 * itself; any other failure (the demo's fail switch, a 409 while the first send is
 * handled) becomes one GeoReport error with its status.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {import('../../../intake/idempotency.mjs').Outcome} outcome
 */
function sendOutcome(request, reply, outcome) {
  reply.code(outcome.status);
  if (outcome.headers) reply.headers(outcome.headers);
  // The demo's captive-portal page is sent as it is: that is its point.
  if (outcome.contentType) return reply.type(outcome.contentType).send(outcome.body);
  let value = JSON.parse(outcome.body);
  const ok = outcome.status >= 200 && outcome.status < 300;
  if (!ok && !(Array.isArray(value) && value.every((entry) => entry && typeof entry.description === 'string'))) {
    value = [{ code: outcome.status, description: OUTCOME_DESCRIPTIONS[outcome.status] ?? 'the request could not be handled' }];
  }
  const { contentType, body } = render(formatOf(request), ok ? 'service_requests' : 'errors', value);
  return reply.type(contentType).send(body);
}

export default async function requestRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const { config } = app;
  const readLimit = { max: config.open311RateLimit.limit, timeWindow: config.open311RateLimit.windowMs };

  for (const format of /** @type {const} */ (['json', 'xml'])) {
    app.post(`/requests.${format}`, {
      bodyLimit: config.maxBodyBytes,
      config: { open311: format, report: true, rateLimit: { max: config.rateLimit.limit, timeWindow: config.rateLimit.windowMs } },
      handler: async (request, reply) => {
        const outcome = await receiveOpen311(
          {
            store: app.store,
            cipher: app.cipher,
            now: config.now,
            minFillMs: config.minFillMs,
            duplicateWindowMs: config.duplicateWindowMs,
            apiKeys: config.open311ApiKeys,
            jurisdiction: config.open311Jurisdiction,
            failSwitch: app.failSwitch,
            signal: app.closing,
          },
          {
            key: request.headers['idempotency-key'],
            contentType: request.headers['content-type'],
            body: request.body,
            queryApiKey: /** @type {Record<string, unknown>} */ (request.query ?? {}).api_key,
          },
        );
        return sendOutcome(request, reply, outcome);
      },
    });

    app.get(`/requests.${format}`, {
      config: { open311: format, rateLimit: readLimit },
      handler: async (request, reply) =>
        answerStatus(app, request, reply, /** @type {Record<string, unknown>} */ (request.query ?? {}).service_request_id, { single: false }),
    });
  }

  app.get('/requests/:file', {
    config: { rateLimit: readLimit },
    handler: async (request, reply) => {
      const file = splitFormat(/** @type {{ file: string }} */ (request.params).file);
      if (!file) return sendErrors(request, reply, 404, ['not found: use /requests/{service_request_id}.json or .xml']);
      return answerStatus(app, request, reply, file.name, { single: true });
    },
  });
}
