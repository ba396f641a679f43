import { ownLanguageFirst, urgentHelplines } from '../../content/select.js';
import type { Content, Helpline } from '../../content/types.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * When nothing matches: the lines to talk to now, in the page's language first; a
 * listening line (106) before a suicide line (1813), unless the words speak of suicide.
 */
export function talkNowLines(content: Content, locale: Locale | undefined, crisis: boolean): Helpline[] {
  const lines = urgentHelplines(content, locale).filter((line) => line.number !== '112');
  const rank = (line: Helpline) => (Boolean(line.crisis) === crisis ? 0 : 1);
  return ownLanguageFirst([...lines].sort((a, b) => rank(a) - rank(b)), locale);
}
