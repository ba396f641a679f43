import { html, nothing, type TemplateResult } from 'lit';
import type { Initiative } from '../../content/types.js';
import { mailtoHref, telHref } from '../../content/safe-url.js';
import { formatDate } from '../../i18n/locale.js';
import type { ViewContext } from './context.js';
import { safeLink, text } from './text.js';

function contactLinks(initiative: Initiative, view: ViewContext): unknown[] {
  const contact = initiative.contact;
  if (!contact) return [];
  const links: unknown[] = [];
  if (contact.phone) links.push(html`<li>${view.messages.phone}: ${safeLink(telHref(contact.phone), contact.phone)}</li>`);
  if (contact.email) links.push(html`<li>${view.messages.email}: ${safeLink(mailtoHref(contact.email), contact.email)}</li>`);
  if (contact.website) {
    const label = contact.note ? text(contact.note, view.locale) : view.messages.website;
    links.push(html`<li>${safeLink(contact.website, label)}</li>`);
  }
  return links;
}

/** One local initiative: who it is for, what it offers, how to reach it. */
export function initiativeCard(initiative: Initiative, view: ViewContext): TemplateResult {
  const { messages, locale } = view;
  const links = contactLinks(initiative, view);
  return html`<li class="card initiative" part="resource" data-resource-id=${initiative.id}>
    <p class="card-title">${text(initiative.name, locale)}</p>
    <dl class="facts">
      <div><dt>${messages.forWhom}</dt><dd>${text(initiative.forWhom, locale)}</dd></div>
      <div><dt>${messages.offer}</dt><dd>${text(initiative.offer, locale)}</dd></div>
    </dl>
    ${links.length > 0
      ? html`<div class="reach"><p class="label">${messages.howToReach}</p><ul class="plain">${links}</ul></div>`
      : nothing}
    <p class="checked">${messages.checkedOn(formatDate(initiative.checked, messages.months))}</p>
  </li>`;
}
