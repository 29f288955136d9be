import { ChildExitedEarly, EXIT_WITH_PARENT, startChildService } from '@chokepoint/config';

export interface EmbeddedBroker {
  brokers: string[];
  stop(): Promise<void>;
}

/**
 * librdkafka's mock cluster (Confluent's Kafka-protocol broker for testing clients, reached
 * through node-rdkafka), in a child process: its address is only told through debug logging,
 * which must not run on the service's event loop. It keeps a bounded in-memory log: for trying
 * Chokepoint and for tests, not for production.
 */
const SCRIPT = (rdkafkaPath: string, brokerCount: number) => `
const Kafka = require(${JSON.stringify(rdkafkaPath)});
const client = new Kafka.Producer({ 'test.mock.num.brokers': ${brokerCount}, event_cb: true, debug: 'mock', log_level: 5 });
let announced = false;
client.on('event.log', (entry) => {
  const found = !announced && /replaced with (\\S+)/.exec(entry.message);
  if (found) { announced = true; process.stdout.write('READY ' + found[1] + '\\n'); }
});
client.on('event.error', (err) => process.stderr.write('embedded broker: ' + err.message + '\\n'));
client.connect();
function shutdown() { process.exit(0); }
${EXIT_WITH_PARENT}`;

export async function startEmbeddedBroker(options: { brokerCount?: number } = {}): Promise<EmbeddedBroker> {
  let rdkafkaPath: string;
  try {
    rdkafkaPath = require.resolve('node-rdkafka');
  } catch {
    throw new Error('the embedded broker needs node-rdkafka (an optional dependency that failed to build); set KAFKA_BROKERS to use a real Kafka');
  }
  // Seen rarely in CI: the mock cluster's process dies on a signal while starting. A new one starts cleanly.
  for (let attempt = 1; ; attempt++) {
    try {
      const child = await startChildService('the embedded broker', SCRIPT(rdkafkaPath, options.brokerCount ?? 1));
      return { brokers: child.address.split(','), stop: child.stop };
    } catch (error) {
      if (!(error instanceof ChildExitedEarly) || attempt >= 3) throw error;
      process.stderr.write(`${(error as Error).message}; starting it again (attempt ${attempt + 1} of 3)\n`);
    }
  }
}
