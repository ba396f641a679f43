import { describeError } from '../../../plugins/app/responses.mjs';
import discoveryRoutes from './discovery.mjs';
import requestRoutes from './requests.mjs';
import { sendErrors } from './reply.mjs';
import serviceRoutes from './services.mjs';

/**
 * Open311 GeoReport v2 (see ../../../open311/): discovery, the service list and its
 * definition, POST and GET service requests, each as `.json` and `.xml`. Every answer,
 * errors included (a rate limit, a body too large, an unknown media type), is GeoReport's
 * shape in the format the path names.
 */

/** Descriptions for describeError's short codes. */
const DESCRIPTIONS = /** @type {Record<string, string>} */ ({
  'payload-too-large': 'the request is too large',
  'unsupported-media-type': 'Content-Type must be application/x-www-form-urlencoded',
  'rate-limited': 'too many requests: try again after the seconds in Retry-After',
  'invalid-json': 'Content-Type must be application/x-www-form-urlencoded',
  'bad-request': 'bad request',
  internal: 'internal error: nothing was stored, try again later',
});

export default async function open311(/** @type {import('fastify').FastifyInstance} */ app) {
  app.setErrorHandler(async (error, request, reply) => {
    const described = describeError(error);
    if (described.status === 500) request.log.error({ err: { message: error.message, code: /** @type {any} */ (error).code, stack: error.stack } }, 'request failed');
    if (described.headers) reply.headers(described.headers);
    return sendErrors(request, reply, described.status, [DESCRIPTIONS[described.error] ?? 'bad request']);
  });
  await app.register(discoveryRoutes);
  await app.register(serviceRoutes);
  await app.register(requestRoutes);
}
