import type * as z from 'zod/mini';
import { ContentLoadError, parseContent, type ContentProblem } from './parse-content.js';
import {
  campaignSchema,
  contentEnvelopeSchema,
  helplineSchema,
  initiativeSchema,
  meldpuntSchema,
  partnerSchema,
} from './schema.js';
import type { Content } from './types.js';

/** What `eenzaamheid-hulp validate` found in a file. */
export interface ValidationResult {
  /** Nothing was left out (warnings may remain). */
  readonly ok: boolean;
  /** Errors (items left out, a file that cannot be used) and warnings (unknown fields, repeated ids). */
  readonly problems: readonly ContentProblem[];
  /** The content a widget would show with this file (undefined when the file cannot be used). */
  readonly content?: Content;
  /** How many items were left out (invalid, or a repeated id). */
  readonly dropped: number;
}

/** Line and column (from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The offset a JSON.parse error points at ("… at position 42 …"), else the end of the text. */
function syntaxErrorOffset(error: SyntaxError, text: string): number {
  const match = /position (\d+)/.exec(error.message);
  return match ? Number(match[1]) : text.length;
}

/** The object fields a zod schema knows at each level, to spot fields a file has that nobody reads. */
function knownShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType };
  if (def.type === 'optional') return knownShape(def.innerType!);
  return def.type === 'object' ? def.shape : undefined;
}

function elementOf(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const def = schema._zod.def as { type: string; element?: z.core.$ZodType; innerType?: z.core.$ZodType };
  if (def.type === 'optional') return elementOf(def.innerType!);
  return def.type === 'array' ? def.element : undefined;
}

/** Fields in `value` that `schema` does not know (they are ignored: usually a typo). */
function unknownFields(value: unknown, schema: z.core.$ZodType, path: string, out: ContentProblem[], id?: string): void {
  if (Array.isArray(value)) {
    const element = elementOf(schema);
    if (element) value.forEach((item, index) => unknownFields(item, element, `${path}[${index}]`, out, id));
    return;
  }
  const shape = knownShape(schema);
  if (!shape || !value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const known = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (known) unknownFields(child, known, at, out, id);
    else out.push({ path: at, id, message: `is not a field the widget reads (ignored); known here: ${Object.keys(shape).join(', ')}`, severity: 'warning' });
  }
}

const ITEM_SCHEMAS: Record<string, z.core.$ZodType> = {
  helplines: helplineSchema,
  initiatives: initiativeSchema,
  partners: partnerSchema,
  campaigns: campaignSchema,
};

function unknownFieldsInFile(raw: unknown): ContentProblem[] {
  const out: ContentProblem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const envelope = knownShape(contentEnvelopeSchema)!;
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    if (!Object.hasOwn(envelope, key)) {
      out.push({ path: key, message: `is not a field the widget reads (ignored); known here: ${Object.keys(envelope).join(', ')}`, severity: 'warning' });
    } else if (Object.hasOwn(ITEM_SCHEMAS, key) && Array.isArray(value)) {
      value.forEach((item, index) => {
        const id = item && typeof item === 'object' && typeof item.id === 'string' ? item.id : undefined;
        unknownFields(item, ITEM_SCHEMAS[key]!, `${key}[${index}]`, out, id);
      });
    } else if (key === 'meldpunt') {
      unknownFields(value, meldpuntSchema, key, out);
    }
  }
  return out;
}

/**
 * Checks the text of a content file the way the widget reads it, and more: JSON
 * syntax errors with line and column; each problem with its path and what is
 * allowed; fields nobody reads and repeated ids as warnings. `builtIn` is what a
 * file extends or falls back on.
 */
export function validateContentText(text: string, builtIn: Content): ValidationResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const { line, column } = lineAndColumn(source, syntaxErrorOffset(error as SyntaxError, source));
    const message = `not valid JSON: ${(error as Error).message.replace(/\s*in JSON at position \d+.*$/s, '')}`;
    return { ok: false, dropped: 0, problems: [{ path: `line ${line}, column ${column}`, message, severity: 'error' }] };
  }
  const warnings = unknownFieldsInFile(raw);
  try {
    const parsed = parseContent(raw, builtIn);
    const problems = [...parsed.problems, ...warnings];
    return { ok: parsed.dropped.length === 0, dropped: parsed.dropped.length, problems, content: parsed.content };
  } catch (error) {
    if (!(error instanceof ContentLoadError)) throw error;
    return { ok: false, dropped: 0, problems: [{ path: '(file)', message: error.message, severity: 'error' }, ...warnings] };
  }
}
