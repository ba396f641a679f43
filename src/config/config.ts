import type { Audience } from '../content/types.js';
import { AUDIENCES } from '../content/types.js';

/**
 * Attribute and property values are read through these parsers. An invalid value
 * warns once (per element, per value) and falls back, so the widget is never blank.
 */

export const SECTIONS = ['routes', 'finder', 'meldpunt'] as const;
export type Section = (typeof SECTIONS)[number];
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

export type Warn = (message: string) => void;

export function parseAudience(value: unknown, warn: Warn): Audience | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const normalized = String(value).trim().toLowerCase();
  const match = AUDIENCES.find((audience) => audience === normalized);
  if (!match) warn(`audience="${String(value)}" is not one of ${AUDIENCES.join(', ')}; showing everyone.`);
  return match;
}

export function parseHeadingLevel(value: unknown, warn: Warn): HeadingLevel {
  if (value === undefined || value === null || value === '') return DEFAULT_HEADING_LEVEL;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level as HeadingLevel;
  warn(`heading-level="${String(value)}" must be 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
  return DEFAULT_HEADING_LEVEL;
}

/**
 * `sections="routes finder"` (spaces or commas) chooses the optional parts. The
 * urgent line-up is not a section: it is always shown.
 */
export function parseSections(value: unknown, warn: Warn): ReadonlySet<Section> {
  const all = new Set<Section>(SECTIONS);
  if (value === undefined || value === null || String(value).trim() === '') return all;
  const tokens = String(value).toLowerCase().split(/[\s,]+/).filter(Boolean);
  const chosen = new Set<Section>();
  const unknown: string[] = [];
  for (const token of tokens) {
    const section = SECTIONS.find((name) => name === token);
    if (section) chosen.add(section);
    else if (token !== 'urgent') unknown.push(token);
  }
  if (unknown.length > 0) warn(`sections: unknown ${unknown.map((t) => `"${t}"`).join(', ')}; known are ${SECTIONS.join(', ')}.`);
  if (chosen.size === 0) {
    if (unknown.length === 0) return chosen; // "urgent" alone: a deliberate minimal widget
    return all;
  }
  return chosen;
}


const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * https, or plain http on the page's own origin or on this computer (a partner or
 * the demo testing on localhost): the URLs `content-src` and `endpoint` accept.
 * Returns the reason a URL is refused, or undefined when it is fine.
 */
function refusal(url: URL, baseUrl: string): string | undefined {
  if (url.username || url.password) return 'must not hold a user name or password';
  if (url.protocol === 'https:') return undefined;
  const local = url.origin === new URL(baseUrl).origin || LOOPBACK.has(url.hostname);
  return url.protocol === 'http:' && local ? undefined : `must be an https: URL (got "${url.protocol}")`;
}

function parseUrl(name: string, value: unknown, baseUrl: string, warn: Warn, fallback: string): string | undefined {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(String(value).trim(), baseUrl);
  } catch {
    warn(`${name}="${String(value)}" is not a URL; ${fallback}.`);
    return undefined;
  }
  const reason = refusal(url, baseUrl);
  if (reason) {
    warn(`${name} ${reason}; ${fallback}.`);
    return undefined;
  }
  return url.href;
}

/** `content-src`: refused before any request unless https, same-origin or loopback. */
export function parseContentSrc(value: unknown, baseUrl: string, warn: Warn): string | undefined {
  return parseUrl('content-src', value, baseUrl, warn, 'showing the built-in content');
}

/** Collects warnings so each distinct one is printed once per element. */
export function createWarnOnce(prefix: string, sink: (message: string) => void = console.warn): Warn {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message)) return;
    seen.add(message);
    sink(`${prefix} ${message}`);
  };
}

/** `endpoint` for reports: without a usable one, the meldpunt's contact shows instead of the form. */
export function parseEndpoint(value: unknown, baseUrl: string, warn: Warn): string | undefined {
  return parseUrl('endpoint', value, baseUrl, warn, "showing the meldpunt's contact");
}

export type ReportFormat = 'json' | 'open311';

/** `format="open311"` needs a `service-code`; without one the form is not offered. */
export function parseFormat(format: unknown, serviceCode: unknown, warn: Warn): { format: ReportFormat; serviceCode?: string } | undefined {
  const name = format === undefined || format === null || String(format).trim() === '' ? 'json' : String(format).trim().toLowerCase();
  if (name === 'json') return { format: 'json' };
  if (name !== 'open311') {
    warn(`format="${String(format)}" is not json or open311; using json.`);
    return { format: 'json' };
  }
  const code = serviceCode === undefined || serviceCode === null ? '' : String(serviceCode).trim();
  if (!code) {
    warn('format="open311" needs service-code; showing the meldpunt\'s contact.');
    return undefined;
  }
  return { format: 'open311', serviceCode: code };
}
