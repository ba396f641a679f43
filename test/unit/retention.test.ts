/** The retention figures in the privacy text: one source (the content's meldpunt.retention), said in each language. */
import { describe, expect, it } from 'vitest';
import { withRetentionFigures } from '../../src/content/retention.js';

describe('withRetentionFigures', () => {
  it('fills both placeholders as durations with the plural form of the language', () => {
    const text = 'A {monthsAfterClose}, B {maxMonths}.';
    const one = { monthsAfterClose: 1, maxMonths: 2 };
    expect(withRetentionFigures(text, one, 'nl')).to.equal('A 1 maand, B 2 maanden.');
    expect(withRetentionFigures(text, one, 'en')).to.equal('A 1 month, B 2 months.');
    expect(withRetentionFigures(text, one, 'fr').replace(/\s/g, ' ')).to.equal('A 1 mois, B 2 mois.');
    expect(withRetentionFigures('{maxMonths} en {maxMonths}', { monthsAfterClose: 6, maxMonths: 12 }, 'nl')).to.equal('12 maanden en 12 maanden');
  });

  it('leaves a text without placeholders as it is', () => {
    expect(withRetentionFigures('Geen cijfers {andere}.', { monthsAfterClose: 6, maxMonths: 12 }, 'nl')).to.equal('Geen cijfers {andere}.');
  });
});
