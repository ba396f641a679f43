import { html, nothing, type TemplateResult } from 'lit';
import type { Helpline } from '../../content/types.js';
import { localize } from '../../content/localize.js';
import { displayHost, telHref } from '../../content/safe-url.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { safeLink, text } from './text.js';

function facts(line: Helpline, view: ViewContext): string[] {
  const { messages } = view;
  const list: string[] = [];
  if (line.alwaysOpen) list.push(messages.alwaysOpen);
  if (line.free) list.push(messages.free);
  if (line.anonymous) list.push(messages.anonymous);
  return list;
}

/** "Antwoordt in het Nederlands." when the line does not answer in the page's language. */
function languageNote(line: Helpline, view: ViewContext): unknown {
  const { languages } = line;
  if (!languages || languages.includes(view.locale)) return nothing;
  const names = languages.map((language) => view.messages.languageNames[language]).join(', ');
  return html`<p class="language">${view.messages.answersIn(names)}</p>`;
}

/** A label and its value, with a real separator screen readers and copy-paste keep ("Hoe: telefoon"). */
export function fact(label: string, value: unknown, view: ViewContext): TemplateResult {
  return html`<div><dt>${label}${view.messages.colon}</dt> <dd>${value}</dd></div>`;
}

/**
 * One helpline: its name as a heading, the number as a tel: link, what it is for;
 * in full also channels, hours and where its facts come from (a compact card, in the
 * urgent block or the no-results box, leaves those out).
 */
export function helplineCard(line: Helpline, view: ViewContext, options: { compact?: boolean; level: number }): TemplateResult {
  const { messages, locale } = view;
  const name = localize(line.name, locale).text;
  const hours = line.hours ? text(line.hours, locale) : undefined;
  const summary = facts(line, view).join(', ');
  return html`<li class="card helpline" part="resource" data-resource-id=${line.id}>
    <div class="card-title">${heading(options.level, text(line.name, locale))}</div>
    <p class="call">
      ${safeLink(telHref(line.number), html`<span class="number">${line.number}</span>`, {
        part: 'call-link',
        label: messages.call(name, line.number),
      })}
    </p>
    <p>${text(line.purpose, locale)}</p>
    ${languageNote(line, view)} ${view.openingNow?.(line, view) ?? nothing}
    ${options.compact
      ? nothing
      : html`<dl class="facts">
          ${fact(messages.channels, line.channels.map((channel) => messages.channelNames[channel]).join(', '), view)}
          ${hours || summary ? fact(messages.hours, html`${hours ?? nothing}${hours && summary ? ', ' : nothing}${summary}`, view) : nothing}
        </dl>`}
    ${line.website ? html`<p>${safeLink(line.website, displayHost(line.website))}</p>` : nothing}
    ${options.compact ? nothing : (view.provenance?.sourceLines(line, view) ?? nothing)}
  </li>`;
}
