/**
 * The schedule chunk: campaign dates and opening hours judged in Europe/Brussels
 * time, and the campaign banner. Loaded only for content that has either.
 */
export { activeCampaigns, alwaysOpenLine } from '../content/schedule.js';
export { campaignBanner } from './render/campaign.js';
export { openingNow } from './render/opening.js';
export { scheduleStyles } from './schedule-styles.js';
