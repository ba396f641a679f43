// Wires the demo controls to the widget's attributes, the receiver's inbox and its
// fail switch. No inline script: the demo runs under a strict CSP too.
const form = document.getElementById('controls');
const widget = document.getElementById('widget');
const failForm = document.getElementById('fail-switch');
const failStatus = document.getElementById('fail-status');
const inboxLink = document.getElementById('inbox-link');

form.addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (value) widget.setAttribute(name, value);
  else widget.removeAttribute(name);
  void showEmbedCode();
});

/** The embed code for the current settings, from the same generator as the CLI. */
async function showEmbedCode() {
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
}

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
void showEmbedCode();

/** The receiver's address comes from the demo server (npm start), so ports can change. */
async function connectReceiver() {
  try {
    const response = await fetch('/demo/config.json', { cache: 'no-store' });
    const { receiver } = await response.json();
    if (!receiver) throw new Error('no receiver configured');
    widget.setAttribute('endpoint', `${receiver}/reports`);
    inboxLink.href = `${receiver}/inbox`;
    inboxLink.hidden = false;
    failForm.hidden = false;
    void showEmbedCode();
    return receiver;
  } catch (error) {
    failStatus.textContent = `No receiver: the form shows the meldpunt's contact instead (${error.message}).`;
    return undefined;
  }
}

const receiverReady = connectReceiver();

failForm.addEventListener('change', async (event) => {
  const receiver = await receiverReady;
  if (!receiver) return;
  const mode = event.target.value;
  if (mode === 'offline') {
    // The browser cannot be taken offline from a page; point the widget at a closed port instead.
    widget.setAttribute('endpoint', 'http://127.0.0.1:9/reports');
    failStatus.textContent = 'Endpoint now points at a closed port: sending fails like a lost connection.';
    return;
  }
  widget.setAttribute('endpoint', `${receiver}/reports`);
  const response = await fetch(`${receiver}/__control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode }),
  });
  failStatus.textContent = response.ok ? `Receiver answers: ${mode}.` : `Could not set the fail switch (HTTP ${response.status}).`;
});

for (const name of ['eh-report-start', 'eh-report-submit', 'eh-report-success', 'eh-report-error', 'eh-content-load', 'eh-content-error']) {
  document.addEventListener(name, (event) => {
    const log = document.getElementById('event-log');
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(event.detail ?? {})}`;
    log.prepend(item);
  });
}
