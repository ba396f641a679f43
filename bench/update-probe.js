/*
 * Bench probe for the finder page, loaded before the widget's script:
 * - records `eh-content-load` / `eh-content-error` and how long the widget then
 *   takes to render the loaded content (update settled + forced style and layout);
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
