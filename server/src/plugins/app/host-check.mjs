import fp from 'fastify-plugin';

/**
 * Answer only the names the receiver is meant to be reached by. A page on another
 * site that rebinds its own DNS name to the receiver's address (DNS rebinding) sends
 * its own name as Host: it gets 421 Misdirected Request and nothing else, before any
 * route, cookie or CORS handling. With `trustProxy`, the proxy's X-Forwarded-Host counts.
 * Without a configured list: 127.0.0.1, localhost and [::1] at the port the receiver
 * listens on.
 */
async function hostCheck(app) {
  const configured = new Set(app.config.allowedHosts);
  /** @type {Set<string> | null} */
  let loopback = null;
  const allowed = () => {
    if (configured.size) return configured;
    if (!loopback) {
      const address = app.server.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      loopback = new Set(['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`));
    }
    return loopback;
  };

  app.addHook('onRequest', async (request, reply) => {
    const host = String(request.host ?? '').toLowerCase();
    if (allowed().has(host)) return;
    reply.code(421).type('text/plain; charset=utf-8').header('Connection', 'close').send('Misdirected Request: unknown host name\n');
    return reply;
  });
}

export default fp(hostCheck, { name: 'host-check', dependencies: ['context'] });
