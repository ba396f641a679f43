#!/usr/bin/env node
/**
 * Writes the content file's JSON Schema (generated from the zod schemas) into the
 * package: dist/content.schema.json, published as `eenzaamheid-hulp/content.schema.json`.
 * Part of `npm run build`, after tsc (it reads dist/lib).
 */
import { writeFile } from 'node:fs/promises';
import { contentJsonSchema } from '../dist/lib/content/json-schema.js';

await writeFile(new URL('../dist/content.schema.json', import.meta.url), `${JSON.stringify(contentJsonSchema(), null, 2)}\n`);
