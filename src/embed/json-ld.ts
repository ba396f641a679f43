import { localize } from '../content/localize.js';
import { findPartner, shownOn } from '../content/select.js';
import type { Content, Helpline } from '../content/types.js';
import type { Locale } from '../i18n/locale.js';

/**
 * A JSON-LD object. Every type, property and enumeration value written here is checked
 * against the schema.org vocabulary (schema-dts) in `test/server/structured-data.test.mjs`.
 */
export type JsonLd = Record<string, unknown>;

/** schema.org DayOfWeek enumeration members, as URLs (plain day names are text, not the enumeration). */
const EVERY_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `https://schema.org/${day}`);
/**
 * `contactType` only from the values Google documents for contact points ("customer
 * support", "emergency", …): the European emergency number is an "emergency"; for a
 * listening or crisis line none of them fits, so it is left out and the line's purpose
 * goes into `description` instead.
 */
const EMERGENCY_NUMBERS = new Set(['112']);
const CITY = { '@type': 'City', name: 'Mechelen', address: { '@type': 'PostalAddress', addressLocality: 'Mechelen', addressCountry: 'BE' } };

function contactPoint(line: Helpline, locale: Locale): JsonLd {
  const point: JsonLd = { '@type': 'ContactPoint', telephone: line.number };
  if (EMERGENCY_NUMBERS.has(line.number)) point.contactType = 'emergency';
  const purpose = localize(line.purpose, locale).text;
  if (purpose) point.description = purpose;
  point.areaServed = 'BE';
  if (line.alwaysOpen) {
    point.hoursAvailable = { '@type': 'OpeningHoursSpecification', dayOfWeek: EVERY_DAY, opens: '00:00', closes: '23:59' };
  }
  return point;
}

/**
 * The meldpunt as a schema.org GovernmentService (provider, areaServed, a
 * ServiceChannel answering within 24 hours), and the helplines as organisations
 * with a ContactPoint each. An organisation gets a `url` only where the content has a
 * sourced website for it (none is made up: 112 has none in the content). Written by the embed generator into the page, and added
 * once at runtime by the widget when the page has none.
 */
export function buildJsonLd(content: Content, locale: Locale, partnerId?: string): JsonLd {
  const { meldpunt } = content;
  const city = findPartner(content, 'stad-mechelen');
  const partner = partnerId ? findPartner(content, partnerId) : undefined;
  const name = localize(meldpunt.name, locale).text;
  const channel: JsonLd = {
    '@type': 'ServiceChannel',
    name,
    processingTime: 'PT24H',
    availableLanguage: ['nl', 'fr', 'en'],
  };
  if (meldpunt.website) channel.serviceUrl = meldpunt.website;
  if (meldpunt.phone) channel.servicePhone = { '@type': 'ContactPoint', name, telephone: meldpunt.phone };
  const service: JsonLd = {
    '@type': 'GovernmentService',
    name,
    serviceType: name,
    provider: {
      '@type': 'GovernmentOrganization',
      name: city ? localize(city.name, locale).text : 'Stad Mechelen',
      ...(city?.website ? { url: city.website } : {}),
    },
    areaServed: CITY,
    availableChannel: channel,
  };
  const description = localize(meldpunt.whatNext, locale).text;
  if (description) service.description = description;
  if (partner && partner.id !== 'stad-mechelen') {
    service.broker = { '@type': 'Organization', name: localize(partner.name, locale).text, ...(partner.website ? { url: partner.website } : {}) };
  }
  // The lines the page shows: a French-language line is on French and English pages only.
  const helplines = content.helplines.filter((line) => shownOn(line, locale)).map((line): JsonLd => ({
    '@type': 'Organization',
    name: localize(line.name, locale).text,
    ...(line.website ? { url: line.website } : {}),
    contactPoint: contactPoint(line, locale),
  }));
  return { '@context': 'https://schema.org', '@graph': [service, ...helplines] };
}
