/**
 * A real reference receiver (HTTP + SQLite, fail switch on) beside the component
 * test server, so form tests post real requests. The browser finds its address at
 * /fixtures/receiver.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from 'eenzaamheid-hulp-receiver';

export function receiverPlugin() {
  let receiver;
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
      base = `http://127.0.0.1:${port}`;
    },
    async serverStop() {
      await receiver?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/fixtures/receiver.json') return { body: JSON.stringify({ base }), type: 'json' };
      return undefined;
    },
  };
}
