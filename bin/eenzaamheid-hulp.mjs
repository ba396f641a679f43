#!/usr/bin/env node
/**
 * eenzaamheid-hulp command line.
 *
 *   npx eenzaamheid-hulp embed --partner samana --lang nl --endpoint https://meldpunt.example/reports \
 *       --script-src https://partner.example/js/eenzaamheid-hulp.js
 *
 * Prints the embed code (script tag, JSON-LD, the element with crawlable fallback
 * content) for a partner's web page.
 *
 *   npx eenzaamheid-hulp validate content.json   (and: export, schema)
 *
 * Content editors' commands: see src/content/cli.ts.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage: eenzaamheid-hulp embed [options]
       eenzaamheid-hulp validate <content.json> | export | schema   (see --help of each)

Prints the embed code for a partner page: the script tag, a JSON-LD block and
<eenzaamheid-hulp> with plain-HTML fallback content (crawlable, works without JavaScript).

Options:
  --script-src <url>     where eenzaamheid-hulp.js is hosted (required)
  --partner <id>         stad-mechelen, samana, jeugddienst, overkop, or one from --content
  --lang <nl|fr|en>      language (default nl)
  --endpoint <url>       where reports are sent (without it: the meldpunt's contact instead of the form)
  --format <json|open311> report format (default json)
  --service-code <code>  Open311 service code (with --format open311)
  --api-key <key>        Open311 api_key, when the receiver gave one (with --format open311)
  --audience <name>      everyone, youth, seniors or carers
  --sections <list>      routes, finder, meldpunt (space or comma separated)
  --heading-level <1-6>  level of the widget's top heading (default 2)
  --theme <light|dark>   force a theme (default: follows the visitor's setting)
  --content-src <url>    content file the widget loads at runtime
  --content <file>       content JSON for the fallback and JSON-LD (default: built-in Mechelen)
  --no-json-ld           leave out the JSON-LD block
  --no-preload           leave out the modulepreload hints (they name this version's files:
                         paste fresh embed code when you update the script on your server)
  --help                 this text`;

const CONTENT_COMMANDS = ['validate', 'export', 'schema'];

async function main(argv) {
  if (CONTENT_COMMANDS.includes(argv[0])) {
    const { runContentCommand } = await import('../dist/lib/content/cli.js');
    return runContentCommand(argv, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      readFile: (path) => readFile(path, 'utf8'),
      writeFile: (path, text) => writeFile(path, text),
    });
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'script-src': { type: 'string' },
      partner: { type: 'string' },
      lang: { type: 'string' },
      endpoint: { type: 'string' },
      format: { type: 'string' },
      'service-code': { type: 'string' },
      'api-key': { type: 'string' },
      audience: { type: 'string' },
      sections: { type: 'string' },
      'heading-level': { type: 'string' },
      theme: { type: 'string' },
      'content-src': { type: 'string' },
      content: { type: 'string' },
      'no-json-ld': { type: 'boolean' },
      'no-preload': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals[0] !== 'embed') {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const fail = (message) => {
    console.error(`eenzaamheid-hulp embed: ${message}`);
    return 2;
  };
  if (!values['script-src']) return fail('--script-src is required (the URL of eenzaamheid-hulp.js)');
  const lang = values.lang ?? 'nl';
  if (!['nl', 'fr', 'en'].includes(lang)) return fail(`--lang must be nl, fr or en (got "${lang}")`);
  if (values.format && !['json', 'open311'].includes(values.format)) return fail('--format must be json or open311');
  if (values.format === 'open311' && !values['service-code']) return fail('--format open311 needs --service-code');
  if (values.theme && !['light', 'dark'].includes(values.theme)) return fail('--theme must be light or dark');
  const level = values['heading-level'] ? Number(values['heading-level']) : undefined;
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) return fail('--heading-level must be 1 to 6');
  for (const name of ['script-src', 'endpoint', 'content-src']) {
    if (values[name] && !/^https:\/\//i.test(values[name]) && !/^http:\/\/(localhost|127\.0\.0\.1)(:|\/)/i.test(values[name])) {
      return fail(`--${name} must be an https: URL`);
    }
  }

  const { generateEmbed, builtInContent } = await import('../dist/lib/embed/index.js');
  let content;
  if (values.content) {
    const { parseContent } = await import('../dist/lib/content/load-content.js');
    let raw;
    try {
      raw = JSON.parse(readFileSync(values.content, 'utf8'));
    } catch (error) {
      return fail(`--content ${values.content}: ${error.message}`);
    }
    try {
      const parsed = parseContent(raw, builtInContent(lang));
      for (const dropped of parsed.dropped) console.error(`eenzaamheid-hulp embed: dropped invalid item: ${dropped}`);
      content = parsed.content;
    } catch (error) {
      return fail(`--content ${values.content}: ${error.message}`);
    }
  }
  const embed = generateEmbed({
    scriptSrc: values['script-src'],
    partner: values.partner,
    lang,
    endpoint: values.endpoint,
    format: values.format,
    serviceCode: values['service-code'],
    apiKey: values['api-key'],
    audience: values.audience,
    sections: values.sections,
    headingLevel: level,
    theme: values.theme,
    contentSrc: values['content-src'],
    content,
    jsonLd: !values['no-json-ld'],
    preload: !values['no-preload'],
  });
  process.stdout.write(`${embed.html}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`eenzaamheid-hulp: ${error.message}`);
    process.exitCode = 1;
  },
);
