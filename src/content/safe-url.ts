/**
 * The only link schemes the widget ever renders. Content can come from a partner's
 * URL, so every href passes through here: `javascript:`, `data:`, `http:` and
 * relative URLs are refused rather than "fixed".
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'tel:', 'mailto:']);

export function safeHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  // URL() strips tabs and newlines inside a scheme ("java\nscript:"), so parse and check the result.
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol === 'tel:' && !/^\+?[0-9]{2,15}$/.test(url.pathname)) return undefined;
  // A mailto: link is one address and nothing else: a query part (`?bcc=`, `?body=`, even
  // a bare `?`), a fragment, an escape or a second recipient (`,` `;` `&`) is refused, not stripped.
  if (url.protocol === 'mailto:' && !/^[^@\s/?#%,;&]+@[^@\s/?#%,;&]+$/.test(trimmed.slice(7))) return undefined;
  if (url.protocol === 'https:' && (url.username || url.password)) return undefined;
  return url.href;
}

/** `tel:` link for a number as residents read it ("1813", "+32 15 29 76 55"). */
export function telHref(number: string): string | undefined {
  return safeHref(`tel:${number.replace(/[\s.\-/()]/g, '')}`);
}

export function mailtoHref(address: string): string | undefined {
  return safeHref(`mailto:${address.trim()}`);
}

export function isSafeHref(raw: unknown): boolean {
  return safeHref(raw) !== undefined;
}

/** The host name to show for a website link ("tele-onthaal.be"). */
export function displayHost(href: string): string {
  try {
    return new URL(href).host.replace(/^www\./, '');
  } catch {
    return href;
  }
}
