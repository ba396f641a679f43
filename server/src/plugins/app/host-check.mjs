import fp from 'fastify-plugin';

/**
 * Answer only the names the receiver is meant to be reached by. A page on another
 * site that rebinds its own DNS name to the receiver's address (DNS rebinding) sends
 * its own name as Host: it gets 421 Misdirected Request and nothing else, before any
 * route, cookie or CORS handling. With `trustProxy`, the proxy's X-Forwarded-Host counts.
 * Without a configured list: 127.0.0.1, localhost and [::1] at the port the receiver
 * listens on.
 * What a browser never sends, and a proxy in front might read differently, is refused
 * too: a request with two Host lines gets 400 (RFC 9112 §3.2), and a request whose target
 * is in absolute form (`GET http://other.example/inbox`, which per RFC 9112 §3.2.2 names
 * the host instead of the Host line) must name an allowed host there as well.
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

  /** @param {import('fastify').FastifyReply} reply @param {number} status @param {string} text */
  const refuse = (reply, status, text) => {
    reply.code(status).type('text/plain; charset=utf-8').header('Connection', 'close').send(text);
    return reply;
  };

  app.addHook('onRequest', async (request, reply) => {
    const { rawHeaders, url } = request.raw;
    let hostLines = 0;
    for (let index = 0; index < rawHeaders.length; index += 2) if (rawHeaders[index]?.toLowerCase() === 'host') hostLines += 1;
    if (hostLines > 1) return refuse(reply, 400, 'Bad Request: more than one Host header\n');
    const host = String(request.host ?? '').toLowerCase();
    const target = String(url ?? '');
    if (allowed().has(host) && (target.startsWith('/') || allowed().has(authorityOf(target)))) return;
    return refuse(reply, 421, 'Misdirected Request: unknown host name\n');
  });
}

/**
 * The host[:port] an absolute-form request target names, as a Host line would ('' if none).
 * @param {string} target
 */
function authorityOf(target) {
  try {
    return new URL(target).host.toLowerCase();
  } catch {
    return '';
  }
}

export default fp(hostCheck, { name: 'host-check', dependencies: ['context'] });
