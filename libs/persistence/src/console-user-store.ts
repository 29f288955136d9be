import { randomBytes, scrypt as scryptCallback, ScryptOptions, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ConsoleRole } from '@chokepoint/detection';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password.normalize('NFKC'), salt, length, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))));
/** scrypt cost (OWASP's minimum for scrypt: N=2^17, r=8, p=1), stored with each hash so it can rise later. */
const COST = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

export interface ConsoleUser {
  username: string;
  displayName: string;
  role: ConsoleRole;
  createdAt: string;
  disabledAt?: string;
}

/** The console's local users (the embedded default and sites without an identity provider), passwords as scrypt hashes. */
export class ConsoleUserStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds a user; false when the username is taken. */
  async add(user: { username: string; displayName: string; role: ConsoleRole; password: string }, at: Date): Promise<boolean> {
    if (user.password.length < 12) throw new Error('a password has at least 12 characters');
    const rows = await this.dataSource.query(
      `INSERT INTO console_user (username, display_name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (username) DO NOTHING RETURNING username`,
      [user.username, user.displayName, user.role, await hashPassword(user.password), at.toISOString()],
    );
    return rows.length > 0;
  }

  /** The user whose password this is, if enabled; undefined otherwise (same time either way). */
  async verify(username: string, password: string): Promise<ConsoleUser | undefined> {
    const [row] = await this.dataSource.query(`SELECT * FROM console_user WHERE username = $1`, [username]);
    // A missing user still costs one hash, so timing does not tell which usernames exist.
    const matches = await passwordMatches(password, row?.password_hash ?? DUMMY_HASH);
    return row && matches && !row.disabled_at ? userOf(row) : undefined;
  }

  /** The user as stored now, disabled or not; undefined when there is none. */
  async find(username: string): Promise<ConsoleUser | undefined> {
    const [row] = await this.dataSource.query(`SELECT * FROM console_user WHERE username = $1`, [username]);
    return row ? userOf(row) : undefined;
  }

  /** Disables a user: sign-in and the user's session tokens are refused from now on. False when there is no such enabled user. */
  async disable(username: string, at: Date): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, affected]: [unknown[], number] = await this.dataSource.query(`UPDATE console_user SET disabled_at = $2 WHERE username = $1 AND disabled_at IS NULL`, [username, at.toISOString()]);
    return affected > 0;
  }

  async count(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM console_user`);
    return n;
  }

  async list(): Promise<ConsoleUser[]> {
    return (await this.dataSource.query(`SELECT * FROM console_user ORDER BY username`)).map(userOf);
  }
}

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

const DUMMY_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

function userOf(row: { username: string; display_name: string; role: ConsoleRole; created_at: Date; disabled_at: Date | null }): ConsoleUser {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.disabled_at ? { disabledAt: new Date(row.disabled_at).toISOString() } : {}),
  };
}
