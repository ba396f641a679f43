import type * as z from 'zod/mini';
import {
  campaignSchema,
  contentEnvelopeSchema,
  helplineSchema,
  initiativeSchema,
  meldpuntSchema,
  partnerSchema,
} from './schema.js';
import type { Content } from './types.js';
import { withRequiredUrgentLines } from './required-lines.js';
import { withCleanPrototypes } from '../security/clean-prototypes.js';

export { localizeBuiltInParts } from './merge.js';

/** A content file larger than this is refused: the built-in file is about 25 KB. */
export const MAX_CONTENT_BYTES = 512 * 1024;
const LOAD_TIMEOUT_MS = 10_000;

export class ContentLoadError extends Error {
  override readonly name = 'ContentLoadError';
}

export interface ParsedContent {
  content: Content;
  /** One line per dropped item, e.g. "initiatives[3]: website: only https:, tel: and mailto: links". */
  dropped: string[];
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

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`)
    .join('; ');
}

function keepValid<T>(items: readonly unknown[] | undefined, schema: z.ZodMiniType<T>, label: string, dropped: string[]): T[] {
  const kept: T[] = [];
  (items ?? []).forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) kept.push(result.data);
    else dropped.push(`${label}[${index}]: ${describeIssues(result.error)}`);
  });
  return kept;
}

/**
 * Validates a content document. Bad items are dropped one by one; a document whose
 * envelope is wrong, or that ends up without any item, throws.
 */
export function parseContent(raw: unknown, builtIn: Content): ParsedContent {
  return withCleanPrototypes(() => parseContentNow(raw, builtIn));
}

function parseContentNow(raw: unknown, builtIn: Content): ParsedContent {
  const envelope = contentEnvelopeSchema.safeParse(detach(raw));
  if (!envelope.success) throw new ContentLoadError(`not a content file (${describeIssues(envelope.error)})`);
  const data = envelope.data;
  const dropped: string[] = [];
  const helplines = keepValid(data.helplines, helplineSchema, 'helplines', dropped);
  const initiatives = keepValid(data.initiatives, initiativeSchema, 'initiatives', dropped);
  const partners = keepValid(data.partners, partnerSchema, 'partners', dropped);
  const campaigns = keepValid(data.campaigns, campaignSchema, 'campaigns', dropped);
  let meldpunt = builtIn.meldpunt;
  if (data.meldpunt !== undefined) {
    const parsed = meldpuntSchema.safeParse(data.meldpunt);
    if (parsed.success) meldpunt = parsed.data;
    else dropped.push(`meldpunt: ${describeIssues(parsed.error)}`);
  }
  if (helplines.length + initiatives.length === 0) {
    throw new ContentLoadError('no valid helplines or initiatives');
  }
  const content: Content = {
    version: data.version,
    updated: data.updated,
    helplines,
    initiatives,
    meldpunt,
    partners: partners.length > 0 ? partners : builtIn.partners,
    campaigns,
  };
  return { content: withRequiredUrgentLines(content, builtIn), dropped };
}

/** Fetches and validates `content-src`. No cookies are sent; the size is capped. */
export async function loadContent(url: string, builtIn: Content, signal?: AbortSignal): Promise<ParsedContent> {
  const timeout = AbortSignal.timeout(LOAD_TIMEOUT_MS);
  // A null-prototype init: fetch reads no inherited `method`, `body` or `credentials` from a polluted page.
  const init: RequestInit = Object.assign(Object.create(null) as RequestInit, {
    method: 'GET',
    credentials: 'omit',
    mode: 'cors',
    headers: { accept: 'application/json' },
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  const response = await fetch(url, init).catch((error: unknown) => {
    throw new ContentLoadError(`could not be loaded (${error instanceof Error ? error.message : String(error)})`);
  });
  if (!response.ok) throw new ContentLoadError(`answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_CONTENT_BYTES) throw new ContentLoadError(`is too large (${declared} bytes)`);
  const text = await response.text();
  if (text.length > MAX_CONTENT_BYTES) throw new ContentLoadError(`is too large (${text.length} characters)`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ContentLoadError('is not JSON');
  }
  return parseContent(json, builtIn);
}

/**
 * `loadContent` for the element: warns (once, through `warn`) about dropped items or
 * a file that cannot be used, and returns undefined in the second case so the
 * built-in content stays on screen. Nothing is reported after an abort.
 */
export async function loadContentOrWarn(
  url: string,
  builtIn: Content,
  signal: AbortSignal,
  warn: (message: string) => void,
): Promise<Content | undefined> {
  try {
    const { content, dropped } = await loadContent(url, builtIn, signal);
    if (signal.aborted) return undefined;
    if (dropped.length > 0) warn(`content-src: ${dropped.length} item(s) dropped because they are invalid: ${dropped.join(' | ')}`);
    return content;
  } catch (error) {
    if (!signal.aborted) warn(`content-src ${error instanceof Error ? error.message : String(error)}; showing the built-in content.`);
    return undefined;
  }
}
