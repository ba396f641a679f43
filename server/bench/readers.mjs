/**
 * The readers of the receiver benchmark, in a worker thread so their traffic does not
 * disturb the main thread's timing of report POSTs. `export:REF` stands for opening the
 * report's page (for its CSRF token) and exporting it.
 *  - mode 'burst': on each 'burst' message, start `readers` reads at once, answer 'fired'
 *    as soon as they are sent, and { samples, statuses } when all are answered;
 *  - mode 'loop': `readers` loops read without pause until 'stop' (a stress, not a use).
 */
import { parentPort, workerData } from 'node:worker_threads';

const { base, cookie, reads, readers, mode } = /** @type {{ base: string, cookie: string, reads: string[], readers: number, mode: 'burst' | 'loop' }} */ (workerData);
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {string} reference */
async function exportReport(reference) {
  const page = await fetch(`${base}/inbox/${reference}`, { headers: { cookie } });
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return fetch(`${base}/inbox/${reference}/export`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: base, 'sec-fetch-site': 'same-origin' },
    body: new URLSearchParams({ _csrf: token }),
  });
}

/** One read; its milliseconds and status. @param {string} target */
async function read(target) {
  const start = performance.now();
  const response = target.startsWith('export:') ? await exportReport(target.slice('export:'.length)) : await fetch(`${base}${target}`, { headers: { cookie } });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

if (mode === 'burst') {
  let turn = 0;
  port.on('message', async () => {
    const pending = Array.from({ length: readers }, () => read(/** @type {string} */ (reads[turn++ % reads.length])));
    port.postMessage('fired');
    const done = await Promise.all(pending);
    port.postMessage({ samples: done.map((one) => one.ms), statuses: done.map((one) => one.status) });
  });
} else {
  let running = true;
  /** @type {number[]} */
  const samples = [];
  /** @type {number[]} */
  const statuses = [];
  const loop = async (/** @type {number} */ index) => {
    let turn = index;
    while (running) {
      const one = await read(/** @type {string} */ (reads[turn++ % reads.length]));
      samples.push(one.ms);
      statuses.push(one.status);
      if (samples.length === readers) port.postMessage('started');
    }
  };
  const loops = Array.from({ length: readers }, (_, index) => loop(index));
  port.on('message', async () => {
    running = false;
    await Promise.all(loops);
    port.postMessage({ samples, statuses });
  });
}
