import access from './plugins/app/access.mjs';
import context from './plugins/app/context.mjs';
import hostCheck from './plugins/app/host-check.mjs';
import { intakePriorityPlugin } from './plugins/app/read-gate.mjs';
import responses from './plugins/app/responses.mjs';
import workflow from './plugins/app/workflow.mjs';
import cors from './plugins/external/cors.mjs';
import helmet from './plugins/external/helmet.mjs';
import rateLimit from './plugins/external/rate-limit.mjs';
import assetRoutes from './routes/assets/index.mjs';
import backOffice from './routes/back-office.mjs';
import intake from './routes/intake/index.mjs';

/**
 * The receiver as a Fastify plugin, in the fastify/demo layout:
 *  - plugins/external: each kept library wrapped once (helmet, rate limit, cookie and
 *    session, CSRF, CORS, form bodies);
 *  - plugins/app: the receiver's own (its services, the Host allow-list, how answers
 *    and errors leave, deny-by-default routes, who is signed in);
 *  - routes: mirror the URL tree; a folder's index says who may reach what is in it.
 * @param {import('fastify').FastifyInstance} app
 * @param {Parameters<typeof context>[1] & { sessionSecrets: string[], workflow: import('./workflow/service.mjs').Workflow }} services
 */
export async function buildApp(app, services) {
  await app.register(access);
  await app.register(context, services);
  await app.register(hostCheck);
  await app.register(helmet);
  await app.register(responses);
  await app.register(rateLimit);
  await app.register(intakePriorityPlugin);
  await app.register(cors, { origins: services.config.allowedOrigins });
  await app.register(workflow, { workflow: services.workflow });

  await app.register(assetRoutes);
  await app.register(intake);
  await app.register(backOffice, { sessionSecrets: services.sessionSecrets });
}
