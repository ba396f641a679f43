import { createHash } from 'node:crypto';

/**
 * Shared pieces of the receiver's HTML pages (inbox, reach report): escaping and the
 * Content-Security-Policy that allows exactly one inline style element and no script.
 */

/**
 * Escape text for HTML element content and quoted attribute values.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Response headers for a page whose only inline content is `style`: the style element
 * is allowed by its hash, so the page runs with a CSP that forbids all scripts.
 * @param {string} style the exact text inside the page's `<style>` element
 * @returns {Record<string, string>}
 */
export function pageHeaders(style) {
  const hash = createHash('sha256').update(style).digest('base64');
  return {
    'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'Referrer-Policy': 'no-referrer',
  };
}
