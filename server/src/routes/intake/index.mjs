import formbodyPlugin from '../../plugins/external/formbody.mjs';
import controlRoutes from './control.mjs';
import eventRoutes from './events.mjs';
import open311Routes from './open311/index.mjs';
import { sendErrors } from './open311/reply.mjs';
import reportRoutes from './reports.mjs';

/**
 * The intake, open to the world (partner pages post here): POST /reports (the widget's
 * JSON), Open311 GeoReport v2 (discovery, services, POST and GET requests, JSON and XML),
 * POST /events (reach beacons), and with
 * `control` the demo's fail switch. No session, no cookie is read or set here.
 * CORS (app-wide) answers the allowed origins only; a browser page on any other origin
 * cannot even send a report (403: a form-encoded POST needs no preflight, so CORS alone
 * would not stop it). Requests without Origin (curl, servers) are not a browser threat and pass.
 * @param {import('fastify').FastifyInstance} app
 */
export default async function intake(app) {
  app.mountAccess(app, 'public');
  const allowed = new Set(app.config.allowedOrigins);
  /** @param {string | undefined} origin */
  const isAllowedOrigin = (origin) => origin !== undefined && allowed.has(origin);
  app.decorate('isAllowedOrigin', isAllowedOrigin);

  // While a report is being received, no back-office read starts its work (beacons,
  // which nobody waits for, do not hold the readers).
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.report === true) app.intakePriority.hold(request);
  });
  app.addHook('onResponse', async (request) => app.intakePriority.release(request));
  app.addHook('onRequestAbort', async (request) => app.intakePriority.release(request));

  // CORS itself is app-wide (plugins/external/cors.mjs), so a 404 is readable too.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined || isAllowedOrigin(origin)) return;
    // A beacon cannot read the answer anyway: its route refuses quietly with 204.
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.routeOptions.config?.anyOrigin) {
      reply.header('Vary', 'Origin');
      if (request.routeOptions.config?.open311 !== undefined) return sendErrors(request, reply, 403, ['this page\'s origin may not send reports']);
      reply.code(403).send({ error: 'origin-not-allowed' });
      return reply;
    }
  });
  await app.register(formbodyPlugin);
  // sendBeacon posts JSON as text/plain; parsed like JSON, prototype keys dropped.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, app.getDefaultJsonParser('remove', 'remove'));

  await app.register(reportRoutes);
  await app.register(open311Routes);
  await app.register(eventRoutes);
  if (app.config.control && app.failSwitch) await app.register(controlRoutes);
}
