// The partner's page wraps its content (and so the widget) in a form; count every submit it gets.
window.__hostSubmits = 0;
document.getElementById('host-form').addEventListener('submit', () => {
  window.__hostSubmits += 1;
});
