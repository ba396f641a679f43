import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { AGE_GROUPS } from 'eenzaamheid-hulp/schema';

/**
 * Routing: which organisation must call the person of a new report. A JSON file of
 * rules, tried in order; the first rule whose conditions all hold gives the
 * organisation. A rule without conditions matches every report (a catch-all, last).
 * No rule fits: the report stays 'new' and the coordinators are told.
 *
 *   {
 *     "rules": [
 *       { "partner": "jeugddienst", "organisation": "jeugddienst" },
 *       { "ageGroup": ["under-18", "18-25"], "organisation": "jeugddienst" },
 *       { "area": ["Nekkerspoel", "2800"], "ageGroup": "65-plus", "organisation": "buurtteam-nekkerspoel" },
 *       { "ageGroup": "65-plus", "organisation": "samana" }
 *     ]
 *   }
 *
 * Conditions (each a value or a non-empty list of values; a list means "any of"):
 *  - partner:  the partner code the widget was embedded with (exact);
 *  - ageGroup: one of the report's age groups (under-18, 18-25, 26-64, 65-plus, unknown);
 *  - area:     a neighbourhood name or a postcode, compared without case or accents
 *              with what the resident entered.
 * Organisation ids must exist (eenzaamheid-hulp-receiver org list).
 *
 * @typedef {{ partner?: string[], ageGroup?: string[], area?: string[], organisation: string }} Rule
 * @typedef {{ rules: Rule[] }} Routing
 */

const oneOrMany = (/** @type {z.ZodType<string>} */ item) =>
  z.union([item, z.array(item).min(1, 'give at least one value')]).transform((value) => (Array.isArray(value) ? value : [value]));

const text = z.string().trim().min(1, 'must not be empty').max(120, 'at most 120 characters');

const ruleSchema = z.strictObject({
  partner: oneOrMany(text).optional(),
  ageGroup: oneOrMany(z.enum(AGE_GROUPS, { error: (issue) => `unknown age group ${JSON.stringify(issue.input)} (use ${AGE_GROUPS.join(', ')})` })).optional(),
  area: oneOrMany(text).optional(),
  organisation: z.string({ error: 'an organisation id is required' }).trim().min(1, 'an organisation id is required'),
  comment: z.string().optional(),
});

export const routingSchema = z.strictObject({
  $schema: z.string().optional(),
  comment: z.string().optional(),
  rules: z.array(ruleSchema, { error: 'a list of rules is required' }),
});

export class RoutingError extends Error {
  name = 'RoutingError';

  /** @param {string} source @param {string[]} problems */
  constructor(source, problems) {
    super(`routing file ${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

/** `rules[2].organisation` from zod's path. @param {PropertyKey[]} path */
function pathText(path) {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(file)';
}

/** zod's message for a key that is not allowed, in the same "path: what" form. @param {any} issue */
function issueText(issue) {
  if (issue.code === 'invalid_union' && Array.isArray(issue.errors)) {
    // "one value or a list": report the problem of the form that was given.
    const branch = issue.errors.find((/** @type {any[]} */ issues) => issues.some((sub) => sub.code !== 'invalid_type' || sub.path.length > 0));
    if (branch) return branch.flatMap((/** @type {any} */ sub) => issueText({ ...sub, path: [...issue.path, ...sub.path] }));
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((/** @type {string} */ key) => `${pathText([...issue.path, key])}: unknown field (use partner, ageGroup, area, organisation)`);
  }
  return [`${pathText(issue.path)}: ${issue.message}`];
}

/**
 * Check a parsed routing file: its shape, then its organisations. One problem per
 * line, each with its path. Returns the routing or throws RoutingError.
 * @param {unknown} data
 * @param {{ organisations: Set<string> | null, source?: string }} options  null: organisations not checked
 * @returns {Routing}
 */
export function validateRouting(data, { organisations, source = 'routing' }) {
  const parsed = routingSchema.safeParse(data);
  if (!parsed.success) throw new RoutingError(source, parsed.error.issues.flatMap(issueText));
  /** @type {string[]} */
  const problems = [];
  const rules = parsed.data.rules.map(({ comment, ...rule }) => rule);
  rules.forEach((rule, index) => {
    if (organisations && !organisations.has(rule.organisation)) {
      problems.push(`rules[${index}].organisation: unknown organisation ${JSON.stringify(rule.organisation)}`);
    }
  });
  const catchAll = rules.findIndex((rule) => !rule.partner && !rule.ageGroup && !rule.area);
  if (catchAll !== -1 && catchAll < rules.length - 1) {
    problems.push(`rules[${catchAll}]: matches every report, so rules[${catchAll + 1}] and later are never used (put it last)`);
  }
  if (problems.length) throw new RoutingError(source, problems);
  return { rules };
}

/**
 * Read and check a routing file.
 * @param {string} path
 * @param {{ organisations: Set<string> | null }} options
 */
export function loadRouting(path, options) {
  let raw;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RoutingError(path, [`cannot be read (${/** @type {NodeJS.ErrnoException} */ (error).code ?? 'error'})`]);
  }
  let data;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new RoutingError(path, [`is not valid JSON (${/** @type {Error} */ (error).message})`]);
  }
  return validateRouting(data, { ...options, source: path });
}

/** Lower case, no accents, single spaces: "Sint-Katelijne-Waver " ≈ "sint-katelijne-waver". @param {string} value */
const normalise = (value) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The first rule that fits a report, or null.
 * @param {Routing | null} routing
 * @param {{ partner: string | null, ageGroup: string | null, area: string | null }} report
 * @returns {{ organisation: string, rule: number } | null}
 */
export function route(routing, report) {
  if (!routing) return null;
  const area = report.area === null ? null : normalise(report.area);
  for (const [index, rule] of routing.rules.entries()) {
    if (rule.partner && (report.partner === null || !rule.partner.includes(report.partner))) continue;
    if (rule.ageGroup && (report.ageGroup === null || !rule.ageGroup.includes(report.ageGroup))) continue;
    if (rule.area && (area === null || !rule.area.some((value) => normalise(value) === area))) continue;
    return { organisation: rule.organisation, rule: index };
  }
  return null;
}
