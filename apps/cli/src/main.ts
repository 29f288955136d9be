#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ALLOWLIST_USAGE, allowlistCommand } from './allowlist.command';
import { screenNameCommand } from './screen-name.command';
import { holdsCommand, RULES_USAGE, rulesCommand } from './rules.command';
import { REPLAY_USAGE, replayCommand } from './replay.command';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  'screen-name': screenNameCommand,
  allowlist: allowlistCommand,
  rules: rulesCommand,
  holds: holdsCommand,
  replay: replayCommand,
};

const USAGE = `usage: chokepoint <command> [options]

commands:
  screen-name "<name>" [--country XX] [--id <identifier>] [--threshold 0.8] [--limit 10] [--json]
              --sanctions <format>:<path-or-url> (repeatable; default: SANCTIONS_LISTS)
${ALLOWLIST_USAGE}${RULES_USAGE}${REPLAY_USAGE}
The allowlist, rules and holds commands use DATABASE_URL, or the embedded database's folder (EMBEDDED_DATA_DIR)
when the service is not running on it.
`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const run = command ? COMMANDS[command] : undefined;
  if (!run || parseArgs({ args: rest, strict: false, options: { help: { type: 'boolean', short: 'h' } } }).values.help) {
    process.stderr.write(USAGE);
    return run || command === '--help' || command === '-h' ? 0 : 2;
  }
  return run(rest);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`chokepoint: ${error.message}\n`);
    process.exit(1);
  },
);
