import type { Report } from '../schema.js';
import { sendReport, type SendFailureReason, type SendOptions, type SendResult } from '../send.js';
import { errorsFromReceiver, validateCandidate, type FieldErrors } from './validate.js';
import { emptyValues, hasInput, pageWithoutQuery, toCandidate, type FieldName, type FormValues } from './values.js';
import type { About } from '../schema.js';

export type SendStatus =
  | { readonly kind: 'editing' }
  | { readonly kind: 'sending'; readonly attempt: number }
  | { readonly kind: 'offline' }
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
  /** Replaced in tests; the real one posts with ky. */
  send?: (report: Report, options: SendOptions) => Promise<SendResult>;
  timing?: SendOptions['timing'];
  /** Where `online` and `beforeunload` are listened for. */
  target?: Window;
}

export type SubmitOutcome = 'invalid' | 'cancelled' | 'sending' | 'ignored';

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
  /** The validated report once submitted; identical (same id) on every retry. */
  report: Report | undefined;

  readonly #host: SessionHost;
  readonly #options: SessionOptions;
  readonly #target: Window;
  #startedAt = Date.now();
  #id: string | undefined;
  #createdAt: string | undefined;
  #guarding = false;
  #connected = true;
  #waitingForOnline = false;

  constructor(host: SessionHost, options: SessionOptions, about: About | '' = '') {
    this.#host = host;
    // Own properties only: a polluted Object.prototype must not redirect the report.
    const own = <K extends keyof SessionOptions>(key: K): SessionOptions[K] | undefined => (Object.hasOwn(options, key) ? options[key] : undefined);
    this.#options = {
      endpoint: options.endpoint,
      format: options.format,
      serviceCode: own('serviceCode'),
      send: own('send'),
      timing: own('timing'),
      target: own('target'),
    };
    this.#target = this.#options.target ?? window;
    this.values = emptyValues(about);
  }

  /** A changed `endpoint` or `format` applies to the next send; a send under way keeps its own. */
  configure(setup: Pick<SessionOptions, 'endpoint' | 'format' | 'serviceCode'>): void {
    if (this.busy) return;
    this.#options.endpoint = setup.endpoint;
    this.#options.format = setup.format;
    this.#options.serviceCode = Object.hasOwn(setup, 'serviceCode') ? setup.serviceCode : undefined;
  }

  get busy(): boolean {
    return this.status.kind === 'sending' || this.status.kind === 'offline';
  }

  /** Something typed or a report not yet sent: leaving the page would lose it. */
  get unsent(): boolean {
    return this.status.kind !== 'sent' && (this.report !== undefined || hasInput(this.values));
  }

  update<K extends keyof FormValues>(field: K, value: FormValues[K]): void {
    // While a report is on its way, what is being sent is what the resident sees.
    if (this.busy || this.status.kind === 'sent') return;
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
    this.#id ??= crypto.randomUUID();
    this.#createdAt ??= new Date().toISOString();
    const candidate = toCandidate(this.values, {
      id: this.#id,
      lang,
      partner,
      page: pageWithoutQuery(href),
      fillMs: Math.max(0, Date.now() - this.#startedAt),
      createdAt: this.#createdAt,
    });
    const validation = validateCandidate(candidate);
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
    this.report = validation.report;
    void this.#send();
    return 'sending';
  }

  /** "Send again" from the not-sent state: the identical report, the same id. */
  retry(): void {
    if (this.status.kind !== 'not-sent' || !this.report) return;
    void this.#send();
  }

  /** Back to the form to change answers; the next submit validates again. */
  edit(): void {
    if (this.status.kind !== 'not-sent' && this.status.kind !== 'offline') return;
    this.#stopWaitingForOnline();
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
    this.#id = undefined;
    this.#createdAt = undefined;
    this.#startedAt = Date.now();
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

  async #send(): Promise<void> {
    const report = this.report;
    if (!report) return;
    this.#stopWaitingForOnline();
    this.status = { kind: 'sending', attempt: 0 };
    this.#guard();
    this.#host.changed();
    const send = this.#options.send ?? sendReport;
    let result: SendResult;
    try {
      result = await send(report, {
        endpoint: this.#options.endpoint,
        format: this.#options.format,
        serviceCode: this.#options.serviceCode,
        timing: this.#options.timing,
        onRetry: (attempt) => {
          this.status = { kind: 'sending', attempt };
          this.#host.changed();
        },
      });
    } catch {
      result = { ok: false, reason: 'network' };
    }
    if (result.ok) {
      this.status = { kind: 'sent', reference: result.reference, notice: result.notice };
      // The report has arrived: drop what the resident typed from memory.
      this.values = emptyValues();
      this.report = undefined;
      this.#unguard();
      this.#host.changed();
      this.#host.emit('eh-report-success', { reference: result.reference ?? null });
      return;
    }
    if (result.reason === 'offline') {
      this.status = { kind: 'offline' };
      this.#waitForOnline();
      this.#host.changed();
      this.#host.emit('eh-report-error', { reason: 'offline', willRetry: true });
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

  readonly #onOnline = (): void => {
    if (this.status.kind === 'offline') void this.#send();
  };

  #waitForOnline(): void {
    if (this.#waitingForOnline) return;
    this.#waitingForOnline = true;
    this.#target.addEventListener('online', this.#onOnline);
  }

  #stopWaitingForOnline(): void {
    if (!this.#waitingForOnline) return;
    this.#waitingForOnline = false;
    this.#target.removeEventListener('online', this.#onOnline);
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
