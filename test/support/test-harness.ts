import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { provideTestDatabase, provideTestKafka, runId, TestDatabase, TestKafka } from './test-infrastructure';

/** What one end-to-end test file runs against; filled in by its beforeAll. */
export interface TestHarness {
  kafkaInfra: TestKafka;
  database: TestDatabase;
  kafka: Kafka;
  /** Publishes declarations, with the Java-compatible partitioner the service's producer uses. */
  producer: Producer;
}

/** Registers the file's beforeAll and afterAll: a broker, a database schema, a client and a producer. */
export function useTestHarness(clientId: string): TestHarness {
  const harness = {} as TestHarness;
  beforeAll(async () => {
    [harness.kafkaInfra, harness.database] = await Promise.all([provideTestKafka(), provideTestDatabase()]);
    harness.kafka = new Kafka({ brokers: harness.kafkaInfra.brokers, clientId: `${clientId}-${runId}`, logLevel: logLevel.NOTHING });
    harness.producer = harness.kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
    await harness.producer.connect();
  });
  afterAll(async () => {
    await harness.producer?.disconnect();
    await Promise.all([harness.kafkaInfra?.stop(), harness.database?.stop()]);
  });
  return harness;
}
