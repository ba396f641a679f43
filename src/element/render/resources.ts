import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../content/select.js';
import type { ViewContext } from './context.js';
import { helplineCard } from './helpline.js';
import { hasContact, initiativeCard } from './initiative.js';
import { safeLink } from './text.js';

export function resourceCard(resource: Resource, view: ViewContext, level: number): TemplateResult {
  return resource.kind === 'helpline' ? helplineCard(resource.item, view, { level }) : initiativeCard(resource.item, view, level);
}

/**
 * Cards with their titles as headings at `level`. One honest line follows when an
 * initiative in the list has no contact of its own, instead of a city link per card.
 */
export function resourceList(resources: readonly Resource[], view: ViewContext, label: string, level: number): TemplateResult {
  const withoutContact = resources.some((resource) => resource.kind === 'initiative' && !hasContact(resource.item));
  return html`<ul class="cards" part="resources" aria-label=${label}>
      ${resources.map((resource) => resourceCard(resource, view, level))}
    </ul>
    ${withoutContact
      ? html`<p class="no-contact">
          ${view.messages.noContact} ${view.moreInfo ? safeLink(view.moreInfo, view.messages.website) : nothing}
        </p>`
      : nothing}`;
}
