import fp from 'fastify-plugin';

/**
 * The receiver's own services on the app, for every route: the store, the field cipher,
 * the settings and clock, the fail switch (demo only) and `app.audit(entry)`.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: import('../../store/contract.mjs').Store, cipher: import('../../crypto/field-cipher.mjs').FieldCipher,
 *   config: import('../../config.mjs').Config, failSwitch: ReturnType<typeof import('../../intake/fail-switch.mjs').createFailSwitch> | null,
 *   signal: AbortSignal }} services
 */
async function contextPlugin(app, { store, cipher, config, failSwitch, signal }) {
  app.decorate('store', store);
  app.decorate('cipher', cipher);
  app.decorate('config', config);
  app.decorate('failSwitch', failSwitch);
  app.decorate('closing', signal);
  /**
   * Record who did what. Never pass personal data: codes and references only.
   * @param {Omit<import('../../store/contract.mjs').AuditEntry, 'at'> & { at?: number }} entry
   */
  app.decorate('audit', (entry) => store.audit.record({ at: config.now(), ...entry }));
}

export default fp(contextPlugin, { name: 'context' });
