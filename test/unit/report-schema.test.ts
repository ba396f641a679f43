/**
 * The report schema (src/report/schema.ts) as a receiver uses it: `reportSchema.safeParse`
 * on whatever arrives, not only what the widget's form would send.
 */
import { describe, expect, it } from 'vitest';
import { fieldErrorsSchema, reportSchema } from '../../src/report/schema.js';

const valid = {
  schemaVersion: 1,
  id: '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21',
  about: 'other',
  ageGroup: 'unknown',
  area: 'Nekkerspoel',
  contactMethod: 'phone',
  phone: '0470 12 34 56',
  consent: true,
  lang: 'nl',
  createdAt: '2026-12-01T10:00:00.000Z',
};

const problems = (input: unknown): string[] => {
  const result = reportSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message === 'required' ? 'required' : issue.code}`);
};
const accepts = (change: Record<string, unknown>): boolean => reportSchema.safeParse({ ...valid, ...change }).success;

describe('the report schema', () => {
  it('accepts a report and trims what the resident typed', () => {
    const result = reportSchema.safeParse({ ...valid, area: ' Nekkerspoel ', phone: ' 0470 12 34 56 ', email: ' an@example.org ', situation: ' Alleen. ', name: ' An ', contactTimes: ' avond ' });
    expect(result.success).to.equal(true);
    expect(result.success && [result.data.area, result.data.phone, result.data.email, result.data.situation, result.data.name, result.data.contactTimes]).to.deep.equal([
      'Nekkerspoel',
      '0470 12 34 56',
      'an@example.org',
      'Alleen.',
      'An',
      'avond',
    ]);
  });

  it('takes a neighbourhood or a Belgian postcode, never a street address', () => {
    for (const area of ['2800', '9999', 'Nekkerspoel', 'Sint-Katelijne-Waver', "Hof ter Elst", 'Leuvense Vaart', 'Muizen.', 'Éénhoorn']) expect(accepts({ area }), area).to.equal(true);
    for (const area of ['0800', '28000', '280', 'Kerkstraat 12', '12 Kerkstraat', 'a', '-Noord', '2800 Mechelen', 'Nekkerspoel!', 'x'.repeat(61), '<b>x</b>']) {
      expect(accepts({ area }), area).to.equal(false);
    }
  });

  it('takes a phone number of digits, spaces and . / -, with an optional +', () => {
    for (const phone of ['0470 12 34 56', '+32 470 12 34 56', '015/29.76.55', '015-29-76-55', '123456']) expect(accepts({ phone }), phone).to.equal(true);
    for (const phone of ['12345', 'bel 0470123456', '0470123456 thuis', '++32470123456', '+', '0470 12 34 56 78 90 12 34', '(015) 29 76 55']) {
      expect(accepts({ phone }), phone).to.equal(false);
    }
  });

  it('takes one e-mail address', () => {
    for (const email of ['an@example.org', 'an.de-smet+eh@stad.mechelen.be']) expect(accepts({ contactMethod: 'email', phone: undefined, email }), email).to.equal(true);
    for (const email of ['an@example', 'an@example.o', 'an example@x.org', 'x an@example.org', 'an@example.org x', '<an@example.org>', 'an@@example.org', `${'a'.repeat(195)}@x.org`]) {
      expect(accepts({ contactMethod: 'email', phone: undefined, email }), email).to.equal(false);
    }
  });

  it('takes a version 4 style id of lower-case hex only', () => {
    expect(accepts({ id: valid.id })).to.equal(true);
    for (const id of [valid.id.toUpperCase(), `x${valid.id}`, `${valid.id}x`, valid.id.replaceAll('-', ''), 'not-a-uuid']) expect(accepts({ id }), id).to.equal(false);
  });

  it('needs the phone number or e-mail address its contact method names, and consent about oneself', () => {
    expect(problems({ ...valid, phone: undefined })).to.deep.equal(['phone: required']);
    expect(problems({ ...valid, contactMethod: 'email' })).to.deep.equal(['email: required']);
    expect(problems({ ...valid, about: 'self', consent: false })).to.deep.equal(['consent: required']);
    // About someone else, a receiver takes a report without consent (earlier widgets sent them).
    expect(problems({ ...valid, consent: false })).to.deep.equal([]);
  });

  it('lists those rules even when other fields already failed', () => {
    expect(problems({ ...valid, area: 'Kerkstraat 12', phone: undefined, about: 'self', consent: false })).to.deep.equal(['area: invalid_format', 'phone: required', 'consent: required']);
    // A missing answer (a type error, which stops zod's own checks) too: one submit lists every problem.
    expect(problems({ ...valid, about: undefined, area: undefined, phone: undefined })).to.deep.equal(['about: invalid_value', 'area: invalid_type', 'phone: required']);
  });

  it('refuses what is not a report without throwing', () => {
    for (const input of [null, undefined, 'report', 42, [], {}]) expect(reportSchema.safeParse(input).success, String(input)).to.equal(false);
  });

  it('limits the free text', () => {
    expect(accepts({ situation: 'x'.repeat(1000) })).to.equal(true);
    expect(accepts({ situation: 'x'.repeat(1001) })).to.equal(false);
    expect(accepts({ name: 'x'.repeat(61) })).to.equal(false);
    expect(accepts({ contactTimes: 'x'.repeat(201) })).to.equal(false);
    expect(accepts({ honeypot: 'x'.repeat(501) })).to.equal(false);
    expect(accepts({ fillMs: -1 })).to.equal(false);
    expect(accepts({ fillMs: 1.5 })).to.equal(false);
  });
});

describe("a receiver's field errors", () => {
  it('are a list of fields, each with an optional code and message; anything else is dropped', () => {
    expect(fieldErrorsSchema.parse({ errors: [{ field: 'area', code: 'invalid', message: 'Geen adres', extra: 1 }, { field: 'phone' }], other: true })).to.deep.equal({
      errors: [{ field: 'area', code: 'invalid', message: 'Geen adres' }, { field: 'phone' }],
    });
    for (const bad of [{}, { errors: 'area' }, { errors: [{ code: 'invalid' }] }, { errors: [{ field: 1 }] }]) expect(fieldErrorsSchema.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
  });
});
