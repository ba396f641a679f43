/**
 * A small static file server for the demo and the end-to-end tests: real HTTP on
 * 127.0.0.1, correct content types, no directory listing, no path escape.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * @param {{ root: string, mounts?: Record<string, string>, headers?: (path: string) => Record<string,string>, handle?: (req, res) => boolean | Promise<boolean>, gzip?: boolean }} options
 *   `mounts` maps URL prefixes ("/dist/") onto folders; `handle` may answer first;
 *   `gzip` compresses text for clients that accept it (level 9, as a CDN would serve
 *   it and as the size budget counts), for measuring what a real page download costs.
 */
export function createStaticServer({ root, mounts = {}, headers = () => ({}), handle, gzip = false }) {
  const folders = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  return createServer(async (req, res) => {
    try {
      if (handle && (await handle(req, res))) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      let base = resolve(root);
      let rest = pathname;
      for (const [prefix, dir] of folders) {
        if (pathname.startsWith(prefix)) {
          base = dir;
          rest = pathname.slice(prefix.length - 1);
          break;
        }
      }
      const file = normalize(join(base, rest));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      let body = await readFile(file);
      const compress = gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (compress) body = gzipSync(body, { level: 9 });
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...(gzip ? { 'content-length': String(body.length) } : {}),
        ...headers(pathname),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
}

export function listen(server, port = 0, host = '127.0.0.1') {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server.address().port));
  });
}
