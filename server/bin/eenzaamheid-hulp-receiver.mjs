#!/usr/bin/env node
/**
 * The receiver's command line: `eenzaamheid-hulp-receiver` starts it; subcommands manage
 * accounts and organisations, erase and export reports, back up, rotate keys.
 * `eenzaamheid-hulp-receiver --help` lists everything.
 */
import { main } from '../src/cli/main.mjs';

main(process.argv.slice(2), process.env, { out: (line) => console.log(line), err: (line) => console.error(line) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
