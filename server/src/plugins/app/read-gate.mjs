import fp from 'fastify-plugin';

/**
 * Intake always wins. Two rules decide when a back-office request (a page, reach, an
 * export) may start its work:
 *  - only `concurrency` of them run at once; the rest wait in line here, costing nothing;
 *  - none starts while a report is being received: `app.intakePriority.hold(request)`,
 *    called by the intake for each of its requests, keeps the line waiting until the
 *    last report in progress has been answered.
 * A report POST therefore never waits for more than the few reads already running,
 * however many people (or scripts) read at once. A line longer than `maxWaiting` is
 * answered 503 with Retry-After right away.
 * @param {import('fastify').FastifyInstance} app
 */
async function intakePriority(app) {
  let intakeActive = 0;
  /** @type {Set<() => void>} */
  const waitingForIntake = new Set();
  const held = Symbol('intake held');

  /** Wake the readers once no report is in progress. */
  const wake = () => {
    if (intakeActive > 0) return;
    for (const resume of [...waitingForIntake]) resume();
  };
  app.decorate('intakePriority', {
    /** @param {any} request */
    hold(request) {
      if (request[held]) return;
      request[held] = true;
      intakeActive += 1;
    },
    /** @param {any} request */
    release(request) {
      if (!request[held]) return;
      request[held] = false;
      intakeActive -= 1;
      wake();
    },
    /** Resolves when no report is being received. */
    idle() {
      if (intakeActive === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const resume = () => {
          waitingForIntake.delete(resume);
          resolve(undefined);
        };
        waitingForIntake.add(resume);
      });
    },
  });
}

export const intakePriorityPlugin = fp(intakePriority, { name: 'intake-priority' });

/**
 * The back office's line (see above). Registered in the back-office scope, first.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ concurrency: number, maxWaiting: number }} options
 */
async function readGate(app, { concurrency, maxWaiting }) {
  let active = 0;
  /** @type {(() => void)[]} */
  const waiting = [];
  const admitted = Symbol('read-gate admitted');

  /**
   * The next reader goes on only after the event loop has looked for new connections once
   * (two turns of setImmediate: one poll phase in between). Resuming it at once, in the
   * same turn, would let readers follow each other without a report ever being read
   * off its socket.
   * @param {any} request
   */
  const release = (request) => {
    if (!request[admitted]) return;
    request[admitted] = false;
    const next = waiting.shift();
    if (next) setImmediate(() => setImmediate(next));
    else active -= 1;
  };

  app.addHook('onRequest', async (request, reply) => {
    if (active < concurrency) active += 1;
    else if (waiting.length >= maxWaiting) {
      reply.code(503).header('Retry-After', '2').type('application/json; charset=utf-8').send({ error: 'busy' });
      return reply;
    } else await new Promise((resolve) => waiting.push(() => resolve(undefined)));
    /** @type {any} */ (request)[admitted] = true;
    await app.intakePriority.idle();
  });
  app.addHook('onResponse', async (request) => release(request));
  app.addHook('onRequestAbort', async (request) => release(request));
}

export default fp(readGate, { name: 'read-gate', dependencies: ['intake-priority'] });
