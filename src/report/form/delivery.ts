import type { Report } from '../schema.js';
import { backoffDelay, type RetrySchedule } from '../retry-schedule.js';
import type { SendFailure, SendFailureReason, SendOptions, SendResult } from '../send.js';

/** Time as the delivery sees it; tests may pass their own. */
export interface DeliveryClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  random(): number;
}

export const systemClock: DeliveryClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** Where the delivery stands, for the resident to see. */
export type DeliveryProgress =
  | { readonly kind: 'sending' }
  | {
      readonly kind: 'retrying';
      /** The attempt under way, or the next one while waiting. */
      readonly attempt: number;
      /** While waiting: when the next attempt starts (the delivery clock's time). */
      readonly retryAt: number | undefined;
      readonly reason: SendFailureReason;
    }
  | { readonly kind: 'offline' };

export interface DeliveryListener {
  progress(progress: DeliveryProgress): void;
  /** An attempt failed and the delivery will try again by itself. */
  failedAttempt(reason: SendFailureReason): void;
  /** Sent, or a failure the resident must act on (a refusal, or the patience is used up). */
  finished(result: SendResult): void;
}

export interface DeliveryOptions {
  send: (report: Report, options: SendOptions) => Promise<SendResult>;
  /** Endpoint and format, as they were when the resident pressed send. */
  target: Pick<SendOptions, 'endpoint' | 'format' | 'serviceCode' | 'apiKey'>;
  schedule: RetrySchedule;
  clock: DeliveryClock;
  /** Where `online` is listened for. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Sends one report patiently: the same report (same id, so the same Idempotency-Key
 * and body) again and again after transient failures, with the schedule's capped
 * exponential backoff and any Retry-After honoured, for at least its patience;
 * offline, it waits for the browser to be back online and starts a fresh window.
 * It keeps going while its element is detached, so removing and re-adding the
 * element loses nothing.
 */
export class Delivery {
  readonly #report: Report;
  readonly #options: DeliveryOptions;
  readonly #listener: DeliveryListener;
  #stopped = false;
  #lastFailure: SendFailure | undefined;
  #abort: AbortController | undefined;
  #timer: unknown;
  #wake: (() => void) | undefined;

  constructor(report: Report, options: DeliveryOptions, listener: DeliveryListener) {
    this.#report = report;
    this.#options = options;
    this.#listener = listener;
  }

  start(): void {
    void this.#run();
  }

  /** Stops trying: an attempt under way is aborted, a wait is cut short. */
  stop(): void {
    this.#stopped = true;
    this.#abort?.abort();
    this.#wake?.();
  }

  async #run(): Promise<void> {
    const { schedule, clock } = this.#options;
    let windowStart = clock.now();
    let attempt = 0;
    for (;;) {
      attempt += 1;
      const previous = attempt > 1 ? this.#lastFailure : undefined;
      this.#listener.progress(previous ? { kind: 'retrying', attempt, retryAt: undefined, reason: previous.reason } : { kind: 'sending' });
      const result = await this.#attempt();
      if (this.#stopped) return;
      if (result.ok || !result.transient) return this.#listener.finished(result);
      this.#lastFailure = result;
      if (result.reason === 'offline') {
        this.#listener.progress({ kind: 'offline' });
        this.#listener.failedAttempt('offline');
        await this.#untilOnline();
        if (this.#stopped) return;
        // Back online: a fresh start, with the whole patience again.
        windowStart = clock.now();
        attempt = 0;
        this.#lastFailure = undefined;
        continue;
      }
      const retryAfter = result.retryAfterMs;
      if (clock.now() - windowStart >= schedule.patienceMs || (retryAfter ?? 0) > schedule.maxRetryAfterMs) {
        return this.#listener.finished(result);
      }
      const wait = Math.max(backoffDelay(schedule, attempt, () => clock.random()), retryAfter ?? 0);
      this.#listener.failedAttempt(result.reason);
      this.#listener.progress({ kind: 'retrying', attempt: attempt + 1, retryAt: clock.now() + wait, reason: result.reason });
      await this.#sleep(wait);
      if (this.#stopped) return;
    }
  }

  async #attempt(): Promise<SendResult> {
    const abort = new AbortController();
    this.#abort = abort;
    try {
      return await this.#options.send(this.#report, {
        ...this.#options.target,
        signal: abort.signal,
        timeoutMs: this.#options.schedule.attemptTimeoutMs,
      });
    } catch {
      return { ok: false, reason: 'network', transient: true };
    } finally {
      this.#abort = undefined;
    }
  }

  #sleep(ms: number): Promise<void> {
    const { clock } = this.#options;
    return new Promise((resolve) => {
      const done = (): void => {
        clock.clearTimeout(this.#timer);
        this.#wake = undefined;
        resolve();
      };
      this.#wake = done;
      this.#timer = clock.setTimeout(done, ms);
    });
  }

  #untilOnline(): Promise<void> {
    const { events } = this.#options;
    return new Promise((resolve) => {
      const done = (): void => {
        events.removeEventListener('online', done);
        this.#wake = undefined;
        resolve();
      };
      this.#wake = done;
      events.addEventListener('online', done);
    });
  }
}
