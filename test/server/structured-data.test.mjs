/**
 * The JSON-LD the embed generator writes (and the widget adds at runtime: the same
 * `buildJsonLd`) against the schema.org vocabulary: every type, property and
 * enumeration value must exist there. The vocabulary is `schema-dts` (Google's
 * TypeScript typings generated from schema.org's published vocabulary): the JSON is
 * type-checked as `schema-dts`'s `Graph` with the TypeScript compiler, so an unknown
 * `@type`, a property a type does not have, or a value outside an enumeration is a
 * compile error. Plus what the vocabulary cannot say: Google's documented contactType
 * values, DayOfWeek as enumeration URLs, and `url` only where the content has a source.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { buildJsonLd, builtInContent, generateEmbed } from '../../dist/lib/embed/index.js';

const LOCALES = ['nl', 'fr', 'en'];
const PARTNERS = [undefined, 'stad-mechelen', 'samana', 'jeugddienst', 'overkop'];
/** The contactType values Google documents for a ContactPoint (corporate contact structured data). */
const GOOGLE_CONTACT_TYPES = ['customer support', 'technical support', 'billing support', 'bill payment', 'sales', 'reservations', 'credit card support', 'emergency', 'baggage tracking', 'roadside assistance', 'package tracking'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `https://schema.org/${day}`);

const graphs = LOCALES.flatMap((locale) => PARTNERS.map((partner) => ({ locale, partner, data: buildJsonLd(builtInContent(locale), locale, partner) })));

/**
 * TypeScript diagnostics for each named value typed as schema-dts's `Graph`, from one
 * compilation (loading the vocabulary is the slow part): `{ name: [first lines of errors] }`.
 */
function vocabularyErrors(cases) {
  // A file that exists only in memory, placed here so `schema-dts` resolves from node_modules.
  const file = fileURLToPath(new URL('./json-ld.virtual.ts', import.meta.url));
  let source = "import type { Graph } from 'schema-dts';\n";
  const spans = [];
  for (const [name, value] of Object.entries(cases)) {
    const start = source.length;
    source += `export const ${name}: readonly Graph[] = ${JSON.stringify(value, null, 1)};\n`;
    spans.push({ name, start, end: source.length });
  }
  const options = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [], lib: ['lib.es2022.d.ts'] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const errors = Object.fromEntries(spans.map(({ name }) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const span = spans.find(({ start, end }) => diagnostic.file?.fileName === file && diagnostic.start >= start && diagnostic.start < end);
    (errors[span?.name ?? 'elsewhere'] ??= []).push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]);
  }
  return errors;
}

function wrongVariants(data) {
  const wrongProperty = structuredClone(data);
  wrongProperty['@graph'][1].contactPoint.openingHours24 = true;
  const wrongType = structuredClone(data);
  wrongType['@graph'][1]['@type'] = 'Helpline';
  const wrongDay = structuredClone(data);
  wrongDay['@graph'][1].contactPoint.hoursAvailable.dayOfWeek = ['Maandag'];
  return { wrongProperty: [wrongProperty], wrongType: [wrongType], wrongDay: [wrongDay] };
}

const checked = vocabularyErrors({ built: graphs.map((g) => g.data), ...wrongVariants(graphs[0].data) });

/** Every node of a JSON-LD value with an @type. */
function nodes(value, out = []) {
  if (Array.isArray(value)) value.forEach((item) => nodes(item, out));
  else if (value && typeof value === 'object') {
    if (value['@type']) out.push(value);
    Object.values(value).forEach((inner) => nodes(inner, out));
  }
  return out;
}

describe('JSON-LD against the schema.org vocabulary', () => {
  it('every type, property and enumeration value exists in schema.org (all languages and partners)', () => {
    assert.deepEqual(checked.built, []);
    assert.equal(checked.elsewhere, undefined);
  });

  it('the check catches an unknown property, an unknown type and a value outside an enumeration', () => {
    assert.notDeepEqual(checked.wrongProperty, []);
    assert.notDeepEqual(checked.wrongType, []);
    assert.notDeepEqual(checked.wrongDay, []);
  });

  it('uses only contactType values Google documents, and "emergency" for 112', () => {
    const points = graphs.flatMap((g) => nodes(g.data)).filter((node) => node['@type'] === 'ContactPoint');
    assert.ok(points.length > 10);
    assert.deepEqual(points.filter((point) => 'contactType' in point && !GOOGLE_CONTACT_TYPES.includes(point.contactType)), []);
    assert.ok(points.filter((point) => point.telephone === '112').every((point) => point.contactType === 'emergency'));
  });

  it('writes dayOfWeek as schema.org DayOfWeek members (URLs), all seven for a line open day and night', () => {
    const hours = graphs.flatMap((g) => nodes(g.data)).filter((node) => node['@type'] === 'OpeningHoursSpecification');
    assert.ok(hours.length > 0);
    for (const spec of hours) assert.deepEqual(spec.dayOfWeek, DAYS);
  });

  it('gives each organisation the url its content source gives, and none it does not', () => {
    for (const { data, partner, locale } of graphs) {
      const content = builtInContent(locale);
      const orgs = data['@graph'].slice(1);
      // The lines the page shows: the French-language ones on French and English pages only.
      const shown = content.helplines.filter((line) => !line.shownFor || line.shownFor.includes(locale));
      assert.deepEqual(orgs.map((org) => org.url), shown.map((line) => line.website));
      const provider = data['@graph'][0].provider;
      assert.equal(provider.url, content.partners.find((p) => p.id === 'stad-mechelen').website);
      const broker = data['@graph'][0].broker;
      if (partner && partner !== 'stad-mechelen') assert.equal(broker.url, content.partners.find((p) => p.id === partner).website);
    }
    const phones = (locale) => graphs.find((graph) => graph.locale === locale).data['@graph'].map((org) => org.contactPoint?.telephone);
    assert.ok(!phones('nl').includes('107') && phones('fr').includes('107') && phones('en').includes('107'));
    const emergency = graphs[0].data['@graph'].find((org) => org.contactPoint?.telephone === '112');
    assert.equal(emergency.url, undefined, 'the content has no sourced website for 112');
  });

  it('the generated embed code carries the same graph', () => {
    const { jsonLd, html } = generateEmbed({ scriptSrc: 'https://partner.example/eh.js', partner: 'samana', lang: 'fr' });
    assert.deepEqual(jsonLd, buildJsonLd(builtInContent('fr'), 'fr', 'samana'));
    assert.match(html, /"dayOfWeek":\["https:\/\/schema.org\/Monday"/);
  });
});
