import { html, type TemplateResult } from 'lit';
import type { Audience, Content } from '../../content/types.js';
import type { NoResultsMessages } from '../../i18n/no-results/messages.js';
import { isCrisisQuery } from '../../search/analyze.js';
import type { ViewContext } from '../render/context.js';
import { heading } from '../render/heading.js';
import { helplineCard } from '../render/helpline.js';
import { talkNowLines } from './talk-now.js';

export interface NoResultsInput {
  readonly query: string;
  readonly audience: Audience;
  /** The content whose urgent lines are offered to talk to now. */
  readonly content: Content;
}

/**
 * Nothing matched: say so honestly. "Iedereen" is suggested only when another
 * audience is chosen; the lines to talk to now follow, a listening line (106) before
 * a suicide line (1813) unless the words speak of suicide.
 */
export function noResults(
  input: NoResultsInput,
  view: ViewContext,
  words: NoResultsMessages,
  /** The page language's stop words: Dutch "die" ("that") does not speak of dying. */
  stopWords: ReadonlySet<string> = new Set(),
): TemplateResult {
  const { messages, level } = view;
  const { query, audience } = input;
  const name = messages.audienceNames[audience];
  const said = query.trim()
    ? audience === 'everyone'
      ? `${words.nothingFor(query)} ${words.tryAnotherWord}`
      : words.nothingForAudience(query, name)
    : words.nothingInAudience(name);
  return html`<div class="no-results card" part="no-results">
    ${heading(level + 2, words.noResultsHeading)}
    <p>${said}</p>
    <p>${words.talkNow}</p>
    <ul class="cards">
      ${talkNowLines(input.content, view.locale, isCrisisQuery(query, stopWords)).map((line) => helplineCard(line, view, { compact: true, level: level + 3 }))}
    </ul>
  </div>`;
}
