import type { Locale } from './locale.js';

/**
 * Words for opening hours and campaign banners, in every language: only content with
 * opening hours or campaigns needs them, so they come with the schedule chunk instead
 * of the first render's language pack.
 */
export interface ScheduleMessages {
  /** Opening hours now, in Mechelen time. */
  readonly openUntil: (time: string) => string;
  readonly closedNow: string;
  /** Before a 24/7 line offered when a line is closed. */
  readonly closedAlternative: string;
  /** Label of a campaign banner's link. */
  readonly campaignMore: string;
}

export const scheduleMessages: Readonly<Record<Locale, ScheduleMessages>> = {
  nl: {
    openUntil: (time) => `Nu open, tot ${time} uur.`,
    closedNow: 'Nu gesloten.',
    closedAlternative: 'Dag en nacht bereikbaar:',
    campaignMore: 'Meer weten',
  },
  fr: {
    openUntil: (time) => `Ouvert maintenant, jusqu’à ${time.replace(':', ' h ')}.`,
    closedNow: 'Fermé maintenant.',
    closedAlternative: 'Joignable jour et nuit :',
    campaignMore: 'En savoir plus',
  },
  en: {
    openUntil: (time) => `Open now, until ${time}.`,
    closedNow: 'Closed now.',
    closedAlternative: 'Available day and night:',
    campaignMore: 'Find out more',
  },
};
