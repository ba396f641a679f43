import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../../scripts/static-server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Serves test/e2e/pages at / and the built dist/ at /dist/ on 127.0.0.1. */
export async function startPagesServer({ headers } = {}) {
  const server = createStaticServer({
    root: here('../pages'),
    mounts: { '/dist/': here('../../../dist') },
    headers,
  });
  const port = await listen(server);
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
