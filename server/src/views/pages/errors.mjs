import { html } from '../html.mjs';
import { page } from '../layout.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * An error as a page, in the person's language: what happened in plain words and a
 * way back. Nothing from the request is shown.
 * @param {string} code one of the keys of `errors` in the messages
 * @param {number} status
 * @param {{ lang?: string } | null} [request]  its `lang` (set in the back office)
 */
export function errorPage(code, status, request) {
  const lang = request?.lang ?? 'nl';
  const t = messagesFor(lang);
  const words = /** @type {Record<string, { title: string, text: string }>} */ (/** @type {unknown} */ (t.errors))[code] ?? t.errors.internal;
  return page({
    title: words.title,
    lang,
    content: html`<h1>${words.title}</h1>
<p>${words.text}</p>
<p><a href="/">${t.errors.back}</a></p>
<p class="status-code">HTTP ${status}</p>`,
  });
}
