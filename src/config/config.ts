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
  warn(`heading-level="${String(value)}" must be a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
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

/**
 * `content-src` must be https, or on the page's own origin (so a partner can test on
 * http://localhost). Anything else is refused before any request is made.
 */
export function parseContentSrc(value: unknown, baseUrl: string, warn: Warn): string | undefined {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(String(value).trim(), baseUrl);
  } catch {
    warn(`content-src="${String(value)}" is not a URL; showing the built-in content.`);
    return undefined;
  }
  const sameOrigin = url.origin === new URL(baseUrl).origin;
  if (url.protocol !== 'https:' && !(sameOrigin && url.protocol === 'http:')) {
    warn(`content-src must be an https: URL (got "${url.protocol}"); showing the built-in content.`);
    return undefined;
  }
  return url.href;
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
