import { may } from '../auth/roles.mjs';
import { html } from './html.mjs';
import { nl as t } from './messages/nl.mjs';

/**
 * The frame of every back-office page: skip link, the receiver's name, the menu for
 * the signed-in role, a sign-out button, the main content. No script; one stylesheet.
 *
 * @typedef {object} PageOptions
 * @property {string} title
 * @property {import('../store/contract.mjs').Account | null} [account]
 * @property {string} [csrfToken]   needed for the sign-out button
 * @property {string} [current]     the menu item of this page
 * @property {string} [lang]
 * @property {import('./html.mjs').SafeHtml} content
 */

/** @param {import('../store/contract.mjs').Account} account */
function menu(account) {
  const items = [
    may(account, 'reports') && ['inbox', '/inbox', t.nav.inbox],
    may(account, 'reach') && ['reach', '/reach', t.nav.reach],
    may(account, 'audit') && ['audit', '/audit', t.nav.audit],
    may(account, 'admin') && ['accounts', '/admin/accounts', t.nav.accounts],
    may(account, 'admin') && ['organisations', '/admin/organisations', t.nav.organisations],
    ['account', '/account', t.nav.account],
  ].filter((item) => Array.isArray(item));
  return items;
}

/** @param {PageOptions} options */
export function page({ title, account = null, csrfToken, current, lang = 'nl', content }) {
  const items = account ? menu(account) : [];
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} – ${t.appName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/receiver.css">
</head>
<body>
<a class="skip" href="#main">${t.skipLink}</a>
<header class="site-header">
<p class="app-name">${t.appName}</p>
${account
  ? html`<nav aria-label="${t.nav.label}"><ul>${items.map(
      ([id, href, label]) => html`<li><a href="${href}"${id === current ? html` aria-current="page"` : ''}>${label}</a></li>`,
    )}</ul></nav>
<form class="sign-out" method="post" action="/sign-out"><p>${t.signedInAs(account.name, t.roles[account.role])}</p>
<input type="hidden" name="_csrf" value="${csrfToken ?? ''}"><button type="submit">${t.signOut}</button></form>`
  : ''}
</header>
<main id="main" tabindex="-1">
${content}
</main>
</body>
</html>
`;
}

/**
 * A form's hidden CSRF field.
 * @param {string} token
 */
export const csrfField = (token) => html`<input type="hidden" name="_csrf" value="${token}">`;

/**
 * An error summary (GOV.UK pattern) for one message at the top of a form.
 * @param {string | null | undefined} message
 */
export function errorSummary(message) {
  if (!message) return '';
  return html`<div class="error-summary" role="alert"><p><span class="visually-hidden">${t.errorPrefix} </span>${message}</p></div>`;
}

/** @param {string | null | undefined} message */
export function notice(message) {
  if (!message) return '';
  return html`<div class="notice" role="status"><p>${message}</p></div>`;
}
