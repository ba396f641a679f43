import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatSourceDate } from '../../i18n/locale.js';
import type { ViewContext } from './context.js';
import { safeLink } from './text.js';

export interface Provenance {
  readonly source: string;
  readonly sourceUrl?: string | undefined;
  readonly sourceDate?: string | undefined;
  readonly checked?: string | undefined;
}

/** "Bron: HLN, van 28 april 2022" and, only when checked against a current source, "Gegevens nagekeken op …". */
export function provenanceLine(facts: Provenance, view: ViewContext): unknown {
  const { messages, locale } = view;
  // Built-in sources arrive just after the first render.
  if (!facts.source) return nothing;
  const date = facts.sourceDate ? messages.sourceOf(formatSourceDate(facts.sourceDate, locale)) : '';
  const name = facts.sourceUrl ? safeLink(facts.sourceUrl, facts.source) : facts.source;
  return html`<p class="checked">
    ${messages.source}${messages.colon} ${name}${date}.${facts.checked ? html` ${messages.checkedOn(formatDate(facts.checked, locale))}.` : nothing}
  </p>`;
}
