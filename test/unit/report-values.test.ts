/**
 * What the form turns the resident's answers into (src/report/form/values.ts) and how
 * they are checked (src/report/form/validate.ts), in Node.
 */
import { describe, expect, it } from 'vitest';
import {
  ESSENTIAL_FIELDS,
  FIELD_ORDER,
  OPTIONAL_FIELDS,
  activeFields,
  contactMethodOf,
  emptyValues,
  hasInput,
  pageWithoutQuery,
  toCandidate,
  type FormValues,
} from '../../src/report/form/values.js';
import { errorsFromReceiver, orderedErrors, validateCandidate } from '../../src/report/form/validate.js';

const context = {
  id: '0b0e7d5c-3c1e-4b8e-9d6a-2f1f4a1c9e21',
  lang: 'en' as const,
  partner: 'overkop',
  page: 'https://example.org/help',
  fillMs: 20_000,
  createdAt: '2026-12-01T10:00:00.000Z',
};
const values = (answers: Partial<FormValues>): FormValues => ({ ...emptyValues(), ...answers });
const essentials = { about: 'other', area: '2800', phone: '0470 12 34 56', consent: true } as const;

describe('the questions', () => {
  it('in the order of the form (and of the error summary)', () => {
    expect(FIELD_ORDER).to.deep.equal(['about', 'area', 'contact', 'phone', 'email', 'ageGroup', 'relation', 'personKnows', 'situation', 'name', 'contactTimes', 'consent']);
  });

  it('four essentials (who, where, phone or e-mail, consent); the rest optional', () => {
    expect([...ESSENTIAL_FIELDS]).to.deep.equal(['about', 'area', 'contact', 'phone', 'email', 'consent']);
    expect(OPTIONAL_FIELDS).to.deep.equal(['ageGroup', 'relation', 'personKnows', 'situation', 'name', 'contactTimes']);
  });

  it('start empty, with who it is about chosen by a route', () => {
    expect(emptyValues()).to.deep.equal({
      about: '',
      area: '',
      phone: '',
      email: '',
      consent: false,
      ageGroup: '',
      relation: '',
      personKnows: '',
      situation: '',
      name: '',
      contactTimes: '',
      honeypot: '',
    });
    expect(emptyValues('self').about).to.equal('self');
  });

  it('ask about the relation and whether the person knows only for someone else', () => {
    const withoutOther = FIELD_ORDER.filter((field) => field !== 'relation' && field !== 'personKnows');
    expect([...activeFields(values({}))]).to.deep.equal(withoutOther);
    expect([...activeFields(values({ about: 'self' }))]).to.deep.equal(withoutOther);
    expect([...activeFields(values({ about: 'other' }))]).to.deep.equal(FIELD_ORDER);
  });

  it('count as typed once anything but who it is about (or the honeypot) is answered', () => {
    expect(hasInput(values({}))).to.equal(false);
    expect(hasInput(values({ about: 'other' }))).to.equal(false);
    expect(hasInput(values({ honeypot: 'bot' }))).to.equal(false);
    expect(hasInput(values({ area: '2800' }))).to.equal(true);
    expect(hasInput(values({ consent: true }))).to.equal(true);
    expect(hasInput(values({ contactTimes: 'avond' }))).to.equal(true);
  });
});

describe('the report from the answers', () => {
  it('phone when a number is given, else e-mail; blanks are not an answer', () => {
    expect(contactMethodOf(values({ phone: '0470', email: 'a@b.be' }))).to.equal('phone');
    expect(contactMethodOf(values({ phone: '   ', email: 'a@b.be' }))).to.equal('email');
    expect(contactMethodOf(values({ phone: '  ', email: '  ' }))).to.equal(undefined);
  });

  it('carries every answer of the chosen path, blanks left out, the honeypot as typed', () => {
    const candidate = toCandidate(
      values({
        ...essentials,
        email: '  ',
        ageGroup: '18-25',
        relation: 'friend',
        personKnows: 'unsure',
        situation: 'Hij is alleen.',
        name: ' ',
        contactTimes: 'avond',
        honeypot: '',
      }),
      context,
    );
    expect(candidate).to.deep.equal({
      schemaVersion: 1,
      id: context.id,
      about: 'other',
      relation: 'friend',
      personKnows: 'unsure',
      ageGroup: '18-25',
      area: '2800',
      situation: 'Hij is alleen.',
      contactMethod: 'phone',
      phone: '0470 12 34 56',
      email: undefined,
      name: undefined,
      contactTimes: 'avond',
      consent: true,
      partner: 'overkop',
      lang: 'en',
      page: 'https://example.org/help',
      honeypot: '',
      fillMs: 20_000,
      createdAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('never carries the other path\'s questions, and "unknown" for an age group left open', () => {
    const candidate = toCandidate(values({ ...essentials, about: 'self', relation: 'friend', personKnows: 'yes' }), context);
    expect([candidate.relation, candidate.personKnows, candidate.ageGroup, candidate.about]).to.deep.equal([undefined, undefined, 'unknown', 'self']);
    expect(toCandidate(values({}), context).about).to.equal(undefined);
  });

  it('keeps the page without query string or fragment, at most 500 characters', () => {
    expect(pageWithoutQuery('https://partner.example/hulp/?naam=An&tel=0470#formulier')).to.equal('https://partner.example/hulp/');
    expect(pageWithoutQuery(`https://partner.example/${'a'.repeat(600)}`)).to.have.length(500);
    expect(pageWithoutQuery('not a url')).to.equal('');
  });
});

describe('validation', () => {
  const check = (answers: Partial<FormValues>) => validateCandidate(toCandidate(values(answers), context));

  it('passes the essentials on both paths and gives the report as the schema made it', () => {
    const result = check({ ...essentials, area: ' 2800 ' });
    expect(result.ok).to.equal(true);
    expect(result.ok && result.report.area).to.equal('2800');
  });

  it('asks for consent on both paths (the schema alone asks it only about oneself)', () => {
    expect(check({ ...essentials, consent: false })).to.deep.equal({ ok: false, errors: { consent: 'required' } });
    expect(check({ ...essentials, about: 'self', consent: false })).to.deep.equal({ ok: false, errors: { consent: 'required' } });
  });

  it('tells "required" for a blank answer, "too-long" and "invalid" for the rest, the first problem per field', () => {
    expect(check({ ...essentials, area: '   ' })).to.deep.equal({ ok: false, errors: { area: 'required' } });
    expect(check({ ...essentials, area: 'Kerkstraat 12' })).to.deep.equal({ ok: false, errors: { area: 'invalid' } });
    expect(check({ ...essentials, situation: 'x'.repeat(1001) })).to.deep.equal({ ok: false, errors: { situation: 'too-long' } });
    // Too long and not an address: too long comes first.
    expect(check({ ...essentials, phone: '', email: 'x'.repeat(201) })).to.deep.equal({ ok: false, errors: { email: 'too-long' } });
  });

  it('takes a problem outside the resident\'s answers for its own, not theirs', () => {
    const candidate = toCandidate(values(essentials), { ...context, id: 'not-a-uuid' });
    expect(validateCandidate(candidate)).to.deep.equal({ ok: false, errors: { about: 'invalid' } });
  });
});

describe("a receiver's field errors", () => {
  it('land on the form\'s fields, the first per field, in the form\'s words', () => {
    expect(
      errorsFromReceiver([
        { field: 'area', code: 'invalid' },
        { field: 'area', code: 'required' },
        { field: 'contactMethod', code: 'required' },
        { field: 'situation', code: 'too-long' },
        { field: 'name', code: 'too_big' },
        { field: 'email', code: undefined },
        { field: 'id', code: 'invalid' },
        { field: 'toString', code: 'invalid' },
      ]),
    ).to.deep.equal({ area: 'invalid', contact: 'required', situation: 'too-long', name: 'too-long', email: 'invalid' });
  });

  it('are listed in the form\'s order', () => {
    expect(orderedErrors({ consent: 'required', area: 'invalid', email: 'too-long' })).to.deep.equal([
      ['area', 'invalid'],
      ['email', 'too-long'],
      ['consent', 'required'],
    ]);
    expect(orderedErrors({})).to.deep.equal([]);
  });
});
