import { builtInContentFile } from './export.js';
import { contentJsonSchema } from './json-schema.js';
import { mechelenContentAllLanguages } from './mechelen-all-languages.js';
import type { ContentProblem } from './parse-content.js';
import { validateContentText } from './validate.js';

/**
 * What the commands touch: the CLI (bin/) passes the process's streams and Node's
 * file functions; tests pass their own. (This module stays free of Node imports, like
 * the rest of src/.)
 */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
}

export const CONTENT_USAGE = `Content commands:
  eenzaamheid-hulp validate <file.json> [--json]
      Checks a content file the way the widget reads it. Prints every problem with
      its path and what is allowed (line and column for JSON syntax errors), and
      warnings for fields the widget ignores and ids used twice. Exit code 1 when
      anything would be left out, 0 when the whole file is used.
  eenzaamheid-hulp export [--out content.json]
      The whole built-in content in Dutch, French and English, with the residents'
      search words and every item's source: a starting point for your own file.
  eenzaamheid-hulp schema [--out content.schema.json]
      The JSON Schema of a content file (also in the package: dist/content.schema.json).`;

function problemLine(problem: ContentProblem): string {
  const id = problem.id ? ` (id "${problem.id}")` : '';
  return `  ${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.path}${id}: ${problem.message}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

async function validate(file: string, json: boolean, io: Output): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.err(`eenzaamheid-hulp validate: cannot read ${file} (${(error as { code?: string }).code ?? String(error)})\n`);
    return 2;
  }
  const result = validateContentText(text, mechelenContentAllLanguages);
  if (json) {
    const { content } = result;
    const shown = content && { helplines: content.helplines.length, initiatives: content.initiatives.length, partners: content.partners.length, campaigns: content.campaigns.length };
    io.out(`${JSON.stringify({ file, ok: result.ok, dropped: result.dropped, problems: result.problems, shown }, null, 2)}\n`);
    return result.ok ? 0 : 1;
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const warnings = result.problems.filter((problem) => problem.severity === 'warning');
  const lines = [`${file}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`, ...errors.map(problemLine), ...warnings.map(problemLine)];
  const { content } = result;
  if (content) {
    const shown = `${plural(content.helplines.length, 'helpline')}, ${plural(content.initiatives.length, 'initiative')}, ${plural(content.partners.length, 'partner')}, ${plural(content.campaigns.length, 'campaign')}`;
    lines.push(result.ok ? `${file}: valid; the widget shows ${shown}.` : `${file}: ${plural(result.dropped, 'item')} would be left out; the widget shows ${shown}.`);
  } else {
    lines.push(`${file}: the widget cannot use this file and keeps its built-in content.`);
  }
  (result.ok ? io.out : io.err)(`${lines.join('\n')}\n`);
  return result.ok ? 0 : 1;
}

async function write(text: string, file: string | undefined, io: Output): Promise<number> {
  if (!file) {
    io.out(text);
    return 0;
  }
  await io.writeFile(file, text);
  io.err(`wrote ${file}\n`);
  return 0;
}

/** `--out file`, `--json`, `--help` and positionals; undefined for anything else. */
function parseOptions(args: readonly string[]): { values: { out?: string; json?: boolean; help?: boolean }; positionals: string[] } | string {
  const values: { out?: string; json?: boolean; help?: boolean } = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') values.json = true;
    else if (arg === '--help' || arg === '-h') values.help = true;
    else if (arg === '--out') {
      const next = args[i + 1];
      if (!next || next.startsWith('--')) return '--out needs a file name';
      values.out = next;
      i += 1;
    } else if (arg.startsWith('--out=')) values.out = arg.slice('--out='.length);
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else positionals.push(arg);
  }
  return { values, positionals };
}

/** `validate`, `export` and `schema`; returns the exit code. */
export async function runContentCommand(argv: readonly string[], io: Output): Promise<number> {
  const [command, ...rest] = argv;
  const parsed = parseOptions(rest);
  if (typeof parsed === 'string') {
    io.err(`eenzaamheid-hulp ${command}: ${parsed}\n\n${CONTENT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${CONTENT_USAGE}\n`);
    return 0;
  }
  switch (command) {
    case 'validate':
      if (positionals.length !== 1) {
        io.err(`eenzaamheid-hulp validate: give one file\n\n${CONTENT_USAGE}\n`);
        return 2;
      }
      return validate(positionals[0]!, Boolean(values.json), io);
    case 'export':
      return write(`${JSON.stringify(builtInContentFile(), null, 2)}\n`, values.out, io);
    case 'schema':
      return write(`${JSON.stringify(contentJsonSchema(), null, 2)}\n`, values.out, io);
    default:
      io.err(`${CONTENT_USAGE}\n`);
      return 2;
  }
}
