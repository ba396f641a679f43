import { ABOUT, AGE_GROUPS, LANGS, PERSON_KNOWS, RELATIONS } from 'eenzaamheid-hulp/schema';

/**
 * The one GeoReport v2 service this receiver offers, and its service definition: the
 * attributes a client sends as `attribute[code]`. The lists come from the report schema
 * the widget and POST /reports use, so the three cannot drift apart. Descriptions are in
 * Dutch (the city's language) and name the keys a client must send.
 *
 * A loneliness report never carries a precise place: the location is the `area`
 * attribute (a neighbourhood or a postcode, the same free text the widget's form asks),
 * never `lat`/`long`, `address_id` or a street address.
 */

export const SERVICE_CODE = 'eenzaamheid';

export const SERVICE = Object.freeze({
  service_code: SERVICE_CODE,
  service_name: 'Meldpunt eenzaamheid',
  description:
    'Vraag dat iemand uit de buurt contact opneemt met iemand die zich eenzaam voelt (uzelf of iemand anders). ' +
    'Geen noodhulp: bij gevaar bel 112. Geen precieze plaats: enkel de buurt of de postcode.',
  metadata: true,
  type: 'realtime',
  // GeoReport gives keywords as one comma-separated text, in JSON as in XML.
  keywords: 'eenzaamheid, eenzaam, alleen, sociaal isolement, meldpunt',
  group: 'welzijn',
});

/** The agency in each request's status. */
export const AGENCY_RESPONSIBLE = 'Stad Mechelen – meldpunt eenzaamheid';

/**
 * @typedef {object} ServiceAttribute
 * @property {boolean} variable
 * @property {string} code
 * @property {'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist'} datatype
 * @property {boolean} required
 * @property {string} datatype_description
 * @property {number} order
 * @property {string} description
 * @property {{ key: string, name: string }[]} [values]
 */

/** @type {Record<string, string>} */
const ABOUT_NAMES = { self: 'Over mezelf', other: 'Over iemand anders' };
/** @type {Record<string, string>} */
const AGE_NAMES = { 'under-18': 'Jonger dan 18', '18-25': '18 tot 25', '26-64': '26 tot 64', '65-plus': '65 of ouder', unknown: 'Weet ik niet' };
/** @type {Record<string, string>} */
const RELATION_NAMES = { family: 'Familie', neighbour: 'Buur', friend: 'Vriend of vriendin', professional: 'Beroepshalve', other: 'Anders' };
/** @type {Record<string, string>} */
const KNOWS_NAMES = { yes: 'Ja', no: 'Nee', unsure: 'Weet ik niet' };
/** @type {Record<string, string>} */
const LANG_NAMES = { nl: 'Nederlands', fr: 'Frans', en: 'Engels' };

/**
 * @param {readonly string[]} keys
 * @param {Record<string, string>} names
 */
const list = (keys, names) => keys.map((key) => ({ key, name: names[key] ?? key }));
const keysOf = (/** @type {readonly string[]} */ keys) => keys.join(', ');

/** @type {readonly ServiceAttribute[]} */
export const ATTRIBUTE_DEFINITIONS = Object.freeze([
  {
    variable: true,
    code: 'area',
    datatype: 'string',
    required: true,
    datatype_description: 'Een buurt of deelgemeente (letters) of een Belgische postcode (4 cijfers); 2 tot 60 tekens.',
    order: 1,
    description: 'In welke buurt woont de persoon, of wat is de postcode? Bijvoorbeeld 2800 of Nekkerspoel. Nooit een straat of huisnummer.',
  },
  {
    variable: true,
    code: 'about',
    datatype: 'singlevaluelist',
    required: true,
    datatype_description: `Een van: ${keysOf(ABOUT)}.`,
    order: 2,
    description: 'Over wie gaat de melding? self = over mezelf, other = over iemand anders.',
    values: list(ABOUT, ABOUT_NAMES),
  },
  {
    variable: true,
    code: 'consent',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'true of false.',
    order: 3,
    description: 'Toestemming om contact op te nemen en de gegevens daarvoor te bewaren. Verplicht true als about = self.',
    values: [
      { key: 'true', name: 'Ja, ik geef toestemming' },
      { key: 'false', name: 'Nee' },
    ],
  },
  {
    variable: true,
    code: 'age_group',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: `Een van: ${keysOf(AGE_GROUPS)}. Zonder waarde: unknown.`,
    order: 4,
    description: 'Leeftijdsgroep van de persoon die zich eenzaam voelt.',
    values: list(AGE_GROUPS, AGE_NAMES),
  },
  {
    variable: true,
    code: 'relation',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: `Een van: ${keysOf(RELATIONS)}. Enkel als about = other.`,
    order: 5,
    description: 'Wie is die persoon voor de melder?',
    values: list(RELATIONS, RELATION_NAMES),
  },
  {
    variable: true,
    code: 'person_knows',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: `Een van: ${keysOf(PERSON_KNOWS)}. Enkel als about = other.`,
    order: 6,
    description: 'Weet die persoon dat u deze melding doet?',
    values: list(PERSON_KNOWS, KNOWS_NAMES),
  },
  {
    variable: true,
    code: 'contact_times',
    datatype: 'string',
    required: false,
    datatype_description: 'Vrije tekst, tot 200 tekens.',
    order: 7,
    description: 'Wanneer kan iemand het best bellen of mailen?',
  },
  {
    variable: true,
    code: 'lang',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: `Een van: ${keysOf(LANGS)}. Zonder of onbekende waarde: nl.`,
    order: 8,
    description: 'In welke taal wil de persoon gecontacteerd worden? Ook de taal van service_notice.',
    values: list(LANGS, LANG_NAMES),
  },
  {
    variable: true,
    code: 'partner',
    datatype: 'string',
    required: false,
    datatype_description: 'Een partner-id, tot 64 tekens, bijvoorbeeld samana.',
    order: 9,
    description: 'De partnerwebsite waarop de melding gemaakt werd (voor de bereikcijfers).',
  },
  {
    variable: true,
    code: 'report_id',
    datatype: 'string',
    required: false,
    datatype_description: 'Een UUID (8-4-4-4-12 kleine hexadecimale tekens), eenmaal per melding gemaakt.',
    order: 10,
    description:
      'Het id van de melding: dezelfde id met dezelfde velden opnieuw gestuurd geeft hetzelfde antwoord (geen tweede melding); dezelfde id met andere velden: fout 422.',
  },
  {
    variable: true,
    code: 'honeypot',
    datatype: 'string',
    required: false,
    datatype_description: 'Leeg laten.',
    order: 11,
    description: 'Een veld dat mensen nooit invullen (spamfilter). Leeg sturen of weglaten.',
  },
  {
    variable: true,
    code: 'fill_ms',
    datatype: 'number',
    required: false,
    datatype_description: 'Een geheel getal (milliseconden).',
    order: 12,
    description: 'Hoe lang het invullen van het formulier duurde, in milliseconden (spamfilter).',
  },
]);

export const SERVICE_DEFINITION = Object.freeze({ service_code: SERVICE_CODE, attributes: ATTRIBUTE_DEFINITIONS });
