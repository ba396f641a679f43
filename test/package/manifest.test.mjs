/**
 * `custom-elements.json` as IDE plugins and wrapper generators read it: valid against
 * the custom-elements-manifest JSON schema (the `custom-elements-manifest` package),
 * every module path a file npm publishes, and a `custom-element-definition` export that
 * resolves to the element's class declaration.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { REPO, publishedFiles } from './support/consumer.mjs';

const require = createRequire(import.meta.url);
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/** Every `{ module }` reference in the manifest (declarations, exports, superclasses…). */
function moduleReferences(value, out = []) {
  if (Array.isArray(value)) value.forEach((item) => moduleReferences(item, out));
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string') out.push(value.module);
    Object.values(value).forEach((inner) => moduleReferences(inner, out));
  }
  return out;
}

describe('custom-elements.json', () => {
  let manifest;
  let schema;
  let files;
  let pkg;
  before(async () => {
    manifest = await readJson(join(REPO, 'custom-elements.json'));
    schema = await readJson(require.resolve('custom-elements-manifest/schema.json'));
    pkg = await readJson(join(REPO, 'package.json'));
    files = await publishedFiles();
  });

  it('is valid against the custom-elements-manifest schema of the version it declares', async () => {
    const { version } = await readJson(require.resolve('custom-elements-manifest/package.json'));
    assert.equal(manifest.schemaVersion, version);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.equal(validate(manifest), true, JSON.stringify(validate.errors, null, 2));
  });

  it('the schema check is not vacuous: a module without a path is refused', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const broken = structuredClone(manifest);
    delete broken.modules[0].path;
    assert.equal(validate(broken), false);
  });

  it('is published and named by package.json', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(files.includes('custom-elements.json'));
  });

  it('names only module paths npm publishes', () => {
    const paths = [...manifest.modules.map((mod) => mod.path), ...moduleReferences(manifest.modules)];
    assert.ok(paths.length > 3);
    assert.deepEqual(paths.filter((path) => !files.includes(path)), []);
  });

  it('has a custom-element-definition for <eenzaamheid-hulp> in each registering entry, resolving to the class', () => {
    const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ path: mod.path, ...e })));
    assert.deepEqual(definitions.map((d) => d.path).sort(), [pkg.exports['./define'].default, pkg.exports['./script'].default].map((p) => p.replace(/^\.\//, '')).sort());
    for (const definition of definitions) {
      assert.equal(definition.name, 'eenzaamheid-hulp');
      const target = manifest.modules.find((mod) => mod.path === definition.declaration.module);
      const declaration = target?.declarations?.find((d) => d.name === definition.declaration.name);
      assert.equal(declaration?.kind, 'class');
      assert.equal(declaration.customElement, true);
      assert.equal(declaration.tagName, 'eenzaamheid-hulp');
    }
  });

  it('describes the public API only: attributes, events and parts, no internal state', () => {
    const element = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === 'eenzaamheid-hulp');
    const attributes = element.attributes.map((a) => a.name);
    for (const name of ['lang', 'partner', 'endpoint', 'content-src', 'heading-level', 'sections', 'format', 'service-code', 'analytics-endpoint']) assert.ok(attributes.includes(name), name);
    assert.deepEqual(attributes.filter((name) => name.startsWith('_')), []);
    assert.ok(element.events.some((event) => event.name === 'eh-report-success'));
    assert.deepEqual(element.members.filter((member) => member.name.startsWith('_') || member.privacy === 'private'), []);
  });
});
