// Copies ?endpoint=, ?format=, ?service-code=, ?api-key= and ?lang= onto the widget, as a partner's snippet would set them.
const params = new URLSearchParams(location.search);
const widget = document.querySelector('eenzaamheid-hulp');
for (const name of ['endpoint', 'format', 'service-code', 'api-key', 'lang']) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
