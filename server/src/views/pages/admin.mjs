import { ROLES } from '../../auth/roles.mjs';
import { html } from '../html.mjs';
import { csrfField, errorSummary, notice, page } from '../layout.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * @param {import('../../store/contract.mjs').Account} account @param {number} now @param {ReturnType<typeof messagesFor>} t
 */
function state(account, now, t) {
  if (account.disabled_at !== null) return t.admin.state.disabled;
  if (account.locked_until !== null && account.locked_until > now) return t.admin.state.locked;
  if (account.password_hash === null) return t.admin.state.pending;
  return t.admin.state.active;
}

/** @param {string} action @param {number} id @param {string} csrfToken @param {string} text */
const actionButton = (action, id, csrfToken, text) =>
  html`<form method="post" action="/admin/accounts/${id}/${action}" class="inline-form">${csrfField(csrfToken)}<button type="submit">${text}</button></form>`;

/**
 * Accounts: list, create, disable/enable, new set-up link, unlock.
 * @param {{ lang?: string, path?: string, account: import('../../store/contract.mjs').Account, csrfToken: string, accounts: import('../../store/contract.mjs').Account[],
 *   organisations: { id: string, name: string }[], now: number, error?: string | null, message?: string | null,
 *   setupLink?: { email: string, url: string } | null }} options
 */
export function accountsPage({ account, csrfToken, accounts, organisations, now, error, message, setupLink, lang = 'nl', path }) {
  const t = messagesFor(lang);
  const c = t.admin.columns;
  const orgName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return page({
    lang,
    path,
    title: t.admin.accountsTitle,
    account,
    csrfToken,
    current: 'accounts',
    content: html`<h1>${t.admin.accountsTitle}</h1>
${errorSummary(error, lang)}${notice(message)}
${setupLink ? html`<div class="notice setup-link" role="status"><p>${t.admin.setupLink(setupLink.email)}</p><p><code>${setupLink.url}</code></p></div>` : ''}
<p>${t.admin.accountsIntro}</p>
<table class="reflow">
<caption>${t.admin.accountsTitle}</caption>
<thead><tr><th scope="col">${c.email}</th><th scope="col">${c.name}</th><th scope="col">${c.role}</th><th scope="col">${c.organisation}</th><th scope="col">${c.secondFactor}</th><th scope="col">${c.state}</th><th scope="col">${c.actions}</th></tr></thead>
<tbody>
${accounts.map(
  (row) => html`<tr>
<th scope="row" data-label="${c.email}">${row.email}</th>
<td data-label="${c.name}">${row.name}</td>
<td data-label="${c.role}">${t.roles[row.role]}</td>
<td data-label="${c.organisation}">${row.organisation_id ? orgName.get(row.organisation_id) ?? row.organisation_id : ''}</td>
<td data-label="${c.secondFactor}">${row.totp_secret ? t.admin.yes : t.admin.no}</td>
<td data-label="${c.state}">${state(row, now, t)}</td>
<td data-label="${c.actions}">${row.id === account.id
    ? ''
    : html`${row.disabled_at === null ? actionButton('disable', row.id, csrfToken, t.admin.disable) : actionButton('enable', row.id, csrfToken, t.admin.enable)}
${actionButton('reset', row.id, csrfToken, t.admin.reset)}
${row.locked_until !== null && row.locked_until > now ? actionButton('unlock', row.id, csrfToken, t.admin.unlock) : ''}`}</td>
</tr>`,
)}
</tbody>
</table>
<h2>${t.admin.newAccount}</h2>
<form method="post" action="/admin/accounts" class="stack">
${csrfField(csrfToken)}
<div class="field"><label for="email">${t.admin.email}</label><input id="email" name="email" type="email" autocomplete="off" spellcheck="false" required></div>
<div class="field"><label for="name">${t.admin.name}</label><input id="name" name="name" autocomplete="off" required maxlength="100"></div>
<div class="field"><label for="role">${t.admin.role}</label><select id="role" name="role">${ROLES.map((role) => html`<option value="${role}">${t.roles[role]}</option>`)}</select></div>
<div class="field"><label for="organisation">${t.admin.organisation}</label><select id="organisation" name="organisation"><option value="">${t.admin.noOrganisation}</option>${organisations.map(
      (organisation) => html`<option value="${organisation.id}">${organisation.name}</option>`,
    )}</select></div>
<button type="submit">${t.admin.create}</button>
</form>`,
  });
}

/**
 * Organisations: list, create, rename.
 * @param {{ lang?: string, path?: string, account: import('../../store/contract.mjs').Account, csrfToken: string, organisations: { id: string, name: string, members: number }[],
 *   error?: string | null, message?: string | null }} options
 */
export function organisationsPage({ account, csrfToken, organisations, error, message, lang = 'nl', path }) {
  const t = messagesFor(lang);
  const c = t.admin.orgColumns;
  return page({
    lang,
    path,
    title: t.admin.organisationsTitle,
    account,
    csrfToken,
    current: 'organisations',
    content: html`<h1>${t.admin.organisationsTitle}</h1>
${errorSummary(error, lang)}${notice(message)}
<p>${t.admin.organisationsIntro}</p>
<table class="reflow">
<caption>${t.admin.organisationsTitle}</caption>
<thead><tr><th scope="col">${c.id}</th><th scope="col">${c.name}</th><th scope="col">${c.members}</th></tr></thead>
<tbody>
${organisations.map(
  (organisation) => html`<tr>
<th scope="row" data-label="${c.id}">${organisation.id}</th>
<td data-label="${c.name}"><form method="post" action="/admin/organisations/${organisation.id}" class="inline-form">${csrfField(csrfToken)}
<label for="name-${organisation.id}" class="visually-hidden">${t.admin.rename}</label>
<input id="name-${organisation.id}" name="name" value="${organisation.name}" required maxlength="100">
<button type="submit">${t.admin.renameSubmit}</button></form></td>
<td data-label="${c.members}">${organisation.members}</td>
</tr>`,
)}
</tbody>
</table>
<h2>${t.admin.newOrganisation}</h2>
<form method="post" action="/admin/organisations" class="stack">
${csrfField(csrfToken)}
<div class="field"><label for="id">${t.admin.orgId}</label><input id="id" name="id" required pattern="[a-z0-9][a-z0-9-]{0,63}" autocomplete="off" spellcheck="false"></div>
<div class="field"><label for="org-name">${t.admin.orgName}</label><input id="org-name" name="name" required maxlength="100"></div>
<button type="submit">${t.admin.orgCreate}</button>
</form>`,
  });
}
