import { may } from '../auth/roles.mjs';
import { html } from './html.mjs';
import { LANGUAGES, messagesFor } from './messages/index.mjs';

/**
 * The frame of every back-office page: skip link, the receiver's name, the menu for
 * the signed-in role, the language switch, a sign-out button, the main content. One
 * stylesheet; a page may add first-party scripts (`scripts`), and works without them.
 *
 * @typedef {object} PageOptions
 * @property {string} title
 * @property {import('../store/contract.mjs').Account | null} [account]
 * @property {string} [csrfToken]   needed for the sign-out button and the language switch
 * @property {string} [current]     the menu item of this page
 * @property {string} [lang]        nl (default), fr or en
 * @property {string} [path]        this page's path and query, to come back to after switching language
 * @property {string[]} [scripts]   paths of the receiver's own scripts (deferred)
 * @property {import('./html.mjs').SafeHtml} content
 */

/** @param {import('../store/contract.mjs').Account} account @param {ReturnType<typeof messagesFor>} t */
function menu(account, t) {
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

/**
 * The other languages as buttons, each named in its own language (with its `lang`), so
 * a person who cannot read the current one still finds theirs.
 * @param {string} lang @param {string} csrfToken @param {string | undefined} path
 */
function languageSwitch(lang, csrfToken, path) {
  const t = messagesFor(lang);
  return html`<form class="language-switch" method="post" action="/language" aria-label="${t.language.label}">
<input type="hidden" name="_csrf" value="${csrfToken}">${path ? html`<input type="hidden" name="next" value="${path}">` : ''}
${LANGUAGES.filter((other) => other !== lang).map(
    (other) => html`<button type="submit" name="lang" value="${other}" lang="${other}">${t.language.names[other]}</button>`,
  )}
</form>`;
}

/** @param {PageOptions} options */
export function page({ title, account = null, csrfToken, current, lang = 'nl', path, scripts = [], content }) {
  const t = messagesFor(lang);
  const items = account ? menu(account, t) : [];
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} – ${t.appName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/receiver.css">
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<a class="skip" href="#main">${t.skipLink}</a>
<header class="site-header">
<p class="app-name">${t.appName}</p>
${account
  ? html`<nav aria-label="${t.nav.label}"><ul>${items.map(
      ([id, href, label]) => html`<li><a href="${href}"${id === current ? html` aria-current="page"` : ''}>${label}</a></li>`,
    )}</ul></nav>`
  : ''}
${csrfToken ? languageSwitch(lang, csrfToken, path) : ''}
${account
  ? html`<form class="sign-out" method="post" action="/sign-out"><p>${t.signedInAs(account.name, t.roles[account.role])}</p>
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
 * @param {string} [lang]
 */
export function errorSummary(message, lang = 'nl') {
  if (!message) return '';
  return html`<div class="error-summary" role="alert"><p><span class="visually-hidden">${messagesFor(lang).errorPrefix} </span>${message}</p></div>`;
}

/** @param {string | null | undefined} message */
export function notice(message) {
  if (!message) return '';
  return html`<div class="notice" role="status"><p>${message}</p></div>`;
}
