import { html } from '../html.mjs';
import { csrfField, errorSummary, page } from '../layout.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * The set-up page of a new (or reset) account: a password, and the second factor with
 * a QR code and the key to type in. Required for admins and coordinators.
 * @param {{ lang?: string, path?: string, csrfToken: string, token: string, email: string, required: boolean, secret: string, qrSvg: string, error?: string | null }} options
 */
export function setupPage({ csrfToken, token, email, required, secret, qrSvg, error, lang = 'nl', path }) {
  const t = messagesFor(lang);
  return page({
    lang,
    path,
    csrfToken,
    title: t.setup.title,
    content: html`<h1>${t.setup.title}</h1>
${errorSummary(error, lang)}
<form method="post" action="/setup/${token}" class="stack">
${csrfField(csrfToken)}
<p>${t.setup.intro(email)}</p>
<div class="field"><label for="password">${t.setup.password}</label>
<p class="hint" id="password-hint">${t.setup.passwordHint}</p>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="12" required aria-describedby="password-hint"></div>
<div class="field"><label for="password2">${t.setup.passwordAgain}</label>
<input id="password2" name="password2" type="password" autocomplete="new-password" minlength="12" required></div>
<h2>${t.setup.secondFactorTitle}</h2>
<p>${required ? t.setup.secondFactorRequired : t.setup.secondFactorOptional}</p>
<figure class="qr">${qrSvg}<figcaption>${t.setup.secretLabel} <code class="secret">${secret.replace(/(.{4})/g, '$1 ').trim()}</code></figcaption></figure>
<div class="field"><label for="code">${t.setup.code}</label>
<input id="code" name="code" class="code" inputmode="numeric" pattern="[0-9 ]*" autocomplete="one-time-code" maxlength="7"${required ? html` required` : ''}></div>
<button type="submit">${t.setup.submit}</button>
</form>`,
  });
}
