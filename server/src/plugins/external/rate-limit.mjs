import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';

/**
 * Rate limits from @fastify/rate-limit, off by default and switched on per route with
 * `config.rateLimit` (intake per client IP, sign-in per IP, back-office reads per
 * account). In memory, per process: a brake on floods of one receiver. Behind a reverse
 * proxy set `trustProxy`, or every client shares the proxy's address.
 * A limited request gets 429 `{ "error": "rate-limited" }` with Retry-After, the answer
 * the widget already retries on.
 */
export default fp(
  async function rateLimitPlugin(app) {
    await app.register(rateLimit, {
      global: false,
      addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error('rate-limited'), { statusCode: context.statusCode, code: 'RATE_LIMITED' }),
    });
  },
  { name: 'rate-limit' },
);
