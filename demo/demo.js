// The designers' playground: controls → the widget's attributes, the embed code (from
// the same generator as the CLI), a JavaScript-off preview, the receiver's fail switch,
// links to its inbox and reach report (behind its sign-in), and a log of every event.
// No inline script: the demo runs under a strict CSP too.
const form = document.getElementById('controls');
const widget = document.getElementById('widget');
const frame = document.getElementById('frame');
const noJs = document.getElementById('nojs');
const failForm = document.getElementById('fail-switch');
const failStatus = document.getElementById('fail-status');
const ATTRIBUTES = ['partner', 'lang', 'audience'];
let receiver;

function setAttr(name, value) {
  if (value) widget.setAttribute(name, value);
  else widget.removeAttribute(name);
}

function applySettings() {
  const data = new FormData(form);
  for (const name of ATTRIBUTES) setAttr(name, data.get(name));
  const theme = data.get('theme');
  setAttr('theme', theme === 'custom' ? '' : theme);
  document.getElementById('custom-colours').hidden = theme !== 'custom';
  for (const input of form.querySelectorAll('input[type="color"]')) {
    if (theme === 'custom') widget.style.setProperty(input.name, input.value);
    else widget.style.removeProperty(input.name);
  }
  const sections = data.getAll('section');
  setAttr('sections', sections.length === 3 ? '' : sections.length === 0 ? 'urgent' : sections.join(' '));
  frame.dataset.width = data.get('width');
  const jsOff = data.get('nojs') === 'on';
  widget.hidden = jsOff;
  noJs.hidden = !jsOff;
  void showEmbedCode(jsOff);
}

/** The embed code for the current settings; with "JavaScript off", its fallback in a sandbox without scripts. */
async function showEmbedCode(jsOff) {
  const { generateEmbed } = await import('/dist/lib/embed/index.js');
  const attr = (name) => widget.getAttribute(name) || undefined;
  const { html } = generateEmbed({
    scriptSrc: new URL('/dist/eenzaamheid-hulp.js', location.href).href,
    partner: attr('partner'),
    lang: attr('lang'),
    audience: attr('audience'),
    theme: attr('theme'),
    sections: attr('sections'),
    endpoint: attr('endpoint'),
    headingLevel: 2,
  });
  document.getElementById('embed-code').value = html;
  if (jsOff) {
    noJs.srcdoc = `<!doctype html><html lang="${attr('lang') ?? 'nl'}"><head><meta charset="utf-8"><title>Fallback</title></head><body>${html}</body></html>`;
  }
}

form.addEventListener('change', applySettings);
form.addEventListener('input', (event) => {
  if (event.target.type === 'color') applySettings();
});

document.getElementById('copy-embed').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  const code = document.getElementById('embed-code');
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Copied.';
  } catch {
    code.focus();
    code.select();
    status.textContent = 'Select all and copy by hand (Ctrl+C).';
  }
});

/** The receiver's address comes from the demo server (npm start), so ports can change. */
async function connectReceiver() {
  try {
    const response = await fetch('/demo/config.json', { cache: 'no-store' });
    ({ receiver } = await response.json());
    if (!receiver) throw new Error('no receiver configured');
    widget.setAttribute('endpoint', `${receiver}/reports`);
    widget.setAttribute('analytics-endpoint', `${receiver}/events`);
    document.getElementById('inbox-link').href = `${receiver}/inbox`;
    document.getElementById('reach-link').href = `${receiver}/reach`;
    document.getElementById('reach-link-2').href = `${receiver}/reach`;
    document.getElementById('receiver-links').hidden = false;
    failForm.hidden = false;
    void showEmbedCode(false);
  } catch (error) {
    failStatus.textContent = `No receiver: the form shows the meldpunt's contact instead (${error.message}).`;
  }
}

failForm.addEventListener('change', async (event) => {
  if (!receiver) return;
  const mode = event.target.value;
  if (mode === 'offline') {
    // A page cannot take the browser offline; point the form at a closed port instead.
    widget.setAttribute('endpoint', 'http://127.0.0.1:9/reports');
    failStatus.textContent = 'The form now posts to a closed port: sending fails like a lost connection. The form keeps trying for two minutes, then says "not sent yet".';
    return;
  }
  widget.setAttribute('endpoint', `${receiver}/reports`);
  const response = await fetch(`${receiver}/__control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode }),
  });
  failStatus.textContent = response.ok ? `The receiver now answers: ${mode}.` : `Could not set the fail switch (HTTP ${response.status}).`;
});

const EVENTS = ['eh-view', 'eh-resource-click', 'eh-search', 'eh-route', 'eh-report-start', 'eh-report-submit', 'eh-report-success', 'eh-report-error', 'eh-content-load', 'eh-content-error'];
for (const name of EVENTS) {
  document.addEventListener(name, (event) => {
    if (event.target !== widget) return;
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(event.detail ?? {})}`;
    document.getElementById('event-log').prepend(item);
  });
}

applySettings();
void connectReceiver();
