import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';

jest.setTimeout(180_000);

const MAIN = join(__dirname, '../dist/apps/screening/src/main.js');

interface Run {
  child: ChildProcess;
  lines: { msg?: string; component?: string; level?: number }[];
  waitFor(what: string, test: (line: { msg?: string; component?: string }) => boolean, timeoutMs?: number): Promise<number>;
  exit: Promise<number | null>;
}

/** Runs the built service as `npm start` does, with nothing configured: the embedded default. */
function startMainJob(dataDir: string, consolePort: number): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_FORMAT: 'json', EMBEDDED_DATA_DIR: dataDir, DEMO_FEED_PER_SECOND: '20', KAFKA_FETCH_MAX_WAIT_MS: '100', CONSOLE_PORT: String(consolePort) };
  delete env.KAFKA_BROKERS;
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const started = Date.now();
  const lines: Run['lines'] = [];
  const waiters: { test: (l: Run['lines'][number]) => boolean; resolve: (ms: number) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Run['lines'][number];
    try {
      line = JSON.parse(text);
    } catch {
      line = { msg: text };
    }
    lines.push(line);
    for (const w of waiters.filter((w) => w.test(line))) w.resolve(Date.now() - started);
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exit,
    waitFor: (what, test, timeoutMs = 90_000) =>
      new Promise<number>((resolve, reject) => {
        // A line already printed counts too.
        if (lines.some(test)) return resolve(Date.now() - started);
        const timer = setTimeout(() => reject(new Error(`main job: no ${what} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ test, resolve: (ms) => (clearTimeout(timer), resolve(ms)) });
        void exit.then((code) => reject(new Error(`main job exited (${code}) before ${what}`)));
      }),
  };
}

/** A port nobody listens on now (CONSOLE_PORT=0 turns the console off). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('the main job on the embedded default (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chokepoint-main-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is built', () => {
    expect(existsSync(MAIN)).toBe(true);
  });

  it('screens the demo feed, holds some declarations, and drains on SIGTERM', async () => {
    const run = startMainJob(dataDir, await freePort());
    try {
      const firstDecision = await run.waitFor('decision', (l) => l.component === 'decisions');
      const firstHold = await run.waitFor('hold', (l) => l.component === 'decisions' && /^HOLD (RED|YELLOW)/.test(l.msg ?? ''));
      // eslint-disable-next-line no-console
      console.log(`main job: first decision printed ${firstDecision} ms after start, first hold ${firstHold} ms`);
      await run.waitFor('dead letter', (l) => /dead-letter/.test(l.msg ?? ''));

      // The officers' console is served too, with a first supervisor printed once.
      await run.waitFor('first user', (l) => /First user/.test(l.msg ?? ''));
      const printed = run.lines.map((l) => l.msg ?? '').join('\n');
      const url = /Officers' console: (http:\/\/\S+)/.exec(printed)?.[1];
      const [, username, password] = /First user: (\S+) \/ (\S+)/.exec(printed) ?? [];
      expect([url, username]).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), 'supervisor']);
      const page = await fetch(`${url}/`);
      expect(await page.text()).toContain('type="importmap"');
      for (const module of ['/console.js', '/vendor/preact/preact.mjs', '/vendor/preact-hooks/hooks.mjs', '/vendor/htm/htm.mjs']) expect([module, (await fetch(`${url}${module}`)).status]).toEqual([module, 200]);
      const session = (await (await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })).json()) as { token: string };
      const queue = (await (await fetch(`${url}/api/holds`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as { holds: unknown[] };
      expect(queue.holds.length).toBeGreaterThan(0);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
    expect(run.lines.some((l) => l.msg === 'screening service stopped')).toBe(true);
    expect(run.lines.filter((l) => (l.level ?? 0) >= 50 && l.component !== 'kafkajs')).toEqual([]);
  });

  it('starts again on the data it kept', async () => {
    const run = startMainJob(dataDir, await freePort());
    try {
      await run.waitFor('decision after restart', (l) => l.component === 'decisions');
      await run.waitFor('console', (l) => l.msg === "officers' console");
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
    // Users were kept: no new first user.
    expect(run.lines.some((l) => /First user/.test(l.msg ?? ''))).toBe(false);
  });
});
