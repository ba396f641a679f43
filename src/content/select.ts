import type { Locale } from '../i18n/locale.js';
import type { Audience, Content, Helpline, Initiative, Meldpunt, Partner, Route } from './types.js';

export type Resource =
  | { kind: 'helpline'; item: Helpline }
  | { kind: 'initiative'; item: Initiative };

/** Whether a line shows on a page in `locale` (`shownFor`: a French-language line on fr and en pages only). */
export function shownOn(line: Helpline, locale: Locale | undefined): boolean {
  return !locale || !line.shownFor || line.shownFor.includes(locale);
}

/** Lines that answer in the page's language first (112 and lines without `languages` count as answering). */
export function ownLanguageFirst(lines: readonly Helpline[], locale: Locale | undefined): Helpline[] {
  const speaks = (line: Helpline) => !locale || !line.languages || line.languages.includes(locale);
  return [...lines].sort((a, b) => Number(speaks(b)) - Number(speaks(a)));
}

/** The urgent line-up: shown in every state, never filtered; the page's own language first. */
export function urgentHelplines(content: Content, locale?: Locale): Helpline[] {
  return ownLanguageFirst(content.helplines.filter((line) => line.urgent === true && shownOn(line, locale)), locale);
}

/**
 * An item fits an audience when it names that audience: the filter really narrows
 * ("Ouderen" keeps what is made for older people). "Iedereen" keeps everything.
 */
export function fitsAudience(audiences: readonly Audience[], audience: Audience): boolean {
  return audience === 'everyone' || audiences.includes(audience);
}

/** All resources, helplines first, for the finder and the routes (lines meant for other languages' pages left out). */
export function allResources(content: Content, locale?: Locale): Resource[] {
  return [
    ...content.helplines.filter((line) => shownOn(line, locale)).map((item): Resource => ({ kind: 'helpline', item })),
    ...content.initiatives.map((item): Resource => ({ kind: 'initiative', item })),
  ];
}

export function filterResources(
  resources: readonly Resource[],
  { audience, route }: { audience: Audience; route?: Route | undefined },
): Resource[] {
  return resources.filter(
    ({ item }) => fitsAudience(item.audiences, audience) && (route === undefined || item.routes.includes(route)),
  );
}

/**
 * For a chosen audience, items made for that audience alone come first, then items
 * for several audiences including it, then the general ones, so a youth-service
 * page leads with Awel and Overkop. The sort is stable: content order otherwise.
 */
export function rankByAudience(resources: readonly Resource[], audience: Audience): Resource[] {
  if (audience === 'everyone') return [...resources];
  const rank = ({ item }: Resource) => (item.audiences.includes(audience) ? item.audiences.length : Number.MAX_SAFE_INTEGER);
  return [...resources].sort((a, b) => rank(a) - rank(b));
}

export function findPartner(content: Content, id: string | undefined): Partner | undefined {
  if (!id) return undefined;
  return content.partners.find((partner) => partner.id === id);
}

/** The meldpunt as a partner shows it: the partner's own contact and privacy text win. */
export function meldpuntFor(content: Content, partner: Partner | undefined): Meldpunt {
  return partner?.meldpunt ? { ...content.meldpunt, ...partner.meldpunt } : content.meldpunt;
}

/** Campaigns or opening hours to judge against the clock. */
export function needsSchedule(content: Content): boolean {
  return content.campaigns.length > 0 || content.helplines.some((line) => (line.openingHours?.length ?? 0) > 0);
}
