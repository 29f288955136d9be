#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ALLOWLIST_USAGE, OUTBOX_USAGE, REPLAY_USAGE, RULES_USAGE, SCREEN_NAMES_USAGE, USERS_USAGE } from './usage';

type Command = (args: string[]) => Promise<number>;

/** Each command is loaded when run: a replay need not load the database drivers' and Nest's modules it does not use. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  'screen-name': async () => (await import('./screen-name.command')).screenNameCommand,
  'screen-names': async () => (await import('./screen-names.command')).screenNamesCommand,
  allowlist: async () => (await import('./allowlist.command')).allowlistCommand,
  rules: async () => (await import('./rules.command')).rulesCommand,
  holds: async () => (await import('./rules.command')).holdsCommand,
  replay: async () => (await import('./replay.command')).replayCommand,
  users: async () => (await import('./users.command')).usersCommand,
  outbox: async () => (await import('./outbox.command')).outboxCommand,
};

const USAGE = `usage: chokepoint <command> [options]

commands:
  screen-name "<name>" [--country XX] [--id <identifier>] [--threshold 0.8] [--limit 10] [--json]
              --sanctions <format>:<path-or-url> (repeatable; default: SANCTIONS_LISTS)
${SCREEN_NAMES_USAGE}${ALLOWLIST_USAGE}${RULES_USAGE}${REPLAY_USAGE}${USERS_USAGE}${OUTBOX_USAGE}
The allowlist, rules, holds, users and outbox commands use DATABASE_URL, or the embedded database's folder (EMBEDDED_DATA_DIR)
when the service is not running on it.
`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const load = command ? COMMANDS[command] : undefined;
  if (!load || parseArgs({ args: rest, strict: false, options: { help: { type: 'boolean', short: 'h' } } }).values.help) {
    process.stderr.write(USAGE);
    return load || command === '--help' || command === '-h' ? 0 : 2;
  }
  return (await load())(rest);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`chokepoint: ${error.message}\n`);
    process.exit(1);
  },
);
