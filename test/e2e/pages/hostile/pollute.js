// A compromised or sloppy third-party script pollutes Object.prototype before the widget loads.
// ?only=name,name limits the pollution (to find out which one breaks what); ?hidden=1 defines the
// properties non-enumerable (Object.defineProperty), which for-in loops do not see but plain reads do.
const evil = 'https://evil.example/x';
const all = {
  endpoint: evil,
  __endpoint: evil,
  partner: evil,
  lang: 'xx',
  credentials: 'include',
  headers: { 'x-evil': '1' },
  prefixUrl: evil,
  prefix: evil,
  method: 'PUT',
  json: { evil: true },
  body: 'evil=1',
  href: evil,
  innerHTML: '<img src="https://evil.example/img">',
  source: evil,
  harmless: 1,
};
const params = new URLSearchParams(location.search);
const only = params.get('only');
const hidden = params.get('hidden') === '1';
const names = only ? only.split(',') : Object.keys(all);
window.__polluted = names;
for (const name of names) {
  if (hidden) Object.defineProperty(Object.prototype, name, { value: all[name], writable: true, configurable: true, enumerable: false });
  // A plain assignment, as real pollution (a merge of '__proto__' keys) does: enumerable, inherited by every object.
  else Object.prototype[name] = all[name];
}
