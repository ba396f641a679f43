/**
 * A real reference receiver (HTTP + SQLite, fail switch on) beside the component
 * test server, so form tests post real requests, behind a recording proxy
 * (test/support/wire-recorder.mjs) so they can check what the browser sent. Two doors
 * lead to it:
 * - the proxy's own address on 127.0.0.1 (another origin than the test page: CORS);
 * - /same-origin-receiver/ on the test server itself (the page's own origin, where a
 *   browser sends the page's cookies unless told not to), see `sameOriginReceiver`.
 * The browser finds the first at /fixtures/receiver.json and reads the log of both at
 * /fixtures/wire.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from 'eenzaamheid-hulp-receiver';
import { startWireProxy } from './wire-recorder.mjs';

export const SAME_ORIGIN_PREFIX = '/same-origin-receiver/';

/** Shared by the plugin (starts and stops) and the middleware (the same-origin door). */
const state = {
  /** @type {import('./wire-recorder.mjs').WireRecorder | undefined} */
  recorder: undefined,
};

export function receiverPlugin() {
  let receiver;
  let proxy;
  let base = '';
  let dir = '';
  return {
    name: 'eh-test-receiver',
    async serverStart({ config }) {
      dir = mkdtempSync(join(tmpdir(), 'wtr-receiver-'));
      const origins = ['localhost', '127.0.0.1'].map((host) => `http://${host}:${config.port}`);
      receiver = createReceiver({
        dbPath: join(dir, 'reports.sqlite'),
        allowedOrigins: origins,
        control: true,
        rateLimit: { limit: 10_000, windowMs: 60_000 },
        // The tests fill the form faster than any person: keep the fill-time rule out of their way.
        minFillMs: 0,
      });
      const port = await receiver.listen(0, '127.0.0.1');
      proxy = await startWireProxy(`http://127.0.0.1:${port}`);
      state.recorder = proxy.recorder;
      base = proxy.base;
    },
    async serverStop() {
      await proxy?.close();
      await receiver?.close();
      state.recorder = undefined;
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/fixtures/receiver.json') return { body: JSON.stringify({ base }), type: 'json' };
      if (context.path === '/fixtures/wire.json') return { body: JSON.stringify(state.recorder?.entries() ?? []), type: 'json' };
      return undefined;
    },
  };
}

/** Koa middleware: the receiver at /same-origin-receiver/ on the test server's own origin. */
export async function sameOriginReceiver(ctx, next) {
  if (!ctx.path.startsWith(SAME_ORIGIN_PREFIX) || !state.recorder) return next();
  ctx.respond = false;
  // Koa's default is 404, which the dev server would log as a missing file; the browser
  // gets the receiver's own status (the proxy writes it).
  ctx.status = 200;
  state.recorder.forward(ctx.req, ctx.res, { via: 'same-origin', path: ctx.url.slice(SAME_ORIGIN_PREFIX.length - 1) });
}
