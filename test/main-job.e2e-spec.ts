import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
function startMainJob(dataDir: string): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_FORMAT: 'json', EMBEDDED_DATA_DIR: dataDir, DEMO_FEED_PER_SECOND: '20', KAFKA_FETCH_MAX_WAIT_MS: '100' };
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
        const timer = setTimeout(() => reject(new Error(`main job: no ${what} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ test, resolve: (ms) => (clearTimeout(timer), resolve(ms)) });
        void exit.then((code) => reject(new Error(`main job exited (${code}) before ${what}`)));
      }),
  };
}

describe('the main job on the embedded default (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chokepoint-main-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is built', () => {
    expect(existsSync(MAIN)).toBe(true);
  });

  it('screens the demo feed, holds some declarations, and drains on SIGTERM', async () => {
    const run = startMainJob(dataDir);
    try {
      const firstDecision = await run.waitFor('decision', (l) => l.component === 'decisions');
      const firstHold = await run.waitFor('hold', (l) => l.component === 'decisions' && /^HOLD (RED|YELLOW)/.test(l.msg ?? ''));
      // eslint-disable-next-line no-console
      console.log(`main job: first decision printed ${firstDecision} ms after start, first hold ${firstHold} ms`);
      await run.waitFor('dead letter', (l) => /dead-letter/.test(l.msg ?? ''));
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
    expect(run.lines.some((l) => l.msg === 'screening service stopped')).toBe(true);
    expect(run.lines.filter((l) => (l.level ?? 0) >= 50 && l.component !== 'kafkajs')).toEqual([]);
  });

  it('starts again on the data it kept', async () => {
    const run = startMainJob(dataDir);
    try {
      await run.waitFor('decision after restart', (l) => l.component === 'decisions');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
  });
});
