import { html } from '../html.mjs';
import { page } from '../layout.mjs';
import { nl as t } from '../messages/nl.mjs';

/**
 * An error as a page: what happened in plain words and a way back. Nothing from the
 * request is shown.
 * @param {string} code one of the keys of `errors` in the messages
 * @param {number} status
 * @param {import('fastify').FastifyRequest} [_request]
 */
export function errorPage(code, status, _request) {
  const words = /** @type {Record<string, { title: string, text: string }>} */ (/** @type {unknown} */ (t.errors))[code] ?? t.errors.internal;
  return page({
    title: words.title,
    content: html`<h1>${words.title}</h1>
<p>${words.text}</p>
<p><a href="/">${t.errors.back}</a></p>
<p class="status-code">HTTP ${status}</p>`,
  });
}
