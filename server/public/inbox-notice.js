/*
 * The inbox's "new reports" notice: once a minute, while the page is visible and in
 * use, ask the receiver how many reports arrived since the page was made (within the
 * same filters) and say so in the page's polite status region, with a link to update
 * the list. It never reloads the page, never moves focus, and says a number only when
 * it changes. Without this script the page works as before.
 *
 * It stops asking after half the session's idle time without keyboard, pointer or
 * touch use, so a tab left open does not keep a session alive.
 */
(() => {
  const region = document.getElementById('new-reports');
  if (!region || typeof fetch !== 'function') return;
  const countUrl = region.dataset.countUrl;
  const listUrl = region.dataset.listUrl;
  const showLabel = region.dataset.showLabel;
  const stopAfterMs = Number(region.dataset.idleMs) / 2 || 15 * 60_000;
  const everyMs = 60_000;
  let lastUse = Date.now();
  let said = 0;

  for (const type of ['keydown', 'pointerdown', 'touchstart', 'wheel', 'scroll']) {
    addEventListener(type, () => {
      lastUse = Date.now();
    }, { passive: true, capture: true });
  }

  /** @param {number} count @param {string} text */
  function say(count, text) {
    if (count === said) return;
    said = count;
    const line = document.createElement('p');
    line.append(`${text} `);
    const link = document.createElement('a');
    link.href = listUrl;
    link.textContent = showLabel;
    line.append(link);
    region.replaceChildren(line);
  }

  async function check() {
    if (document.hidden || Date.now() - lastUse > stopAfterMs) return;
    try {
      const response = await fetch(countUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok) return;
      const answer = await response.json();
      if (typeof answer.count === 'number' && answer.count > 0 && typeof answer.text === 'string') say(answer.count, answer.text);
    } catch {
      // Offline or signed out: try again at the next minute; the list itself is unchanged.
    }
  }

  setInterval(check, everyMs);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) check();
  });
})();
