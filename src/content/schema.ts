import * as z from 'zod/mini';
import { isSafeHref } from './safe-url.js';
import { hidePrototypeKeys } from '../security/clean-prototypes.js';

// Schemas are built with a polluted page's prototype extras hidden (see clean-prototypes.ts).
const restorePrototypes = hidePrototypeKeys();

/**
 * The content format: helplines, local initiatives, the meldpunt's contact and the
 * partners. Every text is Dutch with optional French and English; every item says
 * where its facts come from (`source`) and when they were last checked (`checked`).
 * A missing fact is left out, never guessed: that is why so much is optional.
 */

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));
/** When a source dates from: a year, a month or a day. */
const sourceDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens (at most 64), starting with a letter or digit'));
const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
const longText = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));
const phoneNumber = z.string().check(z.regex(/^\+?[0-9][0-9 ]{1,19}$/, 'a phone number: digits and spaces, + first for an international number'));
/**
 * One plain e-mail address: letters, digits and `_.'+-` before the @, a dotted host name
 * after it; nothing a `mailto:` URL would read as more (`?bcc=`, `&`, `#`, `%`, `,`).
 */
const emailAddress = z.string().check(z.trim(), z.maxLength(200), z.regex(/^[\w.'+-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i, 'an e-mail address'));
export const safeLinkSchema = z.string().check(
  z.maxLength(2000),
  z.refine(isSafeHref, { message: 'only https:, tel: and mailto: links' }),
);
const hexColour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'));

export const localizedShortSchema = z.object({ nl: shortText, fr: z.optional(shortText), en: z.optional(shortText) });
export const localizedLongSchema = z.object({ nl: longText, fr: z.optional(longText), en: z.optional(longText) });

export const audienceSchema = z.enum(['everyone', 'youth', 'seniors', 'carers']);
export const routeSchema = z.enum(['self', 'other']);
export const channelSchema = z.enum(['phone', 'chat', 'email', 'forum']);
export const languageSchema = z.enum(['nl', 'fr', 'en', 'de']);
/**
 * Where an item's facts come from: `source` names it, `sourceUrl` links a public copy,
 * `sourceDate` says when that source dates from, and `checked` is set only when the
 * facts were checked against a current source on that day.
 */
const provenance = {
  source: shortText,
  sourceUrl: z.optional(safeLinkSchema),
  sourceDate: z.optional(sourceDate),
  checked: z.optional(isoDate),
};
const keywordList = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))).check(z.maxLength(80));
/**
 * Words and phrasings residents type for an item, so the finder finds it, per language:
 * `{ "nl": [...], "fr": [...], "en": [...] }`.
 */
export const keywordsSchema = z.object({ nl: z.optional(keywordList), fr: z.optional(keywordList), en: z.optional(keywordList) });
const keywords = z.optional(keywordsSchema);

/** A weekly opening window in Europe/Brussels time: day 1 = Monday … 7 = Sunday, "HH:MM". */
export const openingWindowSchema = z.object({
  days: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(7))).check(z.minLength(1), z.maxLength(7)),
  opens: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM')),
  closes: z.string().check(z.regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'a time as HH:MM (24:00 for midnight)')),
});

export const helplineSchema = z.object({
  id,
  name: localizedShortSchema,
  number: phoneNumber,
  purpose: localizedShortSchema,
  audiences: z.array(audienceSchema).check(z.minLength(1)),
  routes: z.array(routeSchema),
  /** Part of the urgent line-up shown in every state. */
  urgent: z.optional(z.boolean()),
  channels: z.array(channelSchema).check(z.minLength(1)),
  website: z.optional(safeLinkSchema),
  hours: z.optional(localizedShortSchema),
  alwaysOpen: z.optional(z.boolean()),
  openingHours: z.optional(z.array(openingWindowSchema).check(z.maxLength(21))),
  free: z.optional(z.boolean()),
  anonymous: z.optional(z.boolean()),
  /** A line for thoughts of suicide: listed first when a resident's words speak of it. */
  crisis: z.optional(z.boolean()),
  /** The languages the line answers in; a page in another language says so. */
  languages: z.optional(z.array(languageSchema).check(z.minLength(1))),
  /** Show the line only on pages in these languages (a French-language line on fr and en pages). */
  shownFor: z.optional(z.array(z.enum(['nl', 'fr', 'en'])).check(z.minLength(1))),
  keywords,
  ...provenance,
});

export const initiativeSchema = z.object({
  id,
  name: localizedShortSchema,
  audiences: z.array(audienceSchema).check(z.minLength(1)),
  routes: z.array(routeSchema),
  forWhom: localizedShortSchema,
  offer: localizedLongSchema,
  contact: z.optional(
    z.object({
      website: z.optional(safeLinkSchema),
      phone: z.optional(phoneNumber),
      email: z.optional(emailAddress),
      note: z.optional(localizedShortSchema),
      /** Where the contact details come from, when that is not the item's own source. */
      source: z.optional(shortText),
      sourceUrl: z.optional(safeLinkSchema),
      sourceDate: z.optional(sourceDate),
    }),
  ),
  keywords,
  ...provenance,
});

export const meldpuntSchema = z.object({
  name: localizedShortSchema,
  phone: z.optional(phoneNumber),
  email: z.optional(emailAddress),
  website: z.optional(safeLinkSchema),
  /** What happens after a report: shown on success. */
  whatNext: localizedLongSchema,
  /** Who receives the data, why, and how long it is kept. */
  privacy: localizedLongSchema,
  /**
   * How long the receiver keeps a report's personal fields: erased `monthsAfterClose`
   * months after the report is closed, and after `maxMonths` even if it is never closed.
   * One source for both products: the widget's privacy text states these figures and the
   * reference receiver erases on them.
   */
  retention: z.optional(
    z.object({
      monthsAfterClose: z.number().check(z.int(), z.minimum(1), z.maximum(120)),
      maxMonths: z.number().check(z.int(), z.minimum(1), z.maximum(120)),
    }),
  ),
  ...provenance,
});

export const partnerSchema = z.object({
  id,
  name: localizedShortSchema,
  website: z.optional(safeLinkSchema),
  /** The audience the filter starts on. */
  audienceFirst: z.optional(audienceSchema),
  /** The route listed first. */
  routeFirst: z.optional(routeSchema),
  accent: z.optional(hexColour),
  accentDark: z.optional(hexColour),
  /** Overrides of the meldpunt's contact and privacy text for this partner. */
  meldpunt: z.optional(z.partial(meldpuntSchema)),
});

export const campaignSchema = z.object({
  id,
  title: localizedShortSchema,
  body: localizedLongSchema,
  link: z.optional(safeLinkSchema),
  /** Inclusive dates, Europe/Brussels. */
  start: isoDate,
  end: isoDate,
});

/** Top level: the item arrays are checked item by item so one bad item is dropped, not the file. */
/**
 * A change to a built-in item, in a file that extends the built-in content: its `id`
 * and only the fields that change (each replaces the built-in field as a whole, a text
 * with all its languages). New facts need a `source`; search words alone do not.
 */
export const helplinePatchSchema = z.extend(z.partial(helplineSchema), { id });
export const initiativePatchSchema = z.extend(z.partial(initiativeSchema), { id });
export const partnerPatchSchema = z.extend(z.partial(partnerSchema), { id });
export const meldpuntPatchSchema = z.partial(meldpuntSchema);

/** The envelope of a content file; its items are checked one by one (a bad one is dropped, not the file). */
export const contentEnvelopeSchema = z.object({
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  updated: isoDate,
  /**
   * `"built-in"`: the file extends the built-in content (items with a built-in id change
   * that item, other items are added, ids in `remove` leave); without it the file
   * replaces the built-in content.
   */
  extends: z.optional(z.enum(['built-in'])),
  /** With `extends`: ids of built-in items to leave out (112, 1813 and 106 always stay). */
  remove: z.optional(z.array(id).check(z.maxLength(200))),
  helplines: z.optional(z.array(z.unknown()).check(z.maxLength(200))),
  initiatives: z.optional(z.array(z.unknown()).check(z.maxLength(1000))),
  partners: z.optional(z.array(z.unknown()).check(z.maxLength(100))),
  campaigns: z.optional(z.array(z.unknown()).check(z.maxLength(50))),
  meldpunt: z.optional(z.unknown()),
});

restorePrototypes();
