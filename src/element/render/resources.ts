import { html, type TemplateResult } from 'lit';
import type { Resource } from '../../content/select.js';
import type { ViewContext } from './context.js';
import { helplineCard } from './helpline.js';
import { initiativeCard } from './initiative.js';

export function resourceCard(resource: Resource, view: ViewContext): TemplateResult {
  return resource.kind === 'helpline' ? helplineCard(resource.item, view) : initiativeCard(resource.item, view);
}

export function resourceList(resources: readonly Resource[], view: ViewContext, label: string): TemplateResult {
  return html`<ul class="cards" part="resources" aria-label=${label}>
    ${resources.map((resource) => resourceCard(resource, view))}
  </ul>`;
}
