import formbody from '@fastify/formbody';
import fp from 'fastify-plugin';

/** application/x-www-form-urlencoded bodies (back-office forms, Open311) from @fastify/formbody. */
export default fp(
  async function formbodyPlugin(app) {
    await app.register(formbody);
  },
  { name: 'formbody' },
);
