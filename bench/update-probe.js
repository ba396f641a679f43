/*
 * Bench probe for the finder page, loaded before the widget's script:
 * - records `eh-content-load` / `eh-content-error` and how long the widget then
 *   takes to render the loaded content (update settled + forced style and layout);
 * - `untilAllRendered(el)`: waits until the finder's growing list is complete;
 * - wraps each widget's `performUpdate` (Lit's synchronous update: willUpdate,
 *   render, commit) to log every update's duration in `__bench.updates`, so the
 *   bench can tell the update it triggered from later ones (the result-count
 *   announcement 400 ms after typing).
 */
(() => {
  const now = () => performance.now();
  const bench = (window.__bench ??= {});
  bench.updates = [];
  bench.events = [];

  const settle = async (el) => {
    do await el.updateComplete;
    while (el.isUpdatePending);
  };
  bench.settle = settle;

  /**
   * Waits until the finder's list stops growing (it adds cards frame by frame): two frames
   * without a change. Returns when its last cards were laid out, how many there are, and
   * when the first frame after the call began.
   */
  bench.untilAllRendered = async (el, limitMs = 10_000) => {
    const list = () => el.shadowRoot.querySelectorAll('.finder ul[part="resources"] > li').length;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const begin = now();
    let cards = list();
    let at = begin;
    let frameAt;
    for (let unchanged = 0; unchanged < 2 && now() - begin < limitMs; ) {
      await frame();
      frameAt ??= now();
      await settle(el);
      el.shadowRoot.querySelector('.finder')?.getBoundingClientRect();
      const count = list();
      if (count === cards) unchanged++;
      else {
        cards = count;
        at = now();
        unchanged = 0;
      }
    }
    return { at, cards, frameAt };
  };

  const wrap = (el) => {
    if (el.__benchWrapped) return;
    el.__benchWrapped = true;
    const performUpdate = el.performUpdate;
    el.performUpdate = function (...args) {
      const start = now();
      try {
        return performUpdate.apply(this, args);
      } finally {
        const ms = now() - start;
        // How many result cards the finder shows after this update.
        const cards = this.shadowRoot?.querySelector('.finder ul[part="resources"]')?.childElementCount ?? 0;
        bench.updates.push({ start, ms, cards });
      }
    };
  };

  for (const type of ['eh-content-load', 'eh-content-error']) {
    document.addEventListener(type, (event) => {
      const at = now();
      bench.events.push({ type, at });
      if (type !== 'eh-content-load') return;
      const el = event.target;
      settle(el).then(() => {
        el.shadowRoot.querySelector('.finder')?.getBoundingClientRect();
        bench.contentRender = {
          ms: now() - at,
          cards: el.shadowRoot.querySelectorAll('.finder ul[part="resources"] > li').length,
        };
      });
    });
  }

  customElements.whenDefined('eenzaamheid-hulp').then(() => {
    for (const el of document.querySelectorAll('eenzaamheid-hulp')) wrap(el);
  });
})();
