import { expect } from '@open-wc/testing';
import { withRetentionFigures } from '../../src/content/retention.js';
import type { Report } from '../../src/report/schema.js';
import { validateCandidate, type FieldErrors, type Validation } from '../../src/report/form/validate.js';
import { emptyValues, toCandidate, type FormValues } from '../../src/report/form/values.js';

const context = {
  id: '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21',
  lang: 'nl' as const,
  partner: undefined,
  page: 'https://example.org/',
  fillMs: 20_000,
  createdAt: '2026-12-01T10:00:00.000Z',
};

function passed(validation: Validation): Report {
  if (!validation.ok) throw new Error(`expected a valid report, got ${JSON.stringify(validation.errors)}`);
  return validation.report;
}

function failed(validation: Validation): FieldErrors {
  if (validation.ok) throw new Error('expected errors, the report passed');
  return validation.errors;
}

const candidate = (values: Partial<FormValues>) => toCandidate({ ...emptyValues(), ...values }, context);

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

describe('the report from the form', () => {
  const essentials = { about: 'other', area: '2800', phone: '0470 12 34 56', consent: true } as const;

  it('needs only who, where, phone or e-mail, and consent, on both paths', () => {
    for (const about of ['self', 'other'] as const) {
      expect(passed(validateCandidate(candidate({ ...essentials, about }))).about).to.equal(about);
    }
    const byMail = passed(validateCandidate(candidate({ ...essentials, phone: '', email: 'an@voorbeeld.be' })));
    expect(byMail.contactMethod).to.equal('email');
  });

  it('says "unknown" for an age group left open, and phone when both ways are given', () => {
    const report = passed(validateCandidate(candidate({ ...essentials, email: 'an@voorbeeld.be' })));
    expect(report.ageGroup).to.equal('unknown');
    expect(report.contactMethod).to.equal('phone');
    expect(report.email).to.equal('an@voorbeeld.be');
  });

  it('lists every problem at once, the phone-or-e-mail question as one', () => {
    expect(failed(validateCandidate(candidate({ about: 'self' })))).to.deep.equal({ area: 'required', contact: 'required', consent: 'required' });
    expect(failed(validateCandidate(candidate({ ...essentials, phone: '12', email: 'x@' })))).to.deep.equal({ phone: 'invalid', email: 'invalid' });
  });

  it('never sends the questions of the other path', () => {
    const report = passed(validateCandidate(candidate({ ...essentials, about: 'self', relation: 'neighbour', personKnows: 'no' })));
    expect([report.relation, report.personKnows]).to.deep.equal([undefined, undefined]);
  });
});
