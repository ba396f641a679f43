import type { About, Report } from '../schema.js';
import { DEFAULT_RETRY_SCHEDULE, type RetrySchedule } from '../retry-schedule.js';
import { sendReport, type SendFailureReason, type SendOptions, type SendResult } from '../send.js';
import { Delivery, systemClock, type DeliveryClock, type DeliveryProgress } from './delivery.js';
import { errorsFromReceiver, validateCandidate, type FieldErrors } from './validate.js';
import { emptyValues, hasInput, pageWithoutQuery, toCandidate, type FieldName, type FormValues } from './values.js';

export type SendStatus =
  | { readonly kind: 'editing' }
  | DeliveryProgress
  | { readonly kind: 'not-sent'; readonly reason: SendFailureReason }
  | { readonly kind: 'sent'; readonly reference: string | undefined; readonly notice: string | undefined };

/** Event names and their `detail`: never anything the resident typed. */
export interface ReportEventDetails {
  'eh-report-start': { about: About | null };
  'eh-report-submit': { about: About };
  'eh-report-success': { reference: string | null };
  'eh-report-error': { reason: SendFailureReason; willRetry: boolean };
}

export interface SessionHost {
  /** The state changed: render again. */
  changed(): void;
  /** Dispatches a report event; false when a listener cancelled it. */
  emit<K extends keyof ReportEventDetails>(name: K, detail: ReportEventDetails[K], cancelable?: boolean): boolean;
  /** The language, partner and page the report is made in. */
  context(): { lang: 'nl' | 'fr' | 'en'; partner: string | undefined; href: string };
}

export interface SessionOptions {
  endpoint: string;
  format: 'json' | 'open311';
  serviceCode?: string | undefined;
  /** Open311: the `api_key` a receiver asked the partner to send. */
  apiKey?: string | undefined;
  /** Replaced in tests; the real one posts with fetch. */
  send?: (report: Report, options: SendOptions) => Promise<SendResult>;
  /** How patiently to send; tests pass a faster one. */
  schedule?: RetrySchedule;
  clock?: DeliveryClock;
  /** Where `online` and `beforeunload` are listened for. */
  target?: Window;
}

export type SubmitOutcome = 'invalid' | 'cancelled' | 'sending' | 'ignored';

/** The resident's answers in a report, without what changes on each submit (id, times). */
function answersOf(report: Report): string {
  const { id: _id, createdAt: _createdAt, fillMs: _fillMs, ...answers } = report;
  return JSON.stringify(answers);
}

/**
 * One report, from the first answer to the reference: what the resident typed,
 * validation errors, and the sending state. Lives in memory only (never in storage:
 * shared computers), and on the element, so removing and re-adding the element
 * mid-send keeps it: the send goes on and its outcome is shown on return.
 */
export class ReportSession {
  values: FormValues;
  errors: FieldErrors = {};
  status: SendStatus = { kind: 'editing' };
  /** The validated report once submitted; identical (same id and body) on every attempt. */
  report: Report | undefined;

  readonly #host: SessionHost;
  readonly #options: SessionOptions;
  readonly #target: Window;
  readonly #clock: DeliveryClock;
  #startedAt: number;
  /** The last report that went out: sent again as it is while the answers stay the same. */
  #lastSent: Report | undefined;
  #delivery: Delivery | undefined;
  #guarding = false;
  #connected = true;

  constructor(host: SessionHost, options: SessionOptions, about: About | '' = '') {
    this.#host = host;
    // Own properties only: a polluted Object.prototype must not redirect the report.
    const own = <K extends keyof SessionOptions>(key: K): SessionOptions[K] | undefined => (Object.hasOwn(options, key) ? options[key] : undefined);
    this.#options = {
      endpoint: options.endpoint,
      format: options.format,
      serviceCode: own('serviceCode'),
      apiKey: own('apiKey'),
      send: own('send'),
      schedule: own('schedule'),
      clock: own('clock'),
      target: own('target'),
    };
    this.#target = this.#options.target ?? window;
    this.#clock = this.#options.clock ?? systemClock;
    this.#startedAt = this.#clock.now();
    this.values = emptyValues(about);
  }

  /** A changed `endpoint` or `format` applies to the next send; a send under way keeps its own. */
  configure(setup: Pick<SessionOptions, 'endpoint' | 'format' | 'serviceCode' | 'apiKey'>): void {
    if (this.busy) return;
    this.#options.endpoint = setup.endpoint;
    this.#options.format = setup.format;
    this.#options.serviceCode = Object.hasOwn(setup, 'serviceCode') ? setup.serviceCode : undefined;
    this.#options.apiKey = Object.hasOwn(setup, 'apiKey') ? setup.apiKey : undefined;
  }

  /** The report is on its way: sending, trying again, or waiting to be back online. */
  get busy(): boolean {
    const kind = this.status.kind;
    return kind === 'sending' || kind === 'retrying' || kind === 'offline';
  }

  /** The clock the delivery runs on (for "next attempt in … seconds"). */
  get clock(): DeliveryClock {
    return this.#clock;
  }

  /** Something typed or a report not yet sent: leaving the page would lose it. */
  get unsent(): boolean {
    return this.status.kind !== 'sent' && (this.report !== undefined || hasInput(this.values));
  }

  update<K extends keyof FormValues>(field: K, value: FormValues[K]): void {
    // While a report is on its way, what is being sent is what the resident sees:
    // render again so a clicked radio shows the answer being sent.
    if (this.busy || this.status.kind === 'sent') {
      this.#host.changed();
      return;
    }
    this.values = { ...this.values, [field]: value };
    this.#host.changed();
    this.#guard();
  }

  /** Chooses who the report is about, for a form opened from a route. */
  setAbout(about: About): void {
    if (this.values.about === about || this.busy || this.status.kind === 'sent') return;
    this.update('about', about);
  }

  submit(): SubmitOutcome {
    // A double click or a second Enter while sending sends nothing more.
    if (this.busy || this.status.kind === 'sent') return 'ignored';
    const { lang, partner, href } = this.#host.context();
    const validation = validateCandidate(
      toCandidate(this.values, {
        id: this.#lastSent?.id ?? crypto.randomUUID(),
        lang,
        partner,
        page: pageWithoutQuery(href),
        fillMs: Math.max(0, Math.round(this.#clock.now() - this.#startedAt)),
        createdAt: new Date(this.#clock.now()).toISOString(),
      }),
    );
    if (!validation.ok) {
      this.errors = validation.errors;
      this.status = { kind: 'editing' };
      this.#host.changed();
      return 'invalid';
    }
    this.errors = {};
    if (!this.#host.emit('eh-report-submit', { about: validation.report.about }, true)) {
      this.#host.changed();
      return 'cancelled';
    }
    this.report = this.#stable(validation.report);
    this.#send();
    return 'sending';
  }

  /**
   * The same answers go out as the very same report (same id, same body), so a receiver
   * that already stored it answers with the first reference. Changed answers are a new
   * report with a new id: a receiver refuses a known key with a different body.
   */
  #stable(report: Report): Report {
    const last = this.#lastSent;
    if (last && answersOf(last) === answersOf(report)) return last;
    return last ? { ...report, id: crypto.randomUUID() } : report;
  }

  /** "Send again" from the not-sent state: the identical report, the same id. */
  retry(): void {
    if (this.status.kind !== 'not-sent' || !this.report) return;
    this.#send();
  }

  /** Back to the form to change answers; the next submit validates again. */
  edit(): void {
    if (this.status.kind !== 'not-sent') return;
    this.report = undefined;
    this.status = { kind: 'editing' };
    this.#host.changed();
  }

  /** A fresh form after a report was sent. */
  restart(about: About | '' = ''): void {
    if (this.busy) return;
    this.values = emptyValues(about);
    this.errors = {};
    this.report = undefined;
    this.status = { kind: 'editing' };
    this.#lastSent = undefined;
    this.#startedAt = this.#clock.now();
    this.#host.changed();
  }

  /**
   * The element left or re-joined the page. A detached form no longer warns on
   * unload (nobody can see it), unless its report is on its way: then the warning
   * stays until the send is over, and an offline report still goes when online.
   */
  setConnected(connected: boolean): void {
    this.#connected = connected;
    if (connected) this.#guard();
    else if (!this.busy) this.#unguard();
  }

  #send(): void {
    const report = this.report;
    if (!report) return;
    this.#lastSent = report;
    this.#delivery?.stop();
    const delivery = new Delivery(
      report,
      {
        send: this.#options.send ?? sendReport,
        target: { endpoint: this.#options.endpoint, format: this.#options.format, serviceCode: this.#options.serviceCode, apiKey: this.#options.apiKey },
        schedule: this.#options.schedule ?? DEFAULT_RETRY_SCHEDULE,
        clock: this.#clock,
        events: this.#target,
      },
      {
        progress: (progress) => {
          this.status = progress;
          this.#host.changed();
        },
        failedAttempt: (reason) => this.#host.emit('eh-report-error', { reason, willRetry: true }),
        finished: (result) => this.#finished(result),
      },
    );
    this.#delivery = delivery;
    this.status = { kind: 'sending' };
    this.#guard();
    delivery.start();
  }

  #finished(result: SendResult): void {
    this.#delivery = undefined;
    if (result.ok) {
      this.status = { kind: 'sent', reference: result.reference, notice: result.notice };
      // The report has arrived: drop what the resident typed from memory.
      this.values = emptyValues();
      this.report = undefined;
      this.#lastSent = undefined;
      this.#unguard();
      this.#host.changed();
      this.#host.emit('eh-report-success', { reference: result.reference ?? null });
      return;
    }
    if (!this.#connected) this.#unguard();
    const fieldErrors = result.reason === 'rejected' ? errorsFromReceiver(result.fieldErrors ?? []) : {};
    if (Object.keys(fieldErrors).length > 0) {
      this.errors = fieldErrors;
      this.report = undefined;
      this.status = { kind: 'editing' };
    } else {
      this.status = { kind: 'not-sent', reason: result.reason };
    }
    this.#host.changed();
    this.#host.emit('eh-report-error', { reason: result.reason, willRetry: false });
  }

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.unsent) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the dialog.
    event.returnValue = '';
  };

  #guard(): void {
    if (this.#guarding || !this.unsent || !(this.#connected || this.busy)) return;
    this.#guarding = true;
    this.#target.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  #unguard(): void {
    if (!this.#guarding) return;
    this.#guarding = false;
    this.#target.removeEventListener('beforeunload', this.#onBeforeUnload);
  }
}

export type { FieldName };
