/**
 * The delivery loop, the retry schedule and the report the form builds, in Node (where
 * mutation testing runs them); the browser suites test the form that uses them.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { backoffDelay, DEFAULT_RETRY_SCHEDULE, parseRetryAfter, type RetrySchedule } from '../../src/report/retry-schedule.js';
import type { SendOptions, SendResult } from '../../src/report/send.js';
import { Delivery, systemClock, type DeliveryProgress } from '../../src/report/form/delivery.js';
import { ManualClock, settle } from './support/manual-clock.js';
import { validateCandidate, type FieldErrors, type Validation } from '../../src/report/form/validate.js';
import { emptyValues, toCandidate, type FormValues } from '../../src/report/form/values.js';

const context = {
  id: '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21',
  lang: 'nl' as const,
  partner: undefined,
  page: 'https://example.org/',
  fillMs: 20_000,
  createdAt: '2026-12-01T10:00:00.000Z',
};

function passed(validation: Validation): Report {
  if (!validation.ok) throw new Error(`expected a valid report, got ${JSON.stringify(validation.errors)}`);
  return validation.report;
}

function failed(validation: Validation): FieldErrors {
  if (validation.ok) throw new Error('expected errors, the report passed');
  return validation.errors;
}

const candidate = (values: Partial<FormValues>) => toCandidate({ ...emptyValues(), ...values }, context);

describe('the report from the form', () => {
  const essentials = { about: 'other', area: '2800', phone: '0470 12 34 56', consent: true } as const;

  it('needs only who, where, phone or e-mail, and consent, on both paths', () => {
    for (const about of ['self', 'other'] as const) {
      expect(passed(validateCandidate(candidate({ ...essentials, about }))).about).to.equal(about);
    }
    const byMail = passed(validateCandidate(candidate({ ...essentials, phone: '', email: 'an@voorbeeld.be' })));
    expect(byMail.contactMethod).to.equal('email');
  });

  it('says "unknown" for an age group left open, and phone when both ways are given', () => {
    const report = passed(validateCandidate(candidate({ ...essentials, email: 'an@voorbeeld.be' })));
    expect(report.ageGroup).to.equal('unknown');
    expect(report.contactMethod).to.equal('phone');
    expect(report.email).to.equal('an@voorbeeld.be');
  });

  it('lists every problem at once, the phone-or-e-mail question as one', () => {
    expect(failed(validateCandidate(candidate({ about: 'self' })))).to.deep.equal({ area: 'required', contact: 'required', consent: 'required' });
    expect(failed(validateCandidate(candidate({ ...essentials, phone: '12', email: 'x@' })))).to.deep.equal({ phone: 'invalid', email: 'invalid' });
  });

  it('never sends the questions of the other path', () => {
    const report = passed(validateCandidate(candidate({ ...essentials, about: 'self', relation: 'neighbour', personKnows: 'no' })));
    expect([report.relation, report.personKnows]).to.deep.equal([undefined, undefined]);
  });
});

const report = { id: '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21' } as Report;
const schedule: RetrySchedule = { firstDelayMs: 1000, factor: 2, maxDelayMs: 8000, patienceMs: 60_000, maxRetryAfterMs: 30_000, attemptTimeoutMs: 5000 };
const down: SendResult = { ok: false, reason: 'network', transient: true };

/** A delivery whose attempts answer from `results` in turn (the last one repeats). */
function deliver(results: SendResult[], clock: ManualClock, events = new EventTarget()) {
  const calls: { at: number; report: Report; options: SendOptions }[] = [];
  const progress: DeliveryProgress[] = [];
  const failures: string[] = [];
  let finished: SendResult | undefined;
  const delivery = new Delivery(
    report,
    {
      send: async (sent, options) => {
        calls.push({ at: clock.now(), report: sent, options });
        return results[Math.min(calls.length, results.length) - 1]!;
      },
      target: { endpoint: 'https://meldpunt.example/reports', format: 'json', serviceCode: undefined },
      schedule,
      clock,
      events: events as unknown as Window,
    },
    {
      progress: (state) => progress.push(state),
      failedAttempt: (reason) => failures.push(reason),
      finished: (result) => (finished = result),
    },
  );
  delivery.start();
  return { delivery, calls, progress, failures, result: () => finished };
}

describe('Delivery (patient sending)', () => {
  it('tries again after each transient failure with capped exponential waits, the same report every time', async () => {
    for (const [random, expected] of [
      [0, [500, 1000, 2000, 4000, 4000]],
      [1, [1000, 2000, 4000, 8000, 8000]],
    ] as const) {
      const clock = new ManualClock();
      clock.randomValue = random;
      const run = deliver([down, down, down, down, down, { ok: true, reference: 'ABCD2345' }], clock);
      const waits = [];
      for (let i = 0; i < 5; i += 1) waits.push(await clock.runNext());
      expect(waits, `random ${random}`).to.deep.equal(expected);
      expect(run.result()).to.deep.equal({ ok: true, reference: 'ABCD2345' });
      expect(run.calls).to.have.length(6);
      expect(run.calls.every((call) => call.report === report && call.options.timeoutMs === schedule.attemptTimeoutMs)).to.equal(true);
      expect(run.failures).to.deep.equal(['network', 'network', 'network', 'network', 'network']);
      expect(run.progress[0]).to.deep.equal({ kind: 'sending' });
      expect(run.progress[1]).to.deep.equal({ kind: 'retrying', attempt: 2, retryAt: expected[0], reason: 'network' });
      expect(run.progress[2]).to.deep.equal({ kind: 'retrying', attempt: 2, retryAt: undefined, reason: 'network' });
    }
  });

  it('asks the resident only once the patience is used up', async () => {
    const clock = new ManualClock();
    const run = deliver([down], clock);
    while (run.result() === undefined) await clock.runNext();
    const times = run.calls.map((call) => call.at);
    expect(times.at(-2)!).to.be.below(schedule.patienceMs);
    expect(times.at(-1)!).to.be.at.least(schedule.patienceMs);
    expect(run.result()).to.deep.equal(down);
    expect(clock.pending).to.equal(0);
  });

  it('honours Retry-After, and stops when it asks for longer than the schedule allows', async () => {
    const clock = new ManualClock();
    const busy: SendResult = { ok: false, reason: 'server', status: 503, transient: true, retryAfterMs: 6000 };
    const run = deliver([busy, { ok: true, reference: undefined }], clock);
    expect(await clock.runNext()).to.equal(6000);
    expect(run.result()).to.deep.equal({ ok: true, reference: undefined });

    const later = new ManualClock();
    const tooLong: SendResult = { ok: false, reason: 'rate-limited', status: 429, transient: true, retryAfterMs: 31_000 };
    const stopped = deliver([tooLong], later);
    await settle();
    expect(stopped.result()).to.deep.equal(tooLong);
    expect(stopped.calls).to.have.length(1);
  });

  it('never tries again after a refusal or a page that is not the receiver', async () => {
    for (const refusal of [
      { ok: false, reason: 'rejected', status: 422, fieldErrors: [{ field: 'area', code: 'invalid' }], transient: false },
      { ok: false, reason: 'invalid-response', status: 200, transient: false },
    ] as SendResult[]) {
      const run = deliver([refusal], new ManualClock());
      await settle();
      expect(run.result()).to.deep.equal(refusal);
      expect(run.calls).to.have.length(1);
    }
  });

  it('waits offline for the browser to be back online, then starts a fresh window', async () => {
    const clock = new ManualClock();
    const events = new EventTarget();
    const run = deliver([{ ok: false, reason: 'offline', transient: true }, { ok: true, reference: 'ABCD2345' }], clock, events);
    await settle();
    expect(run.progress.at(-1)).to.deep.equal({ kind: 'offline' });
    expect(run.failures).to.deep.equal(['offline']);
    expect(clock.pending).to.equal(0);
    clock.time = 10 * schedule.patienceMs;
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(run.result()).to.deep.equal({ ok: true, reference: 'ABCD2345' });
    expect(run.progress.at(-1)).to.deep.equal({ kind: 'sending' });
  });

  it('stops when told to, mid-wait', async () => {
    const clock = new ManualClock();
    const run = deliver([down], clock);
    await settle();
    run.delivery.stop();
    await settle();
    expect(clock.pending).to.equal(0);
    expect(run.calls).to.have.length(1);
    expect(run.result()).to.equal(undefined);
  });
});

describe('the retry schedule', () => {
  it('waits at least two minutes by default before asking the resident, about 1 s first, at most 20 s between attempts', () => {
    expect(DEFAULT_RETRY_SCHEDULE.patienceMs).to.be.at.least(120_000);
    expect(DEFAULT_RETRY_SCHEDULE.firstDelayMs).to.equal(1000);
    expect(DEFAULT_RETRY_SCHEDULE.maxDelayMs).to.equal(20_000);
    expect(backoffDelay(DEFAULT_RETRY_SCHEDULE, 10, () => 1)).to.equal(20_000);
    expect(backoffDelay(DEFAULT_RETRY_SCHEDULE, 1, () => 0)).to.equal(500);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:07 GMT', now)).to.equal(7000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});

describe('Delivery: the edges', () => {
  it('takes a send that throws for a network failure, and tries again', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const finished: SendResult[] = [];
    const failures: string[] = [];
    new Delivery(
      report,
      {
        send: async () => {
          calls += 1;
          if (calls === 1) throw new TypeError('boom');
          return { ok: true, reference: 'ABCD2345' };
        },
        target: { endpoint: 'https://m.example/r', format: 'json', serviceCode: undefined },
        schedule,
        clock,
        events: new EventTarget() as unknown as Window,
      },
      { progress: () => undefined, failedAttempt: (reason) => failures.push(reason), finished: (result) => finished.push(result) },
    ).start();
    await clock.runNext();
    expect(failures).to.deep.equal(['network']);
    expect(finished).to.deep.equal([{ ok: true, reference: 'ABCD2345' }]);
  });

  it('stopped during an attempt: no error, and its answer is not taken', async () => {
    let answer!: (result: SendResult) => void;
    const finished: SendResult[] = [];
    const delivery = new Delivery(
      report,
      {
        send: () => new Promise((resolve) => (answer = resolve)),
        target: { endpoint: 'https://m.example/r', format: 'json', serviceCode: undefined },
        schedule,
        clock: new ManualClock(),
        events: new EventTarget() as unknown as Window,
      },
      { progress: () => undefined, failedAttempt: () => undefined, finished: (result) => finished.push(result) },
    );
    delivery.start();
    expect(() => delivery.stop()).to.not.throw();
    answer({ ok: true, reference: 'ABCD2345' });
    await settle();
    expect(finished).to.deep.equal([]);
  });

  it('stopped while waiting to be back online: it does not send when the browser is', async () => {
    const events = new EventTarget();
    const run = deliver([{ ok: false, reason: 'offline', transient: true }, { ok: true, reference: 'A' }], new ManualClock(), events);
    await settle();
    run.delivery.stop();
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(run.calls).to.have.length(1);
    expect(run.result()).to.equal(undefined);
  });

  it('stops listening for online once back: a later online event leaves a wait as it is', async () => {
    const clock = new ManualClock();
    const events = new EventTarget();
    const run = deliver([{ ok: false, reason: 'offline', transient: true }, down, down], clock, events);
    await settle();
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(clock.pending).to.equal(1);
    events.dispatchEvent(new Event('online'));
    run.delivery.stop();
    await settle();
    expect(clock.pending).to.equal(0);
  });

  it('gives up exactly when the patience is used up, and honours a Retry-After of exactly the most it allows', async () => {
    const even = { firstDelayMs: 1000, factor: 1, maxDelayMs: 1000, patienceMs: 2000, maxRetryAfterMs: 30_000, attemptTimeoutMs: 5000 };
    const clock = new ManualClock();
    clock.randomValue = 1;
    const calls: number[] = [];
    let finished: SendResult | undefined;
    new Delivery(
      report,
      {
        send: async () => {
          calls.push(clock.now());
          return down;
        },
        target: { endpoint: 'https://m.example/r', format: 'json', serviceCode: undefined },
        schedule: even,
        clock,
        events: new EventTarget() as unknown as Window,
      },
      { progress: () => undefined, failedAttempt: () => undefined, finished: (result) => (finished = result) },
    ).start();
    while (finished === undefined) await clock.runNext();
    expect(calls).to.deep.equal([0, 1000, 2000]);

    const later = new ManualClock();
    const atMost: SendResult = { ok: false, reason: 'rate-limited', status: 429, transient: true, retryAfterMs: schedule.maxRetryAfterMs };
    const run = deliver([atMost, { ok: true, reference: 'A' }], later);
    expect(await later.runNext()).to.equal(schedule.maxRetryAfterMs);
    expect(run.result()).to.deep.equal({ ok: true, reference: 'A' });
  });
});

describe('the system clock', () => {
  it('is the real time, real timers and real randomness', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T10:00:00Z') });
    try {
      expect(systemClock.now()).to.equal(Date.parse('2026-12-01T10:00:00Z'));
      const ran: string[] = [];
      systemClock.setTimeout(() => ran.push('kept'), 100);
      const cancelled = systemClock.setTimeout(() => ran.push('cancelled'), 100);
      systemClock.clearTimeout(cancelled);
      vi.advanceTimersByTime(100);
      expect(ran).to.deep.equal(['kept']);
    } finally {
      vi.useRealTimers();
    }
    const draws = Array.from({ length: 20 }, () => systemClock.random());
    expect(draws.every((draw) => typeof draw === 'number' && draw >= 0 && draw < 1)).to.equal(true);
    expect(new Set(draws).size).to.be.greaterThan(1);
  });
});

