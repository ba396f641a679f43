import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../content/select.js';
import type { Audience } from '../../content/types.js';
import { AUDIENCES } from '../../content/types.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { resourceList } from './resources.js';

export interface FinderState {
  readonly audience: Audience;
  readonly query: string;
  readonly results: readonly Resource[];
  /** What the status region says; updated after typing settles, not on every key. */
  readonly announcement: string;
  /** Whether the ranking search has loaded (until then every resource shows). */
  readonly ready: boolean;
  /** What shows when nothing matches (from the later chunk). */
  readonly noResults: unknown;
}

export interface FinderHandlers {
  readonly audienceChange: (audience: Audience) => void;
  readonly queryInput: (query: string) => void;
  readonly clear: () => void;
}

function audienceFilter(state: FinderState, view: ViewContext, handlers: FinderHandlers): TemplateResult {
  const { messages, idPrefix } = view;
  return html`<fieldset class="audience" part="filter">
    <legend>${messages.audienceLabel}</legend>
    <div class="chips">
      ${AUDIENCES.map(
        (audience) => html`<label class="chip">
          <input
            type="radio"
            name=${`${idPrefix}audience`}
            value=${audience}
            .checked=${state.audience === audience}
            @change=${() => handlers.audienceChange(audience)}
          /><span>${messages.audienceNames[audience]}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function searchBox(state: FinderState, view: ViewContext, handlers: FinderHandlers): TemplateResult {
  const { messages, idPrefix } = view;
  const inputId = `${idPrefix}search`;
  const hintId = `${idPrefix}search-hint`;
  return html`<div class="search" role="search" part="search" ?data-ready=${state.ready}>
    <label for=${inputId}>${messages.searchLabel}</label>
    <p class="hint" id=${hintId}>${messages.searchHint}</p>
    <div class="search-row">
      <input
        id=${inputId}
        type="search"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-describedby=${hintId}
        .value=${state.query}
        @input=${(event: Event) => handlers.queryInput((event.target as HTMLInputElement).value)}
      />
      ${state.query
        ? html`<button type="button" class="secondary" part="clear-button" @click=${handlers.clear}>${messages.searchClear}</button>`
        : nothing}
    </div>
  </div>`;
}

/** Filter by audience, search by the words residents type, and the matching resources. */
export function finderSection(state: FinderState, view: ViewContext, handlers: FinderHandlers): TemplateResult {
  const { messages, level, idPrefix } = view;
  const headingId = `${idPrefix}finder`;
  return html`<section class="finder" part="finder">
    ${heading(level + 1, messages.findHeading, headingId)}
    <div class="controls">${audienceFilter(state, view, handlers)} ${searchBox(state, view, handlers)}</div>
    <p class="result-count" role="status" part="status">${state.announcement}</p>
    ${state.results.length > 0 ? resourceList(state.results, view, messages.findHeading, level + 2) : (state.noResults ?? nothing)}
  </section>`;
}
