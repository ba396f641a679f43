import { html } from '../html.mjs';
import { csrfField, errorSummary, notice, page } from '../layout.mjs';
import { messagesFor } from '../messages/index.mjs';

/**
 * @param {{ lang?: string, path?: string, csrfToken: string, email?: string, next: string, error?: string | null, message?: string | null }} options
 */
export function signInPage({ csrfToken, email = '', next, error, message, lang = 'nl', path }) {
  const t = messagesFor(lang);
  return page({
    lang,
    path,
    csrfToken,
    title: t.signIn.title,
    content: html`<h1>${t.signIn.title}</h1>
${errorSummary(error, lang)}${notice(message)}
<p>${t.signIn.intro}</p>
<form method="post" action="/sign-in" class="stack">
${csrfField(csrfToken)}
<input type="hidden" name="next" value="${next}">
<div class="field"><label for="email">${t.signIn.email}</label>
<input id="email" name="email" type="email" autocomplete="username" spellcheck="false" required value="${email}"></div>
<div class="field"><label for="password">${t.signIn.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required></div>
<button type="submit">${t.signIn.submit}</button>
</form>`,
  });
}

/**
 * @param {{ lang?: string, path?: string, csrfToken: string, next: string, error?: string | null }} options
 */
export function codePage({ csrfToken, next, error, lang = 'nl', path }) {
  const t = messagesFor(lang);
  return page({
    lang,
    path,
    csrfToken,
    title: t.signIn.codeTitle,
    content: html`<h1>${t.signIn.codeTitle}</h1>
${errorSummary(error, lang)}
<p>${t.signIn.codeIntro}</p>
<form method="post" action="/sign-in/code" class="stack">
${csrfField(csrfToken)}
<input type="hidden" name="next" value="${next}">
<div class="field"><label for="code">${t.signIn.code}</label>
<p class="hint" id="code-hint">${t.signIn.codeHint}</p>
<input id="code" name="code" class="code" inputmode="numeric" pattern="[0-9 ]*" autocomplete="one-time-code" maxlength="7" required aria-describedby="code-hint"></div>
<button type="submit">${t.signIn.codeSubmit}</button>
</form>`,
  });
}
