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
  /** Opens the report form from this route; without a form, the meldpunt's contact shows instead. */
  readonly openReport: (() => void) | undefined;
  readonly meldpuntContact: unknown;
  readonly back: () => void;
}

/** The way to ask for contact: a button to the form, or the meldpunt's contact when there is no form. */
function contact(input: RoutePanelInput, later: LaterMessages): unknown {
  if (!input.openReport) return input.meldpuntContact;
  return html`<p>
    <button type="button" class="report-from-route" part="report-start" @click=${input.openReport}>${later.reportFromRoute[input.route]}</button>
  </p>`;
}

/**
 * A chosen route: a numbered list of next steps, each with one line saying why it
 * helps and the few resources that fit it. The urgent lines are not repeated here.
 */
export function routePanel(input: RoutePanelInput, view: ViewContext, later: LaterMessages): TemplateResult {
  const { level, idPrefix } = view;
  const headingId = `${idPrefix}route-heading`;
  const { heading: title, intro } = later.routes[input.route];
  return html`<div class="route-panel" part="route-panel" data-route=${input.route} role="group" aria-labelledby=${headingId}>
    ${heading(level + 2, title, headingId)}
    <p>${intro}</p>
    <ol class="steps" part="route-steps">
      ${routeSteps(input.resources, input.route, input.audience, view.locale).map((step) => {
        const { title: stepTitle, why } = later.steps[step.id];
        return html`<li class="step" data-step=${step.id}>
          ${heading(level + 3, stepTitle)}
          <p class="why">${why}</p>
          ${step.id === 'conversation' ? html`<ul class="tips">${later.conversationTips.map((tip) => html`<li>${tip}</li>`)}</ul>` : nothing}
          ${step.resources.length > 0 ? resourceList(step.resources, view, stepTitle, level + 4) : nothing}
          ${step.id === 'contact' || step.id === 'reachOut' ? contact(input, later) : nothing}
        </li>`;
      })}
    </ol>
    <button type="button" class="secondary" part="back-button" @click=${input.back}>${later.routeBack}</button>
  </div>`;
}
