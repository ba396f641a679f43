import { html, nothing } from 'lit';
import { localize } from '../../content/localize.js';
import { openingState } from '../../content/schedule.js';
import { telHref } from '../../content/safe-url.js';
import type { Helpline } from '../../content/types.js';
import { scheduleMessages } from '../../i18n/schedule.js';
import type { ViewContext } from './context.js';
import { safeLink } from './text.js';

/** "Open now, until 22:00", or "Closed now" with a line that is open day and night. */
export function openingNow(line: Helpline, view: ViewContext, now: Date, alwaysOpen: Helpline | undefined): unknown {
  const state = openingState(line, now);
  if (!state) return nothing;
  const words = scheduleMessages[view.locale];
  if (state.open) return html`<p class="open-now">${words.openUntil(state.until)}</p>`;
  const other = alwaysOpen;
  return html`<p class="closed-now">
    ${words.closedNow}
    ${other
      ? html`${words.closedAlternative}
        ${safeLink(telHref(other.number), `${other.number} ${localize(other.name, view.locale).text}`)}`
      : nothing}
  </p>`;
}

