import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../content/select.js';
import type { Audience, Route } from '../../content/types.js';
import type { LaterMessages } from '../../i18n/later/messages.js';
import type { ViewContext } from '../render/context.js';
import { heading } from '../render/heading.js';
import { resourceList } from '../render/resources.js';
import { routeSteps } from './steps.js';

export interface RoutePanelInput {
  readonly route: Route;
  /** Everything the finder offers; the steps pick what fits the route and the audience. */
  readonly resources: readonly Resource[];
  readonly audience: Audience;
  /** The way to ask for contact (the form's button, or the meldpunt's contact), for the contact steps. */
  readonly contact: unknown;
  readonly back: () => void;
}

/**
 * A chosen route: a numbered list of next steps, each with one line saying why it
 * helps and the few resources that fit it. The urgent lines are not repeated here.
 */
export function routePanel(input: RoutePanelInput, view: ViewContext, later: LaterMessages): TemplateResult {
  const { level, idPrefix, messages } = view;
  const headingId = `${idPrefix}route-heading`;
  const { heading: title, intro } = later.routes[input.route];
  return html`<div class="route-panel" part="route-panel" data-route=${input.route} role="group" aria-labelledby=${headingId}>
    ${heading(level + 2, title, headingId)}
    <p>${intro}</p>
    <ol class="steps" part="route-steps">
      ${routeSteps(input.resources, input.route, input.audience).map((step) => {
        const { title: stepTitle, why } = later.steps[step.id];
        return html`<li class="step" data-step=${step.id}>
          ${heading(level + 3, stepTitle)}
          <p class="why">${why}</p>
          ${step.id === 'conversation' ? html`<ul class="tips">${later.conversationTips.map((tip) => html`<li>${tip}</li>`)}</ul>` : nothing}
          ${step.resources.length > 0 ? resourceList(step.resources, view, stepTitle, level + 4) : nothing}
          ${step.id === 'contact' || step.id === 'reachOut' ? input.contact : nothing}
        </li>`;
      })}
    </ol>
    <button type="button" class="secondary" part="back-button" @click=${input.back}>${messages.routeBack}</button>
  </div>`;
}
