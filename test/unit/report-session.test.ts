/**
 * The report session (src/report/form/session.ts) on its own, in Node: what it sends and
 * how often, with a send function the test answers by hand and a clock that only moves
 * when told. The form around it is tested in Chromium (test/browser/report-*.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { RetrySchedule } from '../../src/report/retry-schedule.js';
import type { Report } from '../../src/report/schema.js';
import type { SendOptions, SendResult } from '../../src/report/send.js';
import { ReportSession, type SessionHost, type SessionOptions } from '../../src/report/form/session.js';
import { ManualClock, settle } from './support/manual-clock.js';

const schedule: RetrySchedule = { firstDelayMs: 1000, factor: 2, maxDelayMs: 8000, patienceMs: 60_000, maxRetryAfterMs: 30_000, attemptTimeoutMs: 5000 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Sent {
  report: Report;
  options: SendOptions;
  answer: (result: SendResult) => void;
}

/** A session with a host, a send and a window the test controls. */
function setup(options: Partial<SessionOptions> = {}, about: '' | 'self' | 'other' = '') {
  const clock = new ManualClock();
  clock.time = Date.parse('2026-12-01T10:00:00.000Z');
  const target = new EventTarget();
  const sent: Sent[] = [];
  const events: { name: string; detail: unknown; cancelable: boolean | undefined }[] = [];
  const cancel = new Set<string>();
  let changes = 0;
  const host: SessionHost = {
    changed: () => void (changes += 1),
    emit: (name, detail, cancelable) => {
      events.push({ name, detail, cancelable });
      return !cancel.has(name);
    },
    context: () => ({ lang: 'fr', partner: 'samana', href: 'https://partner.example/hulp/page?naam=An#formulier' }),
  };
  const send = (report: Report, sendOptions: SendOptions) =>
    new Promise<SendResult>((resolve) => sent.push({ report, options: sendOptions, answer: resolve }));
  const session = new ReportSession(
    host,
    { endpoint: 'https://meldpunt.example/reports', format: 'json', send, schedule, clock, target: target as unknown as Window, ...options },
    about,
  );
  /** Dispatches beforeunload as a browser does (its returnValue writable, as on BeforeUnloadEvent); true when the page would ask. */
  const unloadBlocked = (): boolean => {
    const event = new Event('beforeunload', { cancelable: true });
    Object.defineProperty(event, 'returnValue', { value: 'untouched', writable: true });
    target.dispatchEvent(event);
    // Older browsers show the dialog only when returnValue is set: both or neither.
    expect((event as unknown as { returnValue: unknown }).returnValue === '').to.equal(event.defaultPrevented);
    return event.defaultPrevented;
  };
  return { session, clock, sent, events, cancel, changes: () => changes, unloadBlocked };
}

/** The essentials of a report about a neighbour. */
function fill(session: ReportSession): void {
  session.update('about', 'other');
  session.update('area', 'Nekkerspoel');
  session.update('phone', '0470 12 34 56');
  session.update('consent', true);
}

const eventNames = (events: { name: string }[]) => events.map((event) => event.name);

describe('ReportSession: submitting', () => {
  it('refuses an incomplete report with every problem, sends nothing and emits nothing', () => {
    const { session, sent, events } = setup();
    session.update('area', '2800');
    expect(session.submit()).to.equal('invalid');
    expect(session.errors).to.deep.equal({ about: 'required', contact: 'required', consent: 'required' });
    expect(session.status).to.deep.equal({ kind: 'editing' });
    expect(session.report).to.equal(undefined);
    expect(sent).to.have.length(0);
    expect(events).to.deep.equal([]);
  });

  it('sends the validated report once, with the page without query, the fill-in time and the time of sending', () => {
    const { session, clock, sent, events } = setup();
    fill(session);
    session.update('honeypot', '');
    clock.time += 42_000;
    expect(session.submit()).to.equal('sending');
    expect(session.status).to.deep.equal({ kind: 'sending' });
    expect(session.busy).to.equal(true);
    expect(sent).to.have.length(1);
    const { report, options } = sent[0]!;
    // As it goes out (JSON): no empty optional answers.
    expect(JSON.parse(JSON.stringify(report))).to.deep.equal({
      schemaVersion: 1,
      id: report.id,
      about: 'other',
      ageGroup: 'unknown',
      area: 'Nekkerspoel',
      contactMethod: 'phone',
      phone: '0470 12 34 56',
      consent: true,
      partner: 'samana',
      lang: 'fr',
      page: 'https://partner.example/hulp/page',
      honeypot: '',
      fillMs: 42_000,
      createdAt: '2026-12-01T10:00:42.000Z',
    });
    expect(report.id).to.match(UUID);
    expect(session.report).to.equal(report);
    expect(options.endpoint).to.equal('https://meldpunt.example/reports');
    expect(options.format).to.equal('json');
    expect(options.serviceCode).to.equal(undefined);
    expect(options.timeoutMs).to.equal(schedule.attemptTimeoutMs);
    expect(events).to.deep.equal([{ name: 'eh-report-submit', detail: { about: 'other' }, cancelable: true }]);
  });

  it('sends nothing more for a second submit while sending, while waiting to try again, while offline, or once sent', async () => {
    const { session, clock, sent } = setup();
    fill(session);
    expect(session.submit()).to.equal('sending');
    expect(session.submit()).to.equal('ignored');
    expect(sent).to.have.length(1);
    sent[0]!.answer({ ok: false, reason: 'server', status: 503, transient: true });
    await settle();
    expect(session.status.kind).to.equal('retrying');
    expect(session.submit()).to.equal('ignored');
    expect(sent).to.have.length(1);
    await clock.runNext();
    expect(sent).to.have.length(2);
    sent[1]!.answer({ ok: false, reason: 'offline', transient: true });
    await settle();
    expect(session.status).to.deep.equal({ kind: 'offline' });
    expect(session.busy).to.equal(true);
    expect(session.submit()).to.equal('ignored');
    expect(sent).to.have.length(2);
  });

  it('once sent, a further submit sends nothing', async () => {
    const { session, sent } = setup();
    fill(session);
    session.submit();
    sent[0]!.answer({ ok: true, reference: 'ABCD2345' });
    await settle();
    expect(session.submit()).to.equal('ignored');
    expect(sent).to.have.length(1);
  });

  it('sends nothing when a listener cancels eh-report-submit', () => {
    const { session, sent, cancel, changes } = setup();
    fill(session);
    cancel.add('eh-report-submit');
    const before = changes();
    expect(session.submit()).to.equal('cancelled');
    expect(sent).to.have.length(0);
    expect(session.report).to.equal(undefined);
    expect(session.status).to.deep.equal({ kind: 'editing' });
    expect(changes()).to.equal(before + 1);
  });

  it('sends with the endpoint, format and service code configured before sending, and keeps them for a send under way', () => {
    const { session, sent } = setup();
    session.configure({ endpoint: 'https://open311.example/', format: 'open311', serviceCode: 'eenzaamheid' });
    fill(session);
    session.submit();
    session.configure({ endpoint: 'https://elsewhere.example/', format: 'json' });
    expect(sent[0]!.options).to.include({ endpoint: 'https://open311.example/', format: 'open311', serviceCode: 'eenzaamheid' });
  });

  it('sends with the Open311 api key configured, and forgets it when a later configuration leaves it out', () => {
    const { session, sent } = setup();
    session.configure({ endpoint: 'https://open311.example/', format: 'open311', serviceCode: 'eenzaamheid', apiKey: 'partner-key-1' });
    fill(session);
    session.submit();
    expect(sent[0]!.options).to.include({ format: 'open311', apiKey: 'partner-key-1' });
    const later = setup();
    later.session.configure({ endpoint: 'https://open311.example/', format: 'open311', serviceCode: 'eenzaamheid', apiKey: 'partner-key-1' });
    later.session.configure({ endpoint: 'https://open311.example/', format: 'open311', serviceCode: 'eenzaamheid' });
    fill(later.session);
    later.session.submit();
    expect(later.sent[0]!.options.apiKey).to.equal(undefined);
  });

  it('forgets a service code that a later configuration leaves out', async () => {
    const { session, sent } = setup();
    session.configure({ endpoint: 'https://open311.example/', format: 'open311', serviceCode: 'eenzaamheid' });
    session.configure({ endpoint: 'https://meldpunt.example/reports', format: 'json' });
    fill(session);
    session.submit();
    expect(sent[0]!.options.serviceCode).to.equal(undefined);
    expect(sent[0]!.options.format).to.equal('json');
  });

  it('takes only its own options: a polluted Object.prototype lends it no send function and no service code', async () => {
    const fetched: Request[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      fetched.push(request);
      return new Response(JSON.stringify({ reference: 'ABCD2345' }), { status: 201, headers: { 'content-type': 'application/json' } });
    });
    const proto = Object.prototype as Record<string, unknown>;
    const stolen: unknown[] = [];
    proto.send = (report: unknown) => stolen.push(report);
    proto.serviceCode = 'POLLUTED';
    try {
      const clock = new ManualClock();
      const host: SessionHost = { changed: () => undefined, emit: () => true, context: () => ({ lang: 'nl', partner: undefined, href: 'https://p.example/' }) };
      const session = new ReportSession(host, { endpoint: 'https://meldpunt.example/', format: 'open311', schedule, clock, target: new EventTarget() as unknown as Window });
      session.configure(Object.assign(Object.create({ serviceCode: 'INHERITED' }) as object, { endpoint: 'https://open311.example/', format: 'open311' as const }));
      fill(session);
      session.submit();
      await settle();
      expect(stolen).to.deep.equal([]);
      expect(fetched).to.have.length(1);
      expect(fetched[0]!.url).to.equal('https://open311.example/requests.json');
      expect(new URLSearchParams(await fetched[0]!.text()).get('service_code')).to.equal('');
    } finally {
      delete proto.send;
      delete proto.serviceCode;
      vi.unstubAllGlobals();
    }
  });
});

describe('ReportSession: the outcome', () => {
  it('on success: shows the reference and notice, forgets the answers, emits success, stops guarding the page', async () => {
    const { session, sent, events, unloadBlocked } = setup();
    fill(session);
    expect(unloadBlocked()).to.equal(true);
    session.submit();
    sent[0]!.answer({ ok: true, reference: 'ABCD2345', notice: 'Binnen 24 uur.' });
    await settle();
    expect(session.status).to.deep.equal({ kind: 'sent', reference: 'ABCD2345', notice: 'Binnen 24 uur.' });
    expect(session.values.area).to.equal('');
    expect(session.values.about).to.equal('');
    expect(session.report).to.equal(undefined);
    expect(session.unsent).to.equal(false);
    expect(session.busy).to.equal(false);
    expect(unloadBlocked()).to.equal(false);
    expect(events.at(-1)).to.deep.equal({ name: 'eh-report-success', detail: { reference: 'ABCD2345' }, cancelable: undefined });
  });

  it('says reference null when the receiver gave none', async () => {
    const { session, sent, events } = setup();
    fill(session);
    session.submit();
    sent[0]!.answer({ ok: true, reference: undefined });
    await settle();
    expect(events.at(-1)!.detail).to.deep.equal({ reference: null });
    expect(session.status).to.deep.equal({ kind: 'sent', reference: undefined, notice: undefined });
  });

  it("puts a receiver's field errors on the fields and back to editing, the answers kept", async () => {
    const { session, sent, events } = setup();
    fill(session);
    session.submit();
    sent[0]!.answer({ ok: false, reason: 'rejected', status: 422, transient: false, fieldErrors: [{ field: 'area', code: 'invalid' }] });
    await settle();
    expect(session.status).to.deep.equal({ kind: 'editing' });
    expect(session.errors).to.deep.equal({ area: 'invalid' });
    expect(session.report).to.equal(undefined);
    expect(session.values.area).to.equal('Nekkerspoel');
    expect(events.at(-1)).to.deep.equal({ name: 'eh-report-error', detail: { reason: 'rejected', willRetry: false }, cancelable: undefined });
  });

  it('a refusal without field errors is "not sent", with the report kept for "send again"', async () => {
    const { session, sent, events } = setup();
    fill(session);
    session.submit();
    sent[0]!.answer({ ok: false, reason: 'rejected', status: 404, transient: false });
    await settle();
    expect(session.status).to.deep.equal({ kind: 'not-sent', reason: 'rejected' });
    expect(session.errors).to.deep.equal({});
    expect(session.report).to.equal(sent[0]!.report);
    expect(session.unsent).to.equal(true);
    expect(events.at(-1)!.detail).to.deep.equal({ reason: 'rejected', willRetry: false });
  });

  it('emits eh-report-error with willRetry for each attempt it will try again', async () => {
    const { session, sent, events } = setup();
    fill(session);
    session.submit();
    sent[0]!.answer({ ok: false, reason: 'network', transient: true });
    await settle();
    expect(events.at(-1)).to.deep.equal({ name: 'eh-report-error', detail: { reason: 'network', willRetry: true }, cancelable: undefined });
  });
});

describe('ReportSession: sending again', () => {
  async function notSent() {
    const run = setup();
    fill(run.session);
    run.session.submit();
    run.sent[0]!.answer({ ok: false, reason: 'invalid-response', status: 200, transient: false });
    await settle();
    return run;
  }

  it('"send again" sends the identical report', async () => {
    const { session, sent } = await notSent();
    session.retry();
    expect(session.status).to.deep.equal({ kind: 'sending' });
    expect(sent).to.have.length(2);
    expect(sent[1]!.report).to.equal(sent[0]!.report);
  });

  it('"send again" does nothing unless the report is "not sent"', async () => {
    const { session, sent } = setup();
    fill(session);
    session.retry();
    expect(sent).to.have.length(0);
    session.submit();
    session.retry();
    expect(sent).to.have.length(1);
  });

  it('after "change answers", the same answers go out as the same report and changed ones as a new one', async () => {
    const { session, sent, clock } = await notSent();
    session.edit();
    expect(session.status).to.deep.equal({ kind: 'editing' });
    expect(session.report).to.equal(undefined);
    clock.time += 5000;
    session.submit();
    expect(sent[1]!.report).to.equal(sent[0]!.report);
    sent[1]!.answer({ ok: false, reason: 'invalid-response', status: 200, transient: false });
    await settle();
    session.edit();
    session.update('area', '2801');
    session.submit();
    expect(sent[2]!.report.id).to.match(UUID);
    expect(sent[2]!.report.id).to.not.equal(sent[0]!.report.id);
    expect(sent[2]!.report.area).to.equal('2801');
  });

  it('"change answers" does nothing unless the report is "not sent"', () => {
    const { session } = setup();
    fill(session);
    session.submit();
    session.edit();
    expect(session.status).to.deep.equal({ kind: 'sending' });
    expect(session.report).to.not.equal(undefined);
  });

  it('a fresh form after sending: empty, a new clock for the fill-in time, a new id', async () => {
    const { session, sent, clock } = setup();
    fill(session);
    session.submit();
    sent[0]!.answer({ ok: true, reference: 'ABCD2345' });
    await settle();
    clock.time += 60_000;
    session.restart('self');
    expect(session.status).to.deep.equal({ kind: 'editing' });
    expect(session.values.about).to.equal('self');
    expect(session.errors).to.deep.equal({});
    session.update('area', '2800');
    session.update('email', 'an@example.org');
    session.update('consent', true);
    clock.time += 7000;
    session.submit();
    expect(sent[1]!.report.fillMs).to.equal(7000);
    expect(sent[1]!.report.id).to.not.equal(sent[0]!.report.id);
  });

  it('no fresh form while a report is on its way', () => {
    const { session } = setup();
    fill(session);
    session.submit();
    session.restart();
    expect(session.status).to.deep.equal({ kind: 'sending' });
    expect(session.values.area).to.equal('Nekkerspoel');
  });
});

describe('ReportSession: answers while sending', () => {
  it('keeps what is being sent: answers changed while sending or after sending are not taken', async () => {
    const { session, sent, changes } = setup();
    fill(session);
    session.submit();
    const before = changes();
    session.update('area', '2801');
    session.setAbout('self');
    expect(session.values.area).to.equal('Nekkerspoel');
    expect(session.values.about).to.equal('other');
    expect(changes()).to.equal(before + 1);
    sent[0]!.answer({ ok: true, reference: 'ABCD2345' });
    await settle();
    session.update('area', '2801');
    session.setAbout('self');
    expect(session.values.area).to.equal('');
    expect(session.values.about).to.equal('');
  });

  it('chooses who the report is about for a form opened from a route', () => {
    const { session, changes } = setup({}, 'self');
    expect(session.values.about).to.equal('self');
    const before = changes();
    session.setAbout('self');
    expect(changes()).to.equal(before);
    session.setAbout('other');
    expect(session.values.about).to.equal('other');
    expect(changes()).to.equal(before + 1);
  });
});

describe('ReportSession: leaving the page', () => {
  it('warns before unload once something is typed, not for an empty form or the honeypot alone', () => {
    const { session, unloadBlocked } = setup({}, 'other');
    expect(session.unsent).to.equal(false);
    session.update('honeypot', 'bot');
    expect(unloadBlocked()).to.equal(false);
    session.update('area', '2800');
    expect(session.unsent).to.equal(true);
    expect(unloadBlocked()).to.equal(true);
  });

  it('a detached form stops warning, unless its report is on its way; back on the page it warns again', async () => {
    const { session, sent, unloadBlocked } = setup();
    session.update('area', '2800');
    session.setConnected(false);
    expect(unloadBlocked()).to.equal(false);
    session.setConnected(true);
    expect(unloadBlocked()).to.equal(true);
    fill(session);
    session.submit();
    session.setConnected(false);
    expect(unloadBlocked()).to.equal(true);
    sent[0]!.answer({ ok: false, reason: 'rejected', status: 404, transient: false });
    await settle();
    // Not sent, and nobody can see it: no warning.
    expect(unloadBlocked()).to.equal(false);
  });

  it('a detached form does not start warning when typed into', () => {
    const { session, unloadBlocked } = setup();
    session.setConnected(false);
    session.update('area', '2800');
    expect(unloadBlocked()).to.equal(false);
  });
});

describe('ReportSession: the rest of its contract', () => {
  it('starts with nobody chosen, and a fresh form with nobody chosen too', async () => {
    const host: SessionHost = { changed: () => undefined, emit: () => true, context: () => ({ lang: 'nl', partner: undefined, href: 'https://p.example/' }) };
    const clock = new ManualClock();
    const session = new ReportSession(host, { endpoint: 'https://m.example/r', format: 'json', send: async () => ({ ok: true, reference: 'A' }), schedule, clock, target: new EventTarget() as unknown as Window });
    expect(session.values.about).to.equal('');
    expect(session.clock).to.equal(clock);
    fill(session);
    session.submit();
    await settle();
    session.restart();
    expect(session.values.about).to.equal('');
  });

  it('sends with the service code it was made with', () => {
    const { session, sent } = setup({ format: 'open311', serviceCode: 'eenzaamheid' });
    fill(session);
    session.submit();
    expect(sent[0]!.options.serviceCode).to.equal('eenzaamheid');
  });

  it('ignores a new endpoint given while a report is on its way: "send again" goes where the first attempt went', async () => {
    const { session, sent } = setup();
    fill(session);
    session.submit();
    session.configure({ endpoint: 'https://elsewhere.example/reports', format: 'json' });
    sent[0]!.answer({ ok: false, reason: 'invalid-response', status: 200, transient: false });
    await settle();
    session.retry();
    expect(sent[1]!.options.endpoint).to.equal('https://meldpunt.example/reports');
  });

  it('keeps warning before unload while a report on the page is "not sent"', async () => {
    const { session, sent, unloadBlocked } = setup();
    fill(session);
    session.submit();
    sent[0]!.answer({ ok: false, reason: 'rejected', status: 404, transient: false });
    await settle();
    expect(session.status.kind).to.equal('not-sent');
    expect(unloadBlocked()).to.equal(true);
  });

  it('stops warning when what was typed is cleared again', () => {
    const { session, unloadBlocked } = setup();
    session.update('area', '2800');
    expect(unloadBlocked()).to.equal(true);
    session.update('area', '');
    expect(unloadBlocked()).to.equal(false);
  });
});

