// A tag manager wraps the custom element registry to log every definition (and a polyfill-style
// wrapper: window.customElements replaced by an object that forwards to the real registry).
window.__defined = [];
const real = window.customElements;
const define = real.define.bind(real);
const wrapper = {
  define(name, constructor, options) {
    window.__defined.push(name);
    return define(name, constructor, options);
  },
  get: (name) => real.get(name),
  getName: (constructor) => real.getName?.(constructor) ?? null,
  whenDefined: (name) => real.whenDefined(name),
  upgrade: (root) => real.upgrade(root),
};
Object.defineProperty(window, 'customElements', { value: wrapper, configurable: true });
