import { html, nothing, type TemplateResult } from 'lit';
import type { Initiative } from '../../content/types.js';
import { displayHost, mailtoHref, telHref } from '../../content/safe-url.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { fact } from './helpline.js';
import { safeLink, text } from './text.js';

function contactLinks(initiative: Initiative, view: ViewContext): unknown[] {
  const contact = initiative.contact;
  if (!contact) return [];
  const links: unknown[] = [];
  const { messages } = view;
  if (contact.phone) links.push(html`<li>${messages.phone}${messages.colon} ${safeLink(telHref(contact.phone), contact.phone)}</li>`);
  if (contact.email) links.push(html`<li>${messages.email}${messages.colon} ${safeLink(mailtoHref(contact.email), contact.email)}</li>`);
  if (contact.website) {
    const label = contact.note ? text(contact.note, view.locale) : displayHost(contact.website);
    links.push(html`<li>${safeLink(contact.website, label)}</li>`);
  }
  return links;
}

/** Whether an initiative has a way to reach it of its own. */
export function hasContact(initiative: Initiative): boolean {
  const contact = initiative.contact;
  return Boolean(contact && (contact.phone || contact.email || contact.website));
}

/** One local initiative: its name as a heading, who it is for, what it offers, how to reach it, where that comes from. */
export function initiativeCard(initiative: Initiative, view: ViewContext, level: number): TemplateResult {
  const { messages, locale } = view;
  const links = contactLinks(initiative, view);
  return html`<li class="card initiative" part="resource" data-resource-id=${initiative.id}>
    <div class="card-title">${heading(level, text(initiative.name, locale))}</div>
    <dl class="facts">
      ${fact(messages.forWhom, text(initiative.forWhom, locale), view)} ${fact(messages.offer, text(initiative.offer, locale), view)}
    </dl>
    ${links.length > 0
      ? html`<div class="reach"><p class="label">${messages.howToReach}</p><ul class="plain">${links}</ul></div>`
      : nothing}
    ${view.provenance?.sourceLines(initiative, view) ?? nothing}
  </li>`;
}
