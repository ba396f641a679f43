import type * as z from 'zod/mini';
import { describeIssue, describeIssues, issuePath } from './issues.js';
import { REQUIRED_URGENT_NUMBERS, withRequiredUrgentLines } from './required-lines.js';
import {
  campaignSchema,
  contentEnvelopeSchema,
  helplinePatchSchema,
  helplineSchema,
  initiativePatchSchema,
  initiativeSchema,
  meldpuntPatchSchema,
  meldpuntSchema,
  partnerPatchSchema,
  partnerSchema,
} from './schema.js';
import type { Content } from './types.js';
import { withCleanPrototypes } from '../security/clean-prototypes.js';

export class ContentLoadError extends Error {
  override readonly name = 'ContentLoadError';
}

/** One thing an editor should know about a file, with where it sits. */
export interface ContentProblem {
  /** `initiatives[3].contact.website`. */
  readonly path: string;
  /** The id of the item it is about, when it has one. */
  readonly id?: string | undefined;
  readonly message: string;
  /** `error`: the item was left out; `warning`: the file works, but check this. */
  readonly severity: 'error' | 'warning';
}

export interface ParsedContent {
  content: Content;
  /** One line per item left out (invalid, or a repeated id), e.g. "initiatives[3] (id "x"): audiences[0]: must be one of …". */
  dropped: string[];
  /** Every problem: each schema problem of a dropped item, repeated ids, refused removals. */
  problems: ContentProblem[];
}

/**
 * JSON.parse gives objects that inherit from Object.prototype; a polluted prototype
 * would then fill in optional fields. Copy into null-prototype objects first.
 */
function detach(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(detach);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      copy[key] = detach((value as Record<string, unknown>)[key]);
    }
    return copy;
  }
  return value;
}

interface Report {
  readonly dropped: string[];
  readonly problems: ContentProblem[];
}

const idOf = (raw: unknown): string | undefined => {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/** Where an item sits: `initiatives[3]`, with its id when it has one. */
interface At {
  readonly path: string;
  readonly id: string | undefined;
}

const at = (label: string, index: number | undefined, raw: unknown): At => ({
  path: index === undefined ? label : `${label}[${index}]`,
  id: idOf(raw),
});

const named = (where: At): string => `${where.path}${where.id ? ` (id "${where.id}")` : ''}`;

/** Leaves an item out: one line for `dropped`, one problem per message ("field: what is wrong"). */
function drop(report: Report, where: At, messages: readonly { field: string; message: string }[]): void {
  const lines = messages.map(({ field, message }) => `${field || '(item)'}: ${message}`);
  report.dropped.push(`${named(where)}: ${lines.slice(0, 3).join('; ')}${lines.length > 3 ? `; and ${lines.length - 3} more` : ''}`);
  for (const { field, message } of messages) {
    report.problems.push({ path: field ? `${where.path}${field.startsWith('[') ? '' : '.'}${field}` : where.path, id: where.id, message, severity: 'error' });
  }
}

function parseItem<T>(raw: unknown, schema: z.ZodMiniType<T>, where: At, report: Report): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  drop(report, where, result.error.issues.map((issue) => ({ field: issuePath(issue.path), message: describeIssue(issue, raw) })));
  return undefined;
}

/** Valid items in order; an invalid item or a repeated id is left out and reported. */
function keepValid<T extends { id: string }>(items: readonly unknown[] | undefined, schema: z.ZodMiniType<T>, label: string, report: Report): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  (items ?? []).forEach((raw, index) => {
    const where = at(label, index, raw);
    if (where.id && seen.has(where.id)) return repeated(report, where);
    if (where.id) seen.add(where.id);
    const item = parseItem(raw, schema, where, report);
    if (item) kept.push(item);
  });
  return kept;
}

function repeated(report: Report, where: At): void {
  report.dropped.push(`${named(where)}: the id is used twice; only the first item with it counts`);
  report.problems.push({ path: where.path, id: where.id, message: 'repeats an id; only the first item with it counts, this one is left out', severity: 'warning' });
}

/** Fields of a change that are not facts: a change to only these needs no source. */
const NOT_FACTS = new Set(['id', 'keywords']);

/**
 * Items of a file that extends the built-in content: an item whose id is a built-in
 * one changes that item (field by field); any other is added after the built-in ones.
 */
function mergeById<T extends { id: string }>(
  builtIn: readonly T[],
  items: readonly unknown[] | undefined,
  schemas: { full: z.ZodMiniType<T>; patch: z.ZodMiniType<Partial<T> & { id: string }> },
  label: string,
  removed: ReadonlySet<string>,
  report: Report,
): T[] {
  const merged = builtIn.filter((item) => !removed.has(item.id));
  const added: T[] = [];
  const seen = new Set<string>();
  (items ?? []).forEach((raw, index) => {
    const where = at(label, index, raw);
    if (where.id && seen.has(where.id)) return repeated(report, where);
    if (where.id) seen.add(where.id);
    const position = merged.findIndex((item) => item.id === where.id);
    if (position < 0) {
      const item = parseItem(raw, schemas.full, where, report);
      if (item) added.push(item);
      return;
    }
    const patch = parseItem(raw, schemas.patch, where, report);
    if (!patch) return;
    if (!('source' in patch) && Object.keys(patch).some((key) => !NOT_FACTS.has(key))) {
      return drop(report, where, [{ field: 'source', message: 'is required when a change to a built-in item brings new facts: say where they come from' }]);
    }
    merged[position] = { ...merged[position]!, ...patch };
  });
  return [...merged, ...added];
}

function extendBuiltIn(data: z.infer<typeof contentEnvelopeSchema>, builtIn: Content, report: Report): Content {
  const removed = new Set(data.remove ?? []);
  for (const line of builtIn.helplines) {
    if (removed.has(line.id) && line.urgent && REQUIRED_URGENT_NUMBERS.includes(line.number)) {
      removed.delete(line.id);
      report.problems.push({ path: 'remove', id: line.id, message: `${line.number} always stays: the urgent lines 112, 1813 and 106 cannot be removed`, severity: 'warning' });
    }
  }
  let meldpunt = builtIn.meldpunt;
  if (data.meldpunt !== undefined) {
    const patch = parseItem(data.meldpunt, meldpuntPatchSchema, at('meldpunt', undefined, undefined), report);
    if (patch) meldpunt = { ...meldpunt, ...patch };
  }
  return {
    version: data.version,
    updated: data.updated,
    helplines: mergeById(builtIn.helplines, data.helplines, { full: helplineSchema, patch: helplinePatchSchema }, 'helplines', removed, report),
    initiatives: mergeById(builtIn.initiatives, data.initiatives, { full: initiativeSchema, patch: initiativePatchSchema }, 'initiatives', removed, report),
    partners: mergeById(builtIn.partners, data.partners, { full: partnerSchema, patch: partnerPatchSchema }, 'partners', removed, report),
    campaigns: [...builtIn.campaigns, ...keepValid(data.campaigns, campaignSchema, 'campaigns', report)],
    meldpunt,
  };
}

function replaceBuiltIn(data: z.infer<typeof contentEnvelopeSchema>, builtIn: Content, report: Report): Content {
  let meldpunt = builtIn.meldpunt;
  if (data.meldpunt !== undefined) meldpunt = parseItem(data.meldpunt, meldpuntSchema, at('meldpunt', undefined, undefined), report) ?? meldpunt;
  const partners = keepValid(data.partners, partnerSchema, 'partners', report);
  return {
    version: data.version,
    updated: data.updated,
    helplines: keepValid(data.helplines, helplineSchema, 'helplines', report),
    initiatives: keepValid(data.initiatives, initiativeSchema, 'initiatives', report),
    meldpunt,
    partners: partners.length > 0 ? partners : builtIn.partners,
    campaigns: keepValid(data.campaigns, campaignSchema, 'campaigns', report),
  };
}

/**
 * Validates a content document. A file with `"extends": "built-in"` adds to and
 * changes the built-in content by id; any other file replaces it. Bad items are
 * dropped one by one; a document whose envelope is wrong, or that ends up without
 * any item, throws. 112, 1813 and 106 are always there.
 */
export function parseContent(raw: unknown, builtIn: Content): ParsedContent {
  return withCleanPrototypes(() => {
    const input = detach(raw);
    const envelope = contentEnvelopeSchema.safeParse(input);
    if (!envelope.success) throw new ContentLoadError(`not a content file (${describeIssues(envelope.error, input).join('; ')})`);
    const report: Report = { dropped: [], problems: [] };
    const data = envelope.data;
    const content = data.extends ? extendBuiltIn(data, builtIn, report) : replaceBuiltIn(data, builtIn, report);
    if (content.helplines.length + content.initiatives.length === 0) throw new ContentLoadError('no valid helplines or initiatives');
    return { content: withRequiredUrgentLines(content, builtIn), ...report };
  });
}
