/**
 * /__control, for the demo page and the tests only (`control: true`): read and set the
 * fail switch, count stored reports. Never on in production.
 */
export default async function controlRoutes(/** @type {import('fastify').FastifyInstance} */ app) {
  const failSwitch = /** @type {NonNullable<typeof app.failSwitch>} */ (app.failSwitch);
  app.get('/__control', async () => failSwitch.get());
  app.post('/__control', { bodyLimit: 1024 }, async (request, reply) => {
    let value = request.body;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        return reply.code(400).send({ error: 'invalid-json' });
      }
    }
    const problem = failSwitch.set(value);
    if (problem) return reply.code(400).send({ error: 'invalid-control', message: problem });
    return failSwitch.get();
  });
  app.get('/__control/reports-count', async () => ({ count: await app.store.reports.count() }));
}
