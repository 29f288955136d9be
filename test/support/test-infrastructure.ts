import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedBroker } from '@chokepoint/messaging';
import { startEmbeddedPostgres } from '@chokepoint/persistence';

/**
 * Test infrastructure, chosen in this order: KAFKA_BROKERS / DATABASE_URL if set; else
 * testcontainers when a Docker engine answers; else the embedded broker and this machine's
 * PostgreSQL (database `test`), falling back to PGlite. Each run has its own schema and topics.
 */
export interface TestKafka {
  brokers: string[];
  kind: 'configured' | 'testcontainers' | 'embedded';
  stop(): Promise<void>;
}

export interface TestDatabase {
  url: string;
  schema: string;
  poolSize: number;
  kind: 'configured' | 'testcontainers' | 'local' | 'pglite';
  stop(): Promise<void>;
}

export const runId = randomUUID().slice(0, 8);

export async function provideTestKafka(): Promise<TestKafka> {
  if (process.env.KAFKA_BROKERS) return { brokers: process.env.KAFKA_BROKERS.split(','), kind: 'configured', stop: async () => undefined };
  if (await dockerAnswers()) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const container = await new KafkaContainer('confluentinc/cp-kafka:7.6.1').withKraft().start();
    return { brokers: [`${container.getHost()}:${container.getMappedPort(9093)}`], kind: 'testcontainers', stop: async () => void (await container.stop()) };
  }
  const broker = await startEmbeddedBroker();
  return { brokers: broker.brokers, kind: 'embedded', stop: broker.stop };
}

export async function provideTestDatabase(): Promise<TestDatabase> {
  const schema = `test_${runId}`;
  if (process.env.DATABASE_URL) return ownSchema(process.env.DATABASE_URL, schema, 'configured');
  if (await dockerAnswers()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    const db = await ownSchema(container.getConnectionUri(), schema, 'testcontainers');
    return { ...db, stop: async () => void (await container.stop()) };
  }
  const local = 'postgres://postgres@127.0.0.1:5432/test';
  // TEST_DATABASE=pglite skips the local server, to exercise the last fallback.
  if (process.env.TEST_DATABASE !== 'pglite' && (await reachable(local))) return ownSchema(local, schema, 'local');
  const pglite = await startEmbeddedPostgres();
  return { url: pglite.url, schema: 'public', poolSize: 1, kind: 'pglite', stop: pglite.stop };
}

async function ownSchema(url: string, schema: string, kind: TestDatabase['kind']): Promise<TestDatabase> {
  return {
    url,
    schema,
    poolSize: 5,
    kind,
    stop: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

let docker: Promise<boolean> | undefined;
function dockerAnswers(): Promise<boolean> {
  docker ??= import('testcontainers')
    .then(({ getContainerRuntimeClient }) => getContainerRuntimeClient())
    .then(() => true)
    .catch(() => false);
  return docker;
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
