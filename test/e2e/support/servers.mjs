import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../../scripts/static-server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Serves test/e2e/pages at / and the built dist/ at /dist/ on 127.0.0.1. With `receiver`
 * (a wire recorder, test/support/wire-recorder.mjs), /meldpunt/… on the pages' own origin
 * is that receiver: where a browser sends the page's cookies unless told not to.
 */
export async function startPagesServer({ headers, receiver } = {}) {
  const server = createStaticServer({
    root: here('../pages'),
    mounts: { '/dist/': here('../../../dist') },
    headers,
    handle: receiver
      ? (req, res) => {
          if (!req.url?.startsWith('/meldpunt/')) return false;
          receiver.forward(req, res, { via: 'same-origin', path: req.url.slice('/meldpunt'.length) });
          return true;
        }
      : undefined,
  });
  const port = await listen(server);
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
