import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../content/select.js';
import type { Route } from '../../content/types.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { resourceList } from './resources.js';

export interface RoutesState {
  readonly order: readonly Route[];
  readonly route: Route | undefined;
  readonly resources: readonly Resource[];
  /** Extra content at the end of a route, such as the meldpunt. */
  readonly extra?: unknown;
}

export interface RoutesHandlers {
  readonly choose: (route: Route) => void;
  readonly back: () => void;
}

function routeLabels(route: Route, view: ViewContext): { label: string; hint: string } {
  const { messages } = view;
  return route === 'self'
    ? { label: messages.routeSelf, hint: messages.routeSelfHint }
    : { label: messages.routeOther, hint: messages.routeOtherHint };
}

function chooser(state: RoutesState, view: ViewContext, handlers: RoutesHandlers): TemplateResult {
  return html`<ul class="route-choices plain">
    ${state.order.map((route) => {
      const { label, hint } = routeLabels(route, view);
      return html`<li>
        <button type="button" class="route-button" part="route-button" data-route=${route} @click=${() => handlers.choose(route)}>
          <span class="route-label">${label}</span>
          <span class="route-hint">${hint}</span>
        </button>
      </li>`;
    })}
  </ul>`;
}

function panel(route: Route, state: RoutesState, view: ViewContext, handlers: RoutesHandlers): TemplateResult {
  const { messages, level, idPrefix } = view;
  const headingId = `${idPrefix}route-heading`;
  const title = route === 'self' ? messages.routeSelfHeading : messages.routeOtherHeading;
  const intro = route === 'self' ? messages.routeSelfIntro : messages.routeOtherIntro;
  return html`<div class="route-panel" part="route-panel" data-route=${route} role="group" aria-labelledby=${headingId}>
    ${heading(level + 2, title, headingId)}
    <p>${intro}</p>
    ${route === 'other' ? html`<ul class="tips">${messages.routeOtherTips.map((tip) => html`<li>${tip}</li>`)}</ul>` : nothing}
    ${resourceList(state.resources, view, title)} ${state.extra ?? nothing}
    <button type="button" class="secondary" part="back-button" @click=${handlers.back}>${messages.routeBack}</button>
  </div>`;
}

/** The two ways in: "Ik voel me eenzaam" and "Ik maak me zorgen om iemand". */
export function routesSection(state: RoutesState, view: ViewContext, handlers: RoutesHandlers): TemplateResult {
  const { messages, level, idPrefix } = view;
  const headingId = `${idPrefix}routes`;
  return html`<section class="routes" part="routes">
    ${heading(level + 1, messages.routesHeading, headingId)}
    ${state.route ? panel(state.route, state, view, handlers) : chooser(state, view, handlers)}
  </section>`;
}
