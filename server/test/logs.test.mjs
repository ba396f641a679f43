import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { postReport, startReceiver, validReport } from './helpers.mjs';

describe('the request log', () => {
  test('says what was asked and how it went: never who asked, what was sent, a query string or a set-up token', async () => {
    /** @type {string[]} */
    const lines = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const ctx = await startReceiver({ logger: { level: 'info', stream } });
    try {
      const report = validReport({ phone: '0476 10 20 30', name: 'Logboeknaam' });
      assert.equal((await postReport(`${ctx.base}`, report)).status, 201);
      await fetch(`${ctx.base}/sign-in?next=%2Finbox%3Fgeheim%3Dja`);
      await fetch(`${ctx.base}/setup/Zeer-Geheim-Token-1234567890`);
      await new Promise((resolve) => setImmediate(resolve));
      const log = lines.join('');
      assert.match(log, /"url":"\/reports"/);
      assert.match(log, /"url":"\/sign-in"/);
      assert.match(log, /"url":"\/setup\/…"/);
      assert.match(log, /"statusCode":201/);
      for (const secret of ['0476 10 20 30', 'Logboeknaam', 'geheim', 'Zeer-Geheim-Token', 'remoteAddress', report.id]) {
        assert.ok(!log.includes(secret), secret);
      }
      // The receiver's own address is in its start line; no request line holds the client's.
      const requestLines = lines.filter((line) => line.includes('"reqId"'));
      assert.ok(requestLines.length >= 6);
      assert.ok(!requestLines.join('').includes('127.0.0.1'));
    } finally {
      await ctx.close();
    }
  });
});
