import fp from 'fastify-plugin';

/**
 * Deny by default, checked when the receiver starts: every route must stand in a scope
 * that says who may reach it (`config.access`: 'public', 'signed-in' or the roles), set
 * by `app.mountAccess(scope, access)` where the routes are mounted. A route added
 * anywhere else stops the receiver from starting, instead of being served to anyone.
 */
async function accessPlugin(app) {
  /** @type {{ method: string | string[], url: string, config?: { access?: string } }[]} */
  const routes = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  /**
   * @param {import('fastify').FastifyInstance} scope
   * @param {string} access
   */
  app.decorate('mountAccess', (scope, access) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: route.config?.access ?? access };
    });
  });
  app.addHook('onReady', async () => {
    const open = routes.filter((route) => !route.config?.access);
    if (open.length) {
      const list = open.map((route) => `${[route.method].flat().join(',')} ${route.url}`).join('; ');
      throw new Error(`routes without an access rule (mount them in a scope that sets one): ${list}`);
    }
  });
}

export default fp(accessPlugin, { name: 'access' });
