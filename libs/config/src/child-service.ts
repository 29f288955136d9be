import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildService {
  /** What the child announced after `READY `, e.g. its address. */
  address: string;
  /** Closes the child's stdin, which it takes as the signal to shut down cleanly, and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Runs `script` in a child Node.js process that prints `READY <address>` once it serves.
 * The child is in its own process group, so a terminal's Ctrl-C reaches only the parent, which
 * stops its own clients first; the child exits when its stdin closes, and so with its parent.
 */
export async function startChildService(name: string, script: string, timeoutMs = 60_000): Promise<ChildService> {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
  const address = await announced(name, child, timeoutMs);
  return {
    address,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
      }),
  };
}

/** The child died before it announced itself (as opposed to never announcing). */
export class ChildExitedEarly extends Error {}

/** The lines a child script needs to shut down with its parent; append to the script. */
export const EXIT_WITH_PARENT = `
process.on('SIGINT', () => undefined);
process.stdin.on('end', () => shutdown());
process.stdin.resume();
process.on('SIGTERM', () => shutdown());
`;

function announced(name: string, child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`${name} was not ready within ${timeoutMs} ms`)), timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(new ChildExitedEarly(`${name} exited ${signal ? `on ${signal}` : `with code ${code}`} before it was ready`));
    child.once('exit', onExit);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(line.slice('READY '.length));
    });
  });
}
