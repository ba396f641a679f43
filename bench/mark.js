/*
 * Bench instrumentation, loaded before the widget's script. Records the start mark
 * (`__bench.t0`) and the moment any shadow root first holds a `.root` element
 * (`__bench.firstRender`), through a MutationObserver on every shadow root the page
 * creates: its callback runs in the microtask right after the render commits, so the
 * time does not depend on a polling interval. Also the start of the next frame
 * (`__bench.firstFrame`).
 *
 * Plain script (no import/export): the bench also injects this file as an init
 * script into pages it does not write itself (the embed page), where `t0` means
 * "document start" instead.
 */
(() => {
  const now = () => performance.now();
  if (window.__bench) {
    window.__bench.t0 ??= now();
    return;
  }
  const bench = (window.__bench = { t0: now(), firstRender: undefined, firstFrame: undefined, renderTag: undefined });
  const check = (root) => {
    if (bench.firstRender !== undefined || !root.querySelector('.root')) return false;
    bench.firstRender = now();
    bench.renderTag = root.host.localName;
    requestAnimationFrame(() => {
      bench.firstFrame = now();
    });
    return true;
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (bench.firstRender === undefined) {
      const observer = new MutationObserver(() => {
        if (bench.firstRender !== undefined || check(root)) observer.disconnect();
      });
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };
})();
