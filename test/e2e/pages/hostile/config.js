// Copies ?endpoint=, ?lang=, ?partner=, ?sections= onto every widget, as a partner's snippet would set them.
const params = new URLSearchParams(location.search);
for (const widget of document.querySelectorAll('eenzaamheid-hulp')) {
  for (const name of ['endpoint', 'lang', 'partner', 'sections']) {
    if (params.has(name)) widget.setAttribute(name, params.get(name));
  }
}
