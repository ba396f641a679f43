import type { DeliveryClock } from '../../../src/report/form/delivery.js';

/** Lets pending promise reactions and zero-delay work run. */
export const settle = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0));

/** A clock that only moves when the test says so. */
export class ManualClock implements DeliveryClock {
  time = 0;
  randomValue = 0.5;
  #timers: { at: number; run: () => void; id: number }[] = [];
  #nextId = 1;
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#timers.push({ at: this.time + ms, run, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.#timers = this.#timers.filter((timer) => timer.id !== handle);
  }
  random(): number {
    return this.randomValue;
  }
  get pending(): number {
    return this.#timers.length;
  }
  /** Jumps to the next timer and runs it; returns how long that wait was. */
  async runNext(): Promise<number> {
    await settle();
    this.#timers.sort((a, b) => a.at - b.at);
    const timer = this.#timers.shift();
    if (!timer) throw new Error('no timer pending');
    const waited = timer.at - this.time;
    this.time = timer.at;
    timer.run();
    await settle();
    return waited;
  }
}
