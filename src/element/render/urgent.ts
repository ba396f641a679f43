import { html, nothing, type TemplateResult } from 'lit';
import type { Helpline } from '../../content/types.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { helplineCard } from './helpline.js';

/**
 * The urgent line-up (112, 1813, 106): rendered in every state, above everything else.
 * Where each number comes from and when it was checked sits in a closed disclosure
 * under the cards, which comes with the source lines after the first render into a
 * line kept free for it: it never pushes the page down when it arrives.
 */
export function urgentSection(lines: readonly Helpline[], view: ViewContext): TemplateResult {
  const { messages, level, idPrefix } = view;
  const headingId = `${idPrefix}urgent`;
  return html`<section class="urgent" part="urgent">
    ${heading(level + 1, messages.urgentHeading, headingId)}
    <p>${messages.urgentIntro}</p>
    <ul class="cards urgent-cards">
      ${lines.map((line) => helplineCard(line, view, { compact: true, level: level + 2 }))}
    </ul>
    <div class="sources">${view.provenance?.urgentSources(lines, view) ?? nothing}</div>
    <p class="not-emergency" part="notice">${messages.meldpuntNotEmergency}</p>
  </section>`;
}
