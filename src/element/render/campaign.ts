import { html, nothing, type TemplateResult } from 'lit';
import type { Campaign } from '../../content/types.js';
import { scheduleMessages } from '../../i18n/schedule.js';
import type { ViewContext } from './context.js';
import { safeLink, text } from './text.js';

/** A campaign banner (a week against loneliness, say), shown only between its dates. */
export function campaignBanner(campaign: Campaign, view: ViewContext): TemplateResult {
  return html`<div class="campaign" part="campaign" data-campaign-id=${campaign.id}>
    <p class="label">${text(campaign.title, view.locale)}</p>
    <p>${text(campaign.body, view.locale)}</p>
    ${campaign.link ? html`<p>${safeLink(campaign.link, scheduleMessages[view.locale].campaignMore)}</p>` : nothing}
  </div>`;
}
