import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** Where a problem sits in a file: `initiatives[3].contact.website`. */
export function issuePath(path: readonly PropertyKey[], prefix = ''): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`),
    prefix,
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/**
 * One schema problem in words an editor can act on: what is wrong and what is
 * allowed ("must be one of everyone, youth, seniors, carers (got "kids")").
 */
export function describeIssue(issue: Issue, input: unknown): string {
  const got = valueAt(input, issue.path);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? shown(issue.values[0]) : `one of ${issue.values.join(', ')}`} (got ${shown(got)})`;
    case 'invalid_type':
      return got === undefined ? 'is required' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${Array.isArray(got) ? 'a list' : typeof got})`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum} (got ${shown(got)})`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return `must be at most ${issue.maximum} (got ${shown(got)})`;
    case 'invalid_format':
      return `must be ${custom ?? `in the format ${String(issue.format)}`} (got ${shown(got)})`;
    default:
      return custom ?? `is not valid (got ${shown(got)})`;
  }
}

/** Every problem of a failed parse, each with its path (below `prefix`). */
export function describeIssues(error: z.core.$ZodError, input: unknown, prefix = ''): string[] {
  return error.issues.map((issue) => `${issuePath(issue.path, prefix) || prefix || '(item)'}: ${describeIssue(issue, input)}`);
}
