/** Text and attribute values for HTML the generator writes: everything is escaped. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Text for the fallback content: escaped, and with a `<wbr>` break opportunity every 8
 * letters inside words of 14 letters or more. Dutch compounds ("Buurtengagementsnetwerken")
 * do not fit a phone-wide column at a theme's large body size, and the fallback has no CSS
 * of its own to hyphenate them; `<wbr>` adds no text, so the words stay whole for crawlers.
 */
export function escapeText(value: string): string {
  return escapeHtml(value).replace(/[\p{L}\p{M}]{14,}/gu, (word) => Array.from(word).map((char, i) => (i > 0 && i % 8 === 0 ? `<wbr>${char}` : char)).join(''));
}

/** JSON inside <script type="application/ld+json">: no "</script>" or "<!--" can end it early. */
export function escapeJsonForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
