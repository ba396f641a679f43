/**
 * HTML for the back office, built from tagged templates that escape every value:
 * `html\`<td>${report.area}</td>\`` can never turn text into markup. Only the result
 * of another `html\`…\`` (a SafeHtml) is inserted as is. The pages also run under a
 * Content-Security-Policy without any script (see plugins/external/helmet.mjs), so a
 * slip here still could not run code.
 */

export class SafeHtml {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

/**
 * Escape text for element content and quoted attribute values.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {unknown} value @returns {string} */
function render(value) {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/**
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values  text, numbers, SafeHtml, arrays of these; null/undefined/false render nothing
 */
export function html(strings, ...values) {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}
