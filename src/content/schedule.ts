import type { Locale } from '../i18n/locale.js';
import { brusselsTime } from '../time/brussels.js';
import { urgentHelplines } from './select.js';
import type { Campaign, Content, Helpline, OpeningWindow } from './types.js';

/**
 * The line to offer when another is closed: a listening line open day and night (never
 * 112 or a suicide line), in the page's language first (Tele-Onthaal 106 on a Dutch
 * page, Télé-Accueil 107 on a French one).
 */
export function alwaysOpenLine(content: Content, locale?: Locale): Helpline | undefined {
  return urgentHelplines(content, locale).find((line) => line.alwaysOpen && line.number !== '112' && !line.crisis);
}

/** Campaigns whose dates (inclusive, Europe/Brussels) include today. */
export function activeCampaigns(campaigns: readonly Campaign[], at: Date): Campaign[] {
  const today = brusselsTime(at).date;
  return campaigns.filter((campaign) => campaign.start <= today && today <= campaign.end);
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Open, and until when; or closed. Undefined when the line has no opening hours (or is always open). */
export function openingState(line: Helpline, at: Date): { open: true; until: string } | { open: false } | undefined {
  if (line.alwaysOpen || !line.openingHours?.length) return undefined;
  const { day, minutes } = brusselsTime(at);
  const window = line.openingHours.find(
    (slot: OpeningWindow) => slot.days.includes(day) && toMinutes(slot.opens) <= minutes && minutes < toMinutes(slot.closes),
  );
  return window ? { open: true, until: window.closes } : { open: false };
}
