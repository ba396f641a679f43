import { html, nothing, type TemplateResult } from 'lit';
import type { Helpline } from '../../content/types.js';
import { localize } from '../../content/localize.js';
import { displayHost, telHref } from '../../content/safe-url.js';
import { formatDate } from '../../i18n/locale.js';
import type { ViewContext } from './context.js';
import { safeLink, text } from './text.js';

function facts(line: Helpline, view: ViewContext): string[] {
  const { messages } = view;
  const list: string[] = [];
  if (line.alwaysOpen) list.push(messages.alwaysOpen);
  if (line.free) list.push(messages.free);
  if (line.anonymous) list.push(messages.anonymous);
  return list;
}

/** One helpline: what it is for, the number as a tel: link, channels, hours, when checked. */
export function helplineCard(line: Helpline, view: ViewContext, options: { compact?: boolean } = {}): TemplateResult {
  const { messages, locale } = view;
  const name = localize(line.name, locale).text;
  const hours = line.hours ? text(line.hours, locale) : undefined;
  const summary = facts(line, view).join(', ');
  return html`<li class="card helpline" part="resource" data-resource-id=${line.id}>
    <p class="card-title">${text(line.name, locale)}</p>
    <p class="call">
      ${safeLink(telHref(line.number), html`<span class="number">${line.number}</span>`, {
        part: 'call-link',
        label: messages.call(name, line.number),
      })}
    </p>
    <p>${text(line.purpose, locale)}</p>
    ${view.openingNow?.(line, view) ?? nothing}
    ${options.compact
      ? nothing
      : html`<dl class="facts">
          <div><dt>${messages.channels}</dt><dd>${line.channels.map((channel) => messages.channelNames[channel]).join(', ')}</dd></div>
          ${hours || summary
            ? html`<div><dt>${messages.hours}</dt><dd>${hours ?? nothing}${hours && summary ? ', ' : nothing}${summary}</dd></div>`
            : nothing}
        </dl>`}
    ${line.website ? html`<p>${safeLink(line.website, displayHost(line.website))}</p>` : nothing}
    <p class="checked">${messages.checkedOn(formatDate(line.checked, messages.months))}</p>
  </li>`;
}
