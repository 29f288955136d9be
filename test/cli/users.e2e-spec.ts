import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConsoleUserStore, openDatabase } from '@chokepoint/persistence';
import { provideTestDatabase, TestDatabase } from '../support/test-infrastructure';

jest.setTimeout(120_000);
const cli = join(__dirname, '../../dist/apps/cli/src/main.js');
const run = promisify(execFile);

describe('chokepoint users', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const chokepoint = (...args: string[]) => run('node', [cli, 'users', ...args], { env });
  /** With the password on standard input, as a provisioning script would pass it. */
  const addWithPassword = (password: string, ...args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn('node', [cli, 'users', 'add', ...args, '--password-stdin'], { env });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
      child.stdin.end(`${password}\n`);
    });

  beforeAll(async () => {
    database = await provideTestDatabase();
    env = { ...process.env, DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema, LOG_LEVEL: 'silent' };
  });

  afterAll(() => database?.stop());

  it('adds local users of the console, with a generated password or one from standard input, and lists them', async () => {
    const { stdout } = await chokepoint('add', 'olga', '--role', 'officer', '--name', 'Olga Petrova');
    const generated = /password: (\S+)$/m.exec(stdout)![1];
    expect(await addWithPassword('a-long-enough-password', 'sam', '--role', 'supervisor')).toEqual({ code: 0, out: 'added sam (supervisor)\n' });
    expect((await addWithPassword('short', 'tim', '--role', 'viewer')).out).toContain('at least 12 characters');
    expect((await addWithPassword('another-long-password', 'olga', '--role', 'viewer')).out).toContain('already a user olga');
    await expect(chokepoint('add', 'vera', '--role', 'admin')).rejects.toMatchObject({ code: 2 });
    expect((await chokepoint('list')).stdout).toBe('olga\tofficer\tOlga Petrova\nsam\tsupervisor\tsam\n');

    expect((await chokepoint('disable', 'sam')).stdout).toBe('disabled sam: sign-in and open sessions refused\n');
    await expect(chokepoint('disable', 'sam')).rejects.toMatchObject({ code: 1 });
    expect((await chokepoint('list')).stdout).toBe('olga\tofficer\tOlga Petrova\nsam\tsupervisor\tsam\t(disabled)\n');

    const dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: 1 });
    try {
      const users = new ConsoleUserStore(dataSource);
      expect(await users.verify('olga', generated)).toMatchObject({ username: 'olga', role: 'officer' });
      // Disabled: the right password no longer signs sam in.
      expect(await users.verify('sam', 'a-long-enough-password')).toBeUndefined();
      expect(await users.verify('olga', `${generated}x`)).toBeUndefined();
      const [{ password_hash }] = await dataSource.query(`SELECT password_hash FROM console_user WHERE username = 'sam'`);
      expect(password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
      expect(password_hash).not.toContain('a-long-enough-password');
    } finally {
      await dataSource.destroy();
    }
  });
});
