import { html, nothing, type TemplateResult } from 'lit';
import type { Meldpunt } from '../../content/types.js';
import { mailtoHref, telHref } from '../../content/safe-url.js';
import type { ViewContext } from './context.js';
import { safeLink, text } from './text.js';

/** The meldpunt's phone, e-mail and website: the way in when there is no form. */
export function meldpuntContact(meldpunt: Meldpunt, view: ViewContext): TemplateResult {
  const { messages, locale } = view;
  return html`<div class="meldpunt-contact" part="meldpunt-contact">
    <p class="label">${messages.meldpuntContact}${messages.colon} ${text(meldpunt.name, locale)}</p>
    <ul class="plain">
      ${meldpunt.phone ? html`<li>${messages.phone}${messages.colon} ${safeLink(telHref(meldpunt.phone), meldpunt.phone)}</li>` : nothing}
      ${meldpunt.email ? html`<li>${messages.email}${messages.colon} ${safeLink(mailtoHref(meldpunt.email), meldpunt.email)}</li>` : nothing}
      ${meldpunt.website ? html`<li>${safeLink(meldpunt.website, messages.website)}</li>` : nothing}
    </ul>
  </div>`;
}
