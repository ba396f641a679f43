/**
 * The routing file: its checks (one problem per line, with its place), the first rule
 * that fits, the command-line check, and a receiver that refuses to start with a wrong
 * file.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { DEMO_ORGANISATIONS } from '../src/demo/seed.mjs';
import { RoutingError, loadRouting, route, validateRouting } from '../src/workflow/routing.mjs';
import { IS_PG, databaseFor } from './database.mjs';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/eenzaamheid-hulp-receiver.mjs', import.meta.url));
const example = fileURLToPath(new URL('../examples/routing.json', import.meta.url));
const organisations = new Set(['samana', 'jeugddienst', 'overkop', 'buurtteam']);

/** @param {unknown} data */
function problems(data) {
  try {
    validateRouting(data, { organisations });
  } catch (error) {
    assert.ok(error instanceof RoutingError);
    return error.problems;
  }
  assert.fail('expected the routing to be refused');
}

describe('routing file: checks', () => {
  test('a good file is taken, single values become lists', () => {
    const routing = validateRouting({ rules: [{ partner: 'jeugddienst', organisation: 'jeugddienst' }, { ageGroup: ['65-plus', 'unknown'], area: '2800', organisation: 'samana' }] }, { organisations });
    assert.deepEqual(routing.rules, [
      { partner: ['jeugddienst'], organisation: 'jeugddienst' },
      { ageGroup: ['65-plus', 'unknown'], area: ['2800'], organisation: 'samana' },
    ]);
  });

  test('every problem at once, each with its place', () => {
    assert.deepEqual(
      problems({
        rules: [
          { partner: 'x', organisation: 'samana' },
          { ageGroup: 'teenager', organisation: 'samana' },
          { partner: 'x', organisation: 'samana2' },
          { area: [], organisation: 'overkop' },
          { partner: 'x' },
          { partnr: 'x', organisation: 'samana' },
        ],
      }),
      [
        'rules[1].ageGroup: unknown age group "teenager" (use under-18, 18-25, 26-64, 65-plus, unknown)',
        'rules[3].area: give at least one value',
        'rules[4].organisation: an organisation id is required',
        'rules[5].partnr: unknown field (use partner, ageGroup, area, organisation)',
      ],
    );
  });

  test('unknown organisations are named, one line each, after the shape is right', () => {
    assert.deepEqual(problems({ rules: [{ partner: 'a', organisation: 'samana2' }, { ageGroup: '65-plus', organisation: 'samana' }, { area: 'Muizen', organisation: 'nobody' }] }), [
      'rules[0].organisation: unknown organisation "samana2"',
      'rules[2].organisation: unknown organisation "nobody"',
    ]);
  });

  test('a rule that matches everything must come last', () => {
    assert.deepEqual(problems({ rules: [{ organisation: 'samana' }, { partner: 'a', organisation: 'overkop' }] }), [
      'rules[0]: matches every report, so rules[1] and later are never used (put it last)',
    ]);
    assert.equal(validateRouting({ rules: [{ partner: 'a', organisation: 'overkop' }, { organisation: 'samana' }] }, { organisations }).rules.length, 2);
  });

  test('not an object, no rules, rules not a list', () => {
    assert.deepEqual(problems([]), ['(file): Invalid input: expected object, received array']);
    assert.deepEqual(problems({}), ['rules: a list of rules is required']);
    assert.deepEqual(problems({ rules: {} }), ['rules: a list of rules is required']);
  });

  test('unreadable and broken files are named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'routing-'));
    try {
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{ "rules": [ ');
      assert.throws(() => loadRouting(broken, { organisations }), (error) => error instanceof RoutingError && /is not valid JSON/.test(String(error.problems[0])));
      assert.throws(() => loadRouting(join(dir, 'missing.json'), { organisations }), (error) => error instanceof RoutingError && error.problems[0] === 'cannot be read (ENOENT)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the example file is valid for the demo organisations', () => {
    const routing = loadRouting(example, { organisations: new Set(DEMO_ORGANISATIONS.map((organisation) => organisation.id)) });
    assert.ok(routing.rules.length >= 4);
    const targets = new Set(routing.rules.map((rule) => rule.organisation));
    for (const organisation of DEMO_ORGANISATIONS) assert.ok(targets.has(organisation.id), `the example routes to ${organisation.id}`);
  });
});

describe('routing: the first rule that fits', () => {
  const routing = validateRouting(
    {
      rules: [
        { partner: 'jeugddienst', organisation: 'jeugddienst' },
        { ageGroup: ['under-18', '18-25'], organisation: 'overkop' },
        { area: ['Sint-Katelijne-Waver', '2812'], ageGroup: '65-plus', organisation: 'buurtteam' },
        { ageGroup: '65-plus', organisation: 'samana' },
      ],
    },
    { organisations },
  );
  /** @param {Partial<{ partner: string | null, ageGroup: string | null, area: string | null }>} report */
  const to = (report) => route(routing, { partner: null, ageGroup: null, area: null, ...report });

  test('first match wins, every condition of a rule must hold', () => {
    assert.deepEqual(to({ partner: 'jeugddienst', ageGroup: '65-plus' }), { organisation: 'jeugddienst', rule: 0 });
    assert.deepEqual(to({ ageGroup: '18-25' }), { organisation: 'overkop', rule: 1 });
    assert.deepEqual(to({ ageGroup: '65-plus', area: '2812' }), { organisation: 'buurtteam', rule: 2 });
    assert.deepEqual(to({ ageGroup: '26-64', area: '2812' }), null, 'area alone is not enough for rule 2');
    assert.deepEqual(to({ ageGroup: '65-plus', area: '2800' }), { organisation: 'samana', rule: 3 });
  });

  test('areas compare without case, accents or extra spaces', () => {
    assert.deepEqual(to({ ageGroup: '65-plus', area: '  sint-katelijne-wavér ' }), { organisation: 'buurtteam', rule: 2 });
  });

  test('no rule fits, or no routing at all: nobody (the report waits for a coordinator)', () => {
    assert.equal(to({ ageGroup: 'unknown', area: 'Muizen' }), null);
    assert.equal(route(null, { partner: 'jeugddienst', ageGroup: '65-plus', area: 'Muizen' }), null);
  });
});

describe('routing: command line and start', () => {
  /** @type {string} */
  let dir;
  /** @type {Record<string, string>} */
  let env;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'routing-cli-'));
    // RECEIVER_DB, or DATABASE_URL under STORE=pg.
    const location = await databaseFor(dir);
    env = { ...process.env, ...(IS_PG ? { DATABASE_URL: location } : { RECEIVER_DB: location }) };
    await run(process.execPath, [bin, 'org', 'add', '--id', 'samana', '--name', 'Samana'], { env });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('routing check: OK for a good file', async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ rules: [{ ageGroup: '65-plus', organisation: 'samana' }] }));
    const { stdout } = await run(process.execPath, [bin, 'routing', 'check', good], { env });
    assert.match(stdout, /1 rule\(s\), all organisations known\. OK\./);
  });

  test('routing check: every problem on stderr with its place, exit code 1', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ ageGroup: '65-plus', organisation: 'samana2' }, { ageGroup: 'old', organisation: 'samana' }] }));
    const error = /** @type {any} */ (await run(process.execPath, [bin, 'routing', 'check', bad], { env }).then(() => null, (caught) => caught));
    assert.ok(error);
    assert.equal(error.code, 1);
    assert.match(error.stderr, /rules\[1\]\.ageGroup: unknown age group "old"/);
    const second = /** @type {any} */ (await run(process.execPath, [bin, 'routing', 'check', join(dir, 'nothing.json')], { env }).then(() => null, (caught) => caught));
    assert.equal(second.code, 1);
    assert.match(second.stderr, /cannot be read \(ENOENT\)/);
  });

  test('the receiver refuses to start with a wrong routing file, listing the problems', async () => {
    const bad = join(dir, 'start.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ partner: 'x', organisation: 'samana2' }, { area: 'Muizen', organisation: 'nobody' }] }));
    const error = /** @type {any} */ (
      await run(process.execPath, [bin, 'serve', '--port', '0'], { env: { ...env, RECEIVER_ROUTING: bad }, timeout: 20_000 }).then(() => null, (caught) => caught)
    );
    assert.ok(error, 'the receiver must not start');
    assert.equal(error.code, 1);
    assert.match(error.stderr, /Not started: routing file .*start\.json: 2 problems/);
    assert.match(error.stderr, /rules\[0\]\.organisation: unknown organisation "samana2"/);
    assert.match(error.stderr, /rules\[1\]\.organisation: unknown organisation "nobody"/);
    assert.doesNotMatch(error.stdout, /Receiver on/);
  });

  test('the example is documented in the README', () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    assert.match(readme, /examples\/routing\.json/);
    assert.match(readme, /routing check/);
  });
});

describe('workflow settings from the environment', () => {
  test('routing file, SMTP, sender and the warning time become receiver options; a wrong warning time is refused', async () => {
    const { readSettings, receiverOptions } = await import('../src/cli/options.mjs');
    const options = receiverOptions(
      readSettings({}, { RECEIVER_ROUTING: '/etc/meldpunt/routing.json', RECEIVER_SMTP_URL: 'smtps://u:p@mail.example:465', RECEIVER_MAIL_FROM: 'meldpunt@mechelen.be', RECEIVER_ESCALATE_AFTER_HOURS: '18.5' }),
    );
    assert.equal(options.routing, '/etc/meldpunt/routing.json');
    assert.equal(options.smtpUrl, 'smtps://u:p@mail.example:465');
    assert.equal(options.mailFrom, 'meldpunt@mechelen.be');
    assert.equal(options.escalateAfterMs, 18.5 * 60 * 60 * 1000);
    for (const hours of ['0', '25']) {
      assert.throws(() => receiverOptions(readSettings({}, { RECEIVER_ESCALATE_AFTER_HOURS: hours })), /RECEIVER_ESCALATE_AFTER_HOURS/);
    }
  });

  test('--help names the workflow settings', async () => {
    const { stdout } = await run(process.execPath, [bin, '--help']);
    for (const word of ['RECEIVER_ROUTING', 'RECEIVER_SMTP_URL', 'RECEIVER_MAIL_FROM', 'RECEIVER_ESCALATE_AFTER_HOURS', 'routing check FILE']) assert.ok(stdout.includes(word), word);
  });
});
