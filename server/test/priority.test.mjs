/**
 * Intake always wins: no back-office read starts while a report is being received, and
 * only a few run at once. Checked by the order things happen in, never by timings
 * (the figures are in `npm run bench:receiver`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addAccount, postReport, setControl, signIn, startReceiver, validReport } from './helpers.mjs';

describe('intake before reads', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let ctx;
  /** @type {Awaited<ReturnType<typeof signIn>>} */
  let coordinator;
  before(async () => {
    ctx = await startReceiver({ control: true, readGate: { concurrency: 1, maxWaiting: 1 } });
    coordinator = await signIn(ctx, await addAccount(ctx, { email: 'co@stad.example', role: 'coordinator' }));
  });
  after(() => ctx.close());

  /** Resolves once the slow report holds the receiver (it took the fail switch's one 'slow'). */
  async function reportInProgress() {
    await setControl(ctx.base, { mode: 'slow', delayMs: 1500, times: 1 });
    /** @type {string[]} */
    const order = [];
    const report = postReport(ctx.base, validReport()).then(async (response) => {
      order.push(`report ${response.status}`);
      return response;
    });
    while ((await (await fetch(`${ctx.base}/__control`)).json()).mode !== 'ok') await new Promise((resolve) => setImmediate(resolve));
    return { order, report };
  }

  test('a read that arrives while a report is received is answered after the report', async () => {
    const { order, report } = await reportInProgress();
    const read = coordinator.get('/reach.json').then((response) => {
      order.push(`read ${response.status}`);
      return response;
    });
    await Promise.all([report, read]);
    assert.deepEqual(order, ['report 201', 'read 200']);
  });

  test('a read does not keep a report waiting, and a full line of readers is told to come back', async () => {
    const { order, report } = await reportInProgress();
    const first = coordinator.get('/inbox.json').then((response) => {
      order.push(`first read ${response.status}`);
      return response;
    });
    const second = coordinator.get('/inbox.json').then((response) => {
      order.push(`second read ${response.status}`);
      return response;
    });
    const third = await coordinator.get('/inbox.json');
    assert.equal(third.status, 503, 'one running, one waiting: the line is full');
    assert.equal(third.headers['retry-after'], '2');
    await Promise.all([report, first, second]);
    assert.equal(order[0], 'report 201');
    assert.deepEqual(order.slice(1).sort(), ['first read 200', 'second read 200']);
  });

  test('every answer says how long the receiver took (Server-Timing), nothing more', async () => {
    const response = await postReport(ctx.base, validReport());
    assert.match(response.headers.get('server-timing') ?? '', /^total;dur=\d+\.\d$/);
  });
});
