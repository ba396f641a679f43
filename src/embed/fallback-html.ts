import { localize } from '../content/localize.js';
import { displayHost, mailtoHref, safeHref, telHref } from '../content/safe-url.js';
import { meldpuntFor, shownOn, urgentHelplines } from '../content/select.js';
import type { Content, Helpline, Initiative, LocalizedText, Partner } from '../content/types.js';
import type { Locale } from '../i18n/locale.js';
import { formatDate } from '../i18n/dates.js';
import { fallbackHeadings } from '../i18n/fallback.js';
import { provenanceMessages } from '../i18n/provenance.js';
import type { Messages } from '../i18n/messages.js';
import { escapeHtml, escapeText as e } from './escape.js';

/**
 * The widget's help as plain semantic HTML, for inside the element: what crawlers,
 * browsers without JavaScript and pages that block the script show. Headings,
 * lists and tel:/https:/mailto: links only; no classes needed, no inline styles,
 * no event handlers. Once the script runs, the widget shows its own rendering
 * instead (the fallback is never shown twice).
 */
export interface FallbackInput {
  content: Content;
  messages: Messages;
  locale: Locale;
  level: number;
  partner?: Partner | undefined;
}

const h = (level: number, text: string): string => {
  const clamped = Math.min(6, Math.max(1, level));
  return `<h${clamped}>${e(text)}</h${clamped}>`;
};

function link(href: string | undefined, text: string): string {
  const safe = safeHref(href);
  return safe ? `<a href="${escapeHtml(safe)}">${e(text)}</a>` : e(text);
}

function helplineItem(line: Helpline, input: FallbackInput): string {
  const t = (text: LocalizedText) => localize(text, input.locale).text;
  const when = line.alwaysOpen ? ` ${e(input.messages.alwaysOpen)}.` : line.hours ? ` ${e(t(line.hours))}.` : '';
  const site = line.website ? ` ${link(line.website, displayHost(line.website))}` : '';
  // The link says what it does ("Bel Zelfmoordlijn: 1813"): a theme may strip link colour and
  // underline (Tailwind's preflight does), and a bare number then does not read as a link.
  return `<li><strong>${link(telHref(line.number), input.messages.call(t(line.name), line.number))}</strong>. ${e(t(line.purpose))}${when}${site}</li>`;
}

function initiativeItem(initiative: Initiative, input: FallbackInput): string {
  const t = (text: LocalizedText) => localize(text, input.locale).text;
  const { contact } = initiative;
  const ways = [
    contact?.phone ? link(telHref(contact.phone), contact.phone) : '',
    contact?.email ? link(mailtoHref(contact.email), contact.email) : '',
    contact?.website ? link(contact.website, displayHost(contact.website)) : '',
  ].filter(Boolean);
  const reach = ways.length > 0 ? ` ${e(input.messages.howToReach)}: ${ways.join(', ')}.` : '';
  return `<li><strong>${e(t(initiative.name))}</strong> (${e(t(initiative.forWhom))}). ${e(t(initiative.offer))}${reach}</li>`;
}

export function fallbackHtml(input: FallbackInput): string {
  const { content, messages, level } = input;
  const urgent = urgentHelplines(content, input.locale);
  const others = content.helplines.filter((line) => !line.urgent && shownOn(line, input.locale));
  const meldpunt = meldpuntFor(content, input.partner);
  const contact = [
    meldpunt.phone ? `<li>${e(messages.phone)}: ${link(telHref(meldpunt.phone), meldpunt.phone)}</li>` : '',
    meldpunt.email ? `<li>${e(messages.email)}: ${link(mailtoHref(meldpunt.email), meldpunt.email)}</li>` : '',
    meldpunt.website ? `<li>${link(meldpunt.website, messages.website)}</li>` : '',
  ].join('');
  return [
    h(level, messages.title),
    `<p>${e(messages.intro)}</p>`,
    h(level + 1, messages.urgentHeading),
    `<p>${e(messages.urgentIntro)}</p>`,
    `<ul>${urgent.map((line) => helplineItem(line, input)).join('')}</ul>`,
    `<p><strong>${e(messages.meldpuntNotEmergency)}</strong></p>`,
    h(level + 1, fallbackHeadings[input.locale].initiatives),
    `<ul>${content.initiatives.map((initiative) => initiativeItem(initiative, input)).join('')}</ul>`,
    others.length > 0 ? `${h(level + 1, fallbackHeadings[input.locale].helplines)}<ul>${others.map((line) => helplineItem(line, input)).join('')}</ul>` : '',
    h(level + 1, messages.meldpuntHeading),
    `<p>${e(messages.meldpuntIntro)}</p>`,
    `<p>${e(messages.meldpuntContact)}: ${e(localize(meldpunt.name, input.locale).text)}</p>`,
    contact ? `<ul>${contact}</ul>` : '',
    `<p>${e(provenanceMessages[input.locale].checkedOn(formatDate(content.updated, input.locale)))}</p>`,
  ].join('\n');
}
