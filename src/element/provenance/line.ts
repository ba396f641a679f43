import { html, nothing } from 'lit';
import type { Helpline, Initiative, Provenance } from '../../content/types.js';
import type { Locale } from '../../i18n/locale.js';
import { builtInSources } from '../../content/translations/sources.js';
import { formatDate } from '../../i18n/dates.js';
import { provenanceMessages } from '../../i18n/provenance.js';
import type { ViewContext } from '../render/context.js';
import { safeLink, text } from '../render/text.js';

type SourceFacts = Provenance & { readonly sourceLang?: Locale | undefined };

/**
 * "Bron: HLN, van 28 april 2022." and, only when checked against a current source, "Gegevens nagekeken op …".
 * A source's name in another language than the page (a Dutch newspaper on a French page) carries its `lang`.
 */
function provenanceLine(facts: SourceFacts, view: ViewContext): unknown {
  const { messages, locale } = view;
  if (!facts.source) return nothing;
  const words = provenanceMessages[locale];
  const date = facts.sourceDate ? words.sourceOf(formatDate(facts.sourceDate, locale)) : '';
  const linked = facts.sourceUrl ? safeLink(facts.sourceUrl, facts.source) : facts.source;
  const name = facts.sourceLang && facts.sourceLang !== locale ? html`<span lang=${facts.sourceLang}>${linked}</span>` : linked;
  return html`<p class="checked">
    ${words.source}${messages.colon} ${name}${date}.${facts.checked ? html` ${words.checkedOn(formatDate(facts.checked, locale))}.` : nothing}
  </p>`;
}

/**
 * Where a card's facts come from: the item's own source (content files always give
 * one), else the built-in item's; and, when it has one, where its contact details
 * come from.
 */
export function sourceLines(item: Helpline | Initiative, view: ViewContext): unknown {
  const builtIn = item.source ? undefined : Object.hasOwn(builtInSources, item.id) ? builtInSources[item.id] : undefined;
  const facts = builtIn ?? item;
  const own = 'contact' in item ? item.contact : undefined;
  const contact = own?.source ? own : own && builtIn?.contact;
  return html`${provenanceLine(facts, view)}${contact?.source ? provenanceLine({ ...contact, source: contact.source }, view) : nothing}`;
}

/** Under the urgent lines: a closed disclosure with where each number comes from and when it was checked. */
export function urgentSources(lines: readonly Helpline[], view: ViewContext): unknown {
  return html`<details>
    <summary>${provenanceMessages[view.locale].summary}</summary>
    <ul class="plain">
      ${lines.map((line) => html`<li><span class="label">${text(line.name, view.locale)} ${line.number}</span> ${sourceLines(line, view)}</li>`)}
    </ul>
  </details>`;
}
