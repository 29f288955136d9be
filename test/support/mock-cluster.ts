import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * librdkafka's mock cluster with its fault injection (broker down and up, errors pushed on any
 * request kind, leader and coordinator moves), in a small C helper (mock-cluster/mock-cluster.c)
 * built against Debian's librdkafka-dev: node-rdkafka does not expose rdkafka_mock.h. `.ci/run`
 * builds it; a test run without it builds it once here if the headers are installed.
 */
export interface FaultyBroker {
  /** Bootstrap addresses, one per broker; broker ids are 1..n in this order. */
  brokers: string[];
  /** Sends one command line (see mock-cluster.c); resolves on `OK` with what follows it (a query's answer, else ''), rejects on `ERR`. */
  command(line: string): Promise<string>;
  /** Closes the helper's stdin and waits for it to exit. */
  stop(): Promise<void>;
}

export interface FaultyBrokerOptions {
  /** Number of brokers (ids 1..n); 3 lets leaders move. */
  brokers?: number;
  /** Topics created before `READY`; replication defaults to min(3, brokers). */
  topics?: { name: string; partitions: number; replication?: number }[];
}

const HERE = join(__dirname, 'mock-cluster');
export const MOCK_CLUSTER_BINARY = join(HERE, 'bin', 'mock-cluster');
const HEADER = '/usr/include/librdkafka/rdkafka_mock.h';

let availability: { available: true } | { available: false; reason: string } | undefined;

/**
 * Whether the helper can run here: built already, or built now (once) when librdkafka-dev's
 * headers are installed. Synchronous, so that a test file can decide to skip while it is defined.
 */
export function faultyBrokerAvailability(): { available: true } | { available: false; reason: string } {
  if (availability) return availability;
  if (existsSync(MOCK_CLUSTER_BINARY)) return (availability = { available: true });
  if (!existsSync(HEADER)) {
    return (availability = { available: false, reason: `${HEADER} is missing: install librdkafka-dev (apt-get install librdkafka-dev) and run test/support/mock-cluster/build.sh` });
  }
  try {
    execFileSync(join(HERE, 'build.sh'), { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return (availability = { available: false, reason: `building the mock-cluster helper failed: ${stderr || (error as Error).message}` });
  }
  return (availability = existsSync(MOCK_CLUSTER_BINARY) ? { available: true } : { available: false, reason: `build.sh did not produce ${MOCK_CLUSTER_BINARY}` });
}

export async function startFaultyBroker(options: FaultyBrokerOptions = {}): Promise<FaultyBroker> {
  const status = faultyBrokerAvailability();
  if (!status.available) throw new Error(status.reason);
  const brokerCount = options.brokers ?? 3;
  const topicArgs = (options.topics ?? []).map((t) => `${t.name}:${t.partitions}${t.replication ? `:${t.replication}` : ''}`);
  // Its own process group, like the other child services: a terminal's Ctrl-C reaches only the
  // test, which stops its clients first; the helper exits when its stdin closes.
  const child = spawn(MOCK_CLUSTER_BINARY, [String(brokerCount), ...topicArgs], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    if (process.env.MOCK_CLUSTER_VERBOSE) process.stderr.write(chunk);
  });
  const waiting: { line: string; resolve(value: string): void; reject(error: Error): void }[] = [];
  let ready!: (address: string) => void;
  let exited: Error | undefined;
  const announced = new Promise<string>((resolve, reject) => {
    ready = resolve;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      exited = new Error(`the mock cluster exited ${signal ? `on ${signal}` : `with code ${code}`}${stderr ? `: ${stderr.trim()}` : ''}`);
      reject(exited);
      for (const w of waiting.splice(0)) w.reject(exited);
    });
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('READY ')) return ready(line.slice('READY '.length));
    const pending = waiting.shift();
    if (!pending) return;
    if (line === 'OK' || line.startsWith('OK ')) pending.resolve(line.slice(3));
    else pending.reject(new Error(`mock cluster: '${pending.line}' failed: ${line.replace(/^ERR /, '')}`));
  });
  const timeout = setTimeout(() => child.kill('SIGTERM'), 30_000);
  let address: string;
  try {
    address = await announced;
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  } finally {
    clearTimeout(timeout);
  }
  return {
    brokers: address.split(','),
    command: (line) =>
      new Promise<string>((resolve, reject) => {
        if (exited) return reject(exited);
        if (/[\r\n]/.test(line)) return reject(new Error('one command per line'));
        // Answers come in order, one line per command.
        waiting.push({ line, resolve, reject });
        child.stdin!.write(`${line}\n`);
      }),
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.stdin!.end();
  });
}
