import { html, nothing } from 'lit';
import type { Provenance } from '../../content/types.js';
import { formatDate, formatSourceDate } from '../../i18n/dates.js';
import type { ViewContext } from '../render/context.js';
import { safeLink } from '../render/text.js';

/** "Bron: HLN, van 28 april 2022." and, only when checked against a current source, "Gegevens nagekeken op …". */
export function provenanceLine(facts: Provenance, view: ViewContext): unknown {
  const { messages, locale } = view;
  if (!facts.source) return nothing;
  const date = facts.sourceDate ? messages.sourceOf(formatSourceDate(facts.sourceDate, locale)) : '';
  const name = facts.sourceUrl ? safeLink(facts.sourceUrl, facts.source) : facts.source;
  return html`<p class="checked">
    ${messages.source}${messages.colon} ${name}${date}.${facts.checked ? html` ${messages.checkedOn(formatDate(facts.checked, locale))}.` : nothing}
  </p>`;
}
