// Runs before the widget script: sets properties (not attributes) on the not-yet-upgraded element.
const endpoint = new URLSearchParams(location.search).get('endpoint');
const el = document.querySelector('eenzaamheid-hulp');
el.lang = 'en';
el.endpoint = endpoint;
el.partner = 'samana';
window.__upgradedBefore = customElements.get('eenzaamheid-hulp') !== undefined;
