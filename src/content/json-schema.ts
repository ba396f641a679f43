import * as z from 'zod/mini';
import {
  campaignSchema,
  helplinePatchSchema,
  helplineSchema,
  initiativePatchSchema,
  initiativeSchema,
  meldpuntPatchSchema,
  meldpuntSchema,
  partnerPatchSchema,
  partnerSchema,
  safeLinkSchema,
} from './schema.js';

type JsonSchema = Record<string, unknown>;

/** Where the generated schema is published in the package (`eenzaamheid-hulp/content.schema.json`). */
export const CONTENT_SCHEMA_FILE = 'content.schema.json';

/** One item schema as JSON Schema: links say which schemes they allow (the zod check is code, not a pattern). */
function itemSchema(schema: z.ZodMiniType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === safeLinkSchema) {
        jsonSchema.pattern = '^(https://|tel:|mailto:)';
        jsonSchema.description = 'An https:, tel: or mailto: link.';
      }
    },
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

const list = (items: JsonSchema, maxItems: number): JsonSchema => ({ type: 'array', maxItems, items });

/**
 * The JSON Schema of a content file, generated from the zod schemas the widget
 * validates with: for editors (completion and checks while typing) and other tools.
 * A file that extends the built-in content (`"extends": "built-in"`) may give, for a
 * built-in id, only the fields it changes; the widget and `eenzaamheid-hulp validate`
 * also check what a schema cannot (a change with new facts needs a `source`).
 */
export function contentJsonSchema(): JsonSchema {
  const $defs = {
    helpline: itemSchema(helplineSchema),
    initiative: itemSchema(initiativeSchema),
    partner: itemSchema(partnerSchema),
    campaign: itemSchema(campaignSchema),
    meldpunt: itemSchema(meldpuntSchema),
    helplineChange: itemSchema(helplinePatchSchema),
    initiativeChange: itemSchema(initiativePatchSchema),
    partnerChange: itemSchema(partnerPatchSchema),
    meldpuntChange: itemSchema(meldpuntPatchSchema),
  };
  const ref = (name: keyof typeof $defs): JsonSchema => ({ $ref: `#/$defs/${name}` });
  const either = (full: keyof typeof $defs, change: keyof typeof $defs): JsonSchema => ({ anyOf: [ref(full), ref(change)] });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'eenzaamheid-hulp content file',
    description:
      'Helplines, local initiatives, the meldpunt and partner presets for <eenzaamheid-hulp content-src="…">. Texts are Dutch (nl) with optional French (fr) and English (en). Check a file with: npx eenzaamheid-hulp validate file.json',
    type: 'object',
    required: ['version', 'updated'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors.' },
      version: { type: 'string', minLength: 1, maxLength: 40, description: 'Your version of the file.' },
      updated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'When the file was last changed (YYYY-MM-DD).' },
      extends: {
        enum: ['built-in'],
        description: 'Extend the built-in Mechelen content instead of replacing it: an item with a built-in id changes only the fields it gives; other items are added.',
      },
      remove: { type: 'array', maxItems: 200, items: { type: 'string' }, description: 'With "extends": ids of built-in items to leave out (112, 1813 and 106 always stay).' },
      // Items are described below: whole items, or (with "extends") changes to built-in ones.
      helplines: { type: 'array' },
      initiatives: { type: 'array' },
      partners: { type: 'array' },
      campaigns: list(ref('campaign'), 50),
      meldpunt: { type: 'object' },
    },
    if: { required: ['extends'] },
    then: {
      properties: {
        helplines: list(either('helpline', 'helplineChange'), 200),
        initiatives: list(either('initiative', 'initiativeChange'), 1000),
        partners: list(either('partner', 'partnerChange'), 100),
        meldpunt: ref('meldpuntChange'),
      },
    },
    else: {
      properties: {
        helplines: list(ref('helpline'), 200),
        initiatives: list(ref('initiative'), 1000),
        partners: list(ref('partner'), 100),
        meldpunt: ref('meldpunt'),
      },
    },
    $defs,
  };
}
