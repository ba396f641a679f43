import { expect } from '@open-wc/testing';
import { formatDate, LOCALES } from '../../src/i18n/locale.js';
import { nl } from '../../src/i18n/nl.js';
import { fr } from '../../src/i18n/fr.js';
import { en } from '../../src/i18n/en.js';

const MESSAGES = { nl, fr, en };

/** Every day of a year as YYYY-MM-DD. */
function days(year: number): string[] {
  const out: string[] = [];
  for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
    out.push(day.toISOString().slice(0, 10));
  }
  return out;
}

describe('formatDate (the "checked on" dates, without Intl in the first render)', () => {
  it('writes every day of a leap year and of this year as the browser\'s Intl does for Belgium (nl-BE, fr-BE, en-BE)', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.DateTimeFormat(`${locale}-BE`, { dateStyle: 'long', timeZone: 'Europe/Brussels' });
      for (const iso of [...days(2024), ...days(2026)]) {
        expect(formatDate(iso, MESSAGES[locale].months), `${locale} ${iso}`).to.equal(intl.format(new Date(`${iso}T12:00:00Z`)));
      }
    }
  });

  it('has twelve month names in each language', () => {
    for (const locale of LOCALES) expect(MESSAGES[locale].months.split(' '), locale).to.have.length(12);
  });

  it('leaves what is not a date as it is', () => {
    for (const bad of ['', '2026-13-01', '2026-00-10', '2026-11-00', '27-11-2026', '2026-11-27T10:00', 'morgen']) {
      expect(formatDate(bad, nl.months)).to.equal(bad);
    }
  });
});
