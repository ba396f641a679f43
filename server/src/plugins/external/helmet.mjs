import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * Security headers from @fastify/helmet (helmet 8), with a Content-Security-Policy that
 * allows the receiver's own files only: its stylesheet, its one script (the inbox's
 * new-reports notice, which asks the receiver itself), no inline script or style,
 * forms that post to the receiver only, never framed. Referrer-Policy same-origin keeps set-up
 * links and report references out of other sites' logs, while the receiver's own forms
 * still carry a real Origin header (with no-referrer, browsers send `Origin: null`).
 */
export default fp(
  async function helmetPlugin(app) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          styleSrc: ["'self'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      frameguard: { action: 'deny' },
      // The widget on partner sites reads the intake's answers with CORS; no-cors reads stay blocked.
      crossOriginResourcePolicy: { policy: 'same-site' },
    });
  },
  { name: 'helmet' },
);
