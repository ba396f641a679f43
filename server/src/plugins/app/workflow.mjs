import fp from 'fastify-plugin';

/**
 * `app.workflow` for the routes (assigning with a notice), and routing right after a
 * report is stored: once the answer has left (onResponse), never inside the intake, so
 * a slow mail server or a routing mistake cannot slow or fail a report.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ workflow: import('../../workflow/service.mjs').Workflow }} options
 */
async function workflowPlugin(app, { workflow }) {
  app.decorate('workflow', workflow);
  app.addHook('onResponse', async (request, reply) => {
    if (!request.routeOptions.config?.report || reply.statusCode !== 201) return;
    workflow.soon();
  });
}

export default fp(workflowPlugin, { name: 'workflow' });
