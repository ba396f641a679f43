// Wires the demo controls to the widget's attributes. No inline script: the demo runs under a strict CSP too.
const form = document.getElementById('controls');
const widget = document.getElementById('widget');
form.addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (value) widget.setAttribute(name, value);
  else widget.removeAttribute(name);
});
