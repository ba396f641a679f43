import { expect, fixture, html } from '@open-wc/testing';
import type { RetrySchedule } from '../../src/report/retry-schedule.js';
import { $, waitFor } from '../support/helpers.js';
import { FormHost } from '../support/form-host.js';
import {
  activeInShadow,
  fillAboutNeighbourEssentials,
  reportState,
  setFailSwitch,
  storedReports,
  waitForState,
} from '../support/report-helpers.js';

/** The default schedule's shape, a hundred times faster: patience 1.2 s instead of two minutes. */
const FAST: RetrySchedule = { firstDelayMs: 10, factor: 2, maxDelayMs: 200, patienceMs: 1200, maxRetryAfterMs: 60_000, attemptTimeoutMs: 5000 };

/** The form on its own with the fast schedule, against the real receiver. */
async function openFast(schedule: RetrySchedule = FAST): Promise<FormHost> {
  const host = await fixture<FormHost>(html`<eh-form-host></eh-form-host>`);
  await host.open({ schedule });
  return host;
}

/** Every report request the page makes: its Idempotency-Key and body. */
function recordRequests(): { requests: { key: string | null; body: string }[]; stop: () => void } {
  const requests: { key: string | null; body: string }[] = [];
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (input instanceof Request && input.url.endsWith('/reports')) {
      requests.push({ key: input.headers.get('Idempotency-Key'), body: await input.clone().text() });
    }
    return original(input, init);
  };
  return { requests, stop: () => (window.fetch = original) };
}

/** Every value `read` takes after each change of the form's DOM, until the state is `until`. */
async function watch(host: FormHost, read: () => string, until: string): Promise<string[]> {
  const seen: string[] = [];
  const look = () => {
    const value = read();
    if (seen.at(-1) !== value) seen.push(value);
  };
  const observer = new MutationObserver(look);
  observer.observe(host.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  try {
    look();
    await waitFor(() => reportState(host) === until, `state ${until}`, 15_000);
    look();
  } finally {
    observer.disconnect();
  }
  return seen;
}

/** Presses the submit button from the keyboard, as a resident who tabbed to it. */
async function pressSubmit(host: FormHost): Promise<HTMLButtonElement> {
  const button = $(host, 'button.submit') as HTMLButtonElement;
  button.focus();
  button.click();
  await host.updateComplete;
  return button;
}

function recordErrors(host: FormHost): CustomEvent[] {
  const events: CustomEvent[] = [];
  host.addEventListener('eh-report-error', (event) => events.push(event as CustomEvent));
  return events;
}

describe('sending patiently', () => {
  beforeEach(() => setFailSwitch('ok'));
  afterEach(() => setFailSwitch('ok'));

  it('keeps trying through a receiver that fails for a while, with the same id, key and body, and needs no click', async () => {
    const before = await storedReports();
    await setFailSwitch('500', { times: 4 });
    const host = await openFast();
    const errors = recordErrors(host);
    await fillAboutNeighbourEssentials(host);
    const record = recordRequests();
    try {
      await pressSubmit(host);
      await waitForState(host, 'sent');
    } finally {
      record.stop();
    }
    expect(await storedReports()).to.equal(before + 1);
    expect(record.requests).to.have.length(5);
    expect(new Set(record.requests.map((request) => request.key)).size).to.equal(1);
    expect(new Set(record.requests.map((request) => request.body)).size).to.equal(1);
    expect(JSON.parse(record.requests[0]!.body).id).to.equal(record.requests[0]!.key);
    expect(errors.map((event) => event.detail)).to.deep.equal(Array(4).fill({ reason: 'server', willRetry: true }));
  });

  it('shows and announces each state next to the submit button, and keeps focus on it until the outcome', async () => {
    await setFailSwitch('500', { times: 3 });
    const host = await openFast({ ...FAST, firstDelayMs: 150 });
    await fillAboutNeighbourEssentials(host);
    const button = await pressSubmit(host);
    const states = await watch(
      host,
      () => {
        const row = host.shadowRoot!.querySelector('.submit-row');
        if (!row) return reportState(host) ?? '';
        const status = row.querySelector('[role="status"]')!;
        const focus = activeInShadow(host) === button ? 'focus on button' : 'focus elsewhere';
        const beside = status.previousElementSibling === button ? 'status beside button' : 'status elsewhere';
        return `${reportState(host)} | ${button.textContent!.trim()} | ${status.textContent} | ${focus} | ${beside} | ${row.querySelector('.attempt')?.textContent ?? ''}`;
      },
      'sent',
    );
    const phases = states.map((state) => state.split(' | ').slice(0, 5).join(' | '));
    expect([...new Set(phases)]).to.deep.equal([
      'sending | Bezig met versturen… | Je melding wordt verstuurd… | focus on button | status beside button',
      'retrying | We proberen opnieuw… | Het meldpunt antwoordt nog niet. We proberen het vanzelf opnieuw: je hoeft niets te doen. Laat deze pagina open. | focus on button | status beside button',
      'sent',
    ]);
    const attempts = states.map((state) => state.split(' | ')[5]).filter(Boolean);
    expect(attempts).to.include('Poging 2 over 1 seconde.');
    expect(attempts).to.include('Poging 4…');
    await waitFor(() => activeInShadow(host)?.id.endsWith('outcome') ?? false, 'focus on the outcome heading');
  });

  it('asks the resident only after its patience: not sent yet, focus on that heading, retry sends the same report', async () => {
    const before = await storedReports();
    await setFailSwitch('500');
    const host = await openFast();
    const errors = recordErrors(host);
    await fillAboutNeighbourEssentials(host);
    const record = recordRequests();
    try {
      await pressSubmit(host);
      await waitForState(host, 'not-sent');
      expect(record.requests.length).to.be.greaterThan(3);
      await waitFor(() => activeInShadow(host)?.id.endsWith('outcome') ?? false, 'focus on the not-sent heading');
      expect(errors.at(-1)!.detail).to.deep.equal({ reason: 'server', willRetry: false });
      expect(($(host, '.report-text') as HTMLTextAreaElement).value).to.contain('0470 12 34 56');
      expect($(host, '.outcome .meldpunt-contact')).to.not.equal(null);
      await setFailSwitch('ok');
      $(host, 'button[part="retry-button"]').click();
      await waitForState(host, 'sent');
    } finally {
      record.stop();
    }
    expect(await storedReports()).to.equal(before + 1);
    expect(new Set(record.requests.map((request) => request.key)).size).to.equal(1);
  });

  it('honours Retry-After (the receiver asks for a second)', async () => {
    await setFailSwitch('503', { times: 1 });
    const host = await openFast();
    await fillAboutNeighbourEssentials(host);
    await pressSubmit(host);
    await waitFor(() => reportState(host) === 'retrying', 'retrying');
    await host.updateComplete;
    // The fast schedule alone would wait 5 to 10 ms; the receiver's Retry-After: 1 wins.
    expect($(host, '.attempt').textContent).to.equal('Poging 2 over 1 seconde.');
    await waitForState(host, 'sent');
  });

  it('waits offline at the submit button, offers the meldpunt meanwhile, and sends when back online', async () => {
    const before = await storedReports();
    const host = await openFast();
    const errors = recordErrors(host);
    await fillAboutNeighbourEssentials(host);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    let button: HTMLButtonElement;
    try {
      button = await pressSubmit(host);
      await waitForState(host, 'offline');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect($(host, '.submit-row [role="status"]').textContent).to.contain('offline');
    expect(button.textContent!.trim()).to.equal('Wacht op verbinding…');
    expect($(host, '.submit-row .meldpunt-contact')).to.not.equal(null);
    expect(activeInShadow(host)).to.equal(button);
    expect(errors.map((event) => event.detail)).to.deep.equal([{ reason: 'offline', willRetry: true }]);
    window.dispatchEvent(new Event('online'));
    await waitForState(host, 'sent');
    expect(await storedReports()).to.equal(before + 1);
  });

  it('sends changed answers as a new report with a new id, the same answers as the same report', async () => {
    await setFailSwitch('html');
    const host = await openFast();
    await fillAboutNeighbourEssentials(host);
    const record = recordRequests();
    try {
      await pressSubmit(host);
      await waitForState(host, 'not-sent');
      $(host, '.outcome button.secondary:not([part])').click();
      await waitForState(host, 'editing');
      await pressSubmit(host);
      await waitForState(host, 'not-sent');
      $(host, '.outcome button.secondary:not([part])').click();
      await waitForState(host, 'editing');
      const area = host.shadowRoot!.querySelector<HTMLInputElement>('[data-field="area"] input')!;
      area.value = '2801';
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await setFailSwitch('ok');
      await pressSubmit(host);
      await waitForState(host, 'sent');
    } finally {
      record.stop();
    }
    const keys = record.requests.map((request) => request.key);
    expect(keys[0]).to.equal(keys[1]);
    expect(record.requests[0]!.body).to.equal(record.requests[1]!.body);
    expect(keys[2]).to.not.equal(keys[1]);
    expect(JSON.parse(record.requests[2]!.body).id).to.equal(keys[2]);
  });
});
