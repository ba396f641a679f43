/**
 * Fixed-window rate limit per client IP. Deliberately simple and in-memory: it is a
 * brake on scripted floods of one reference receiver, not a distributed quota.
 * Behind a reverse proxy every client shares the proxy's address; put the limit
 * in the proxy then, or raise it here.
 * @param {{ limit: number, windowMs: number }} options
 * @param {() => number} now injectable clock, so tests need not sleep
 */
export function createRateLimiter({ limit, windowMs }, now) {
  /** @type {Map<string, { start: number, count: number }>} */
  const windows = new Map();
  let lastSweep = now();

  /** Drop finished windows now and then, so one-off visitors do not pile up in memory. */
  function sweep(time) {
    if (time - lastSweep < windowMs) return;
    lastSweep = time;
    for (const [ip, window] of windows) if (time - window.start >= windowMs) windows.delete(ip);
  }

  /**
   * Count one request from `ip`.
   * @param {string} ip
   * @returns {{ allowed: true } | { allowed: false, retryAfterSeconds: number }}
   */
  function hit(ip) {
    const time = now();
    sweep(time);
    let window = windows.get(ip);
    if (!window || time - window.start >= windowMs) {
      window = { start: time, count: 0 };
      windows.set(ip, window);
    }
    window.count += 1;
    if (window.count <= limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - time) / 1000)) };
  }

  return { hit };
}
