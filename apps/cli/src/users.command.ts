import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadSettings, systemClock } from '@chokepoint/config';
import { CONSOLE_ROLES, ConsoleRole } from '@chokepoint/detection';
import { ConsoleUserStore } from '@chokepoint/persistence';
import { withDatabase } from './database';
import { USERS_USAGE } from './usage';

/** `chokepoint users add|list|disable`: the console's local users. */
export async function usersCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } } });
  const settings = loadSettings();
  if (verb === 'list') {
    return withDatabase(settings, async (db) => {
      for (const user of await new ConsoleUserStore(db).list()) process.stdout.write(`${user.username}\t${user.role}\t${user.displayName}${user.disabledAt ? '\t(disabled)' : ''}\n`);
      return 0;
    });
  }
  if (verb === 'disable' && positionals.length === 1) {
    return withDatabase(settings, async (db) => {
      const disabled = await new ConsoleUserStore(db).disable(positionals[0], systemClock.now());
      process.stdout.write(disabled ? `disabled ${positionals[0]}: sign-in and open sessions refused\n` : '');
      if (!disabled) process.stderr.write(`no enabled user ${positionals[0]}\n`);
      return disabled ? 0 : 1;
    });
  }
  if (verb !== 'add' || positionals.length !== 1 || !CONSOLE_ROLES.includes(values.role as ConsoleRole)) {
    process.stderr.write(`usage:\n${USERS_USAGE}`);
    return 2;
  }
  const username = positionals[0];
  // A password from standard input (for scripts), else a generated one shown once.
  const password = values['password-stdin'] ? (await readStdin()).trim() : randomBytes(12).toString('base64url');
  return withDatabase(settings, async (db) => {
    const added = await new ConsoleUserStore(db).add({ username, displayName: values.name ?? username, role: values.role as ConsoleRole, password }, systemClock.now());
    if (!added) {
      process.stderr.write(`there is already a user ${username}\n`);
      return 1;
    }
    process.stdout.write(values['password-stdin'] ? `added ${username} (${values.role})\n` : `added ${username} (${values.role}); password: ${password}\n`);
    return 0;
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
