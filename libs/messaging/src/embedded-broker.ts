import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface EmbeddedBroker {
  brokers: string[];
  stop(): Promise<void>;
}

/**
 * librdkafka's mock cluster (Confluent's in-process Kafka-protocol broker, reached through
 * node-rdkafka), run in a child process so that its debug logging, needed to learn its
 * address, never touches this process's event loop. It keeps a bounded in-memory log:
 * for trying Chokepoint and for tests, not for production. The child exits with its parent
 * (it watches its stdin).
 */
const CHILD = (rdkafkaPath: string, brokerCount: number) => `
const Kafka = require(${JSON.stringify(rdkafkaPath)});
const client = new Kafka.Producer({ 'test.mock.num.brokers': ${brokerCount}, event_cb: true, debug: 'mock', log_level: 5 });
let announced = false;
client.on('event.log', (entry) => {
  const found = !announced && /replaced with (\\S+)/.exec(entry.message);
  if (found) { announced = true; process.stdout.write('BOOTSTRAP ' + found[1] + '\\n'); }
});
client.on('event.error', (err) => process.stderr.write('embedded broker: ' + err.message + '\\n'));
client.connect();
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
// Ctrl-C is for the parent, which stops its clients first and then closes our stdin.
process.on('SIGINT', () => undefined);
`;

export async function startEmbeddedBroker(options: { brokerCount?: number; timeoutMs?: number } = {}): Promise<EmbeddedBroker> {
  let rdkafkaPath: string;
  try {
    rdkafkaPath = require.resolve('node-rdkafka');
  } catch {
    throw new Error('the embedded broker needs node-rdkafka (an optional dependency that failed to build); set KAFKA_BROKERS to use a real Kafka');
  }
  const child = spawn(process.execPath, ['-e', CHILD(rdkafkaPath, options.brokerCount ?? 1)], {
    stdio: ['pipe', 'pipe', 'inherit'],
    // Its own process group: a terminal's Ctrl-C reaches the service, which drains before the broker goes.
    detached: true,
  });
  const brokers = await bootstrapOf(child, options.timeoutMs ?? 30_000);
  return {
    brokers,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
      }),
  };
}

function bootstrapOf(child: ChildProcess, timeoutMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`embedded broker gave no address within ${timeoutMs} ms`)), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`embedded broker exited with code ${code}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('BOOTSTRAP ')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(line.slice('BOOTSTRAP '.length).split(','));
    });
  });
}
