import { html, type TemplateResult } from 'lit';
import type { Helpline } from '../../content/types.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { helplineCard } from './helpline.js';

/** The urgent line-up (112, 1813, 106): rendered in every state, above everything else. */
export function urgentSection(lines: readonly Helpline[], view: ViewContext): TemplateResult {
  const { messages, level, idPrefix } = view;
  const headingId = `${idPrefix}urgent`;
  return html`<section class="urgent" part="urgent">
    ${heading(level + 1, messages.urgentHeading, headingId)}
    <p>${messages.urgentIntro}</p>
    <ul class="cards urgent-cards">
      ${lines.map((line) => helplineCard(line, view, { compact: true, level: level + 2 }))}
    </ul>
    <p class="not-emergency" part="notice">${messages.meldpuntNotEmergency}</p>
  </section>`;
}
