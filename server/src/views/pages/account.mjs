import { html } from '../html.mjs';
import { csrfField, errorSummary, notice, page } from '../layout.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * The signed-in person's own account: role, organisation, second factor, and changing
 * the password.
 * @param {{ lang?: string, path?: string, account: import('../../store/contract.mjs').Account, organisationName: string | null, csrfToken: string, error?: string | null, message?: string | null }} options
 */
export function accountPage({ account, organisationName, csrfToken, error, message, lang = 'nl', path }) {
  const t = messagesFor(lang);
  return page({
    lang,
    path,
    title: t.account.title,
    account,
    csrfToken,
    current: 'account',
    content: html`<h1>${t.account.title}</h1>
${errorSummary(error, lang)}${notice(message)}
<dl class="facts">
<dt>${t.admin.email}</dt><dd>${account.email}</dd>
<dt>${t.account.role}</dt><dd>${t.roles[account.role]}</dd>
${organisationName ? html`<dt>${t.account.organisation}</dt><dd>${organisationName}</dd>` : ''}
<dt>${t.account.secondFactor}</dt><dd>${account.totp_secret ? t.account.secondFactorOn : t.account.secondFactorOff}</dd>
</dl>
<h2>${t.account.changePassword}</h2>
<form method="post" action="/account/password" class="stack">
${csrfField(csrfToken)}
<div class="field"><label for="current">${t.account.currentPassword}</label>
<input id="current" name="current" type="password" autocomplete="current-password" required></div>
<div class="field"><label for="password">${t.account.newPassword}</label>
<p class="hint" id="password-hint">${t.setup.passwordHint}</p>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="12" required aria-describedby="password-hint"></div>
<div class="field"><label for="password2">${t.account.newPasswordAgain}</label>
<input id="password2" name="password2" type="password" autocomplete="new-password" minlength="12" required></div>
<button type="submit">${t.account.save}</button>
</form>`,
  });
}
