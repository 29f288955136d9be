import { join } from 'node:path';
import type { Logger, Settings } from '@chokepoint/config';
import { startEmbeddedBroker } from '@chokepoint/messaging';
import { startEmbeddedPostgres } from '@chokepoint/persistence';

/** The Kafka and PostgreSQL the service talks to: configured ones, or embedded ones started here. */
export interface Infrastructure {
  brokers: string[];
  database: { url: string; poolSize: number; schema: string };
  embeddedBroker: boolean;
  embeddedDatabase: boolean;
  stop(): Promise<void>;
}

interface Started<T> {
  value: T;
  stop(): Promise<void>;
}

const none = async () => undefined;

/** Starts what is not configured, broker and database side by side. */
export async function provideInfrastructure(settings: Settings, logger: Logger): Promise<Infrastructure> {
  const [broker, database] = await Promise.allSettled([kafkaFor(settings, logger), databaseFor(settings, logger)]);
  if (broker.status === 'rejected' || database.status === 'rejected') {
    for (const started of [broker, database]) if (started.status === 'fulfilled') await started.value.stop().catch(none);
    throw broker.status === 'rejected' ? broker.reason : (database as PromiseRejectedResult).reason;
  }
  return {
    brokers: broker.value.value,
    database: database.value.value,
    embeddedBroker: settings.kafka.brokers.length === 0,
    embeddedDatabase: !settings.database.url,
    stop: async () => {
      await database.value.stop();
      await broker.value.stop();
    },
  };
}

async function kafkaFor(settings: Settings, logger: Logger): Promise<Started<string[]>> {
  if (settings.kafka.brokers.length > 0) return { value: settings.kafka.brokers, stop: none };
  const broker = await startEmbeddedBroker();
  logger.warn({ brokers: broker.brokers }, 'KAFKA_BROKERS is unset: started the embedded Kafka-protocol broker (bounded in-memory log; for trying Chokepoint, not for production)');
  return { value: broker.brokers, stop: broker.stop };
}

async function databaseFor(settings: Settings, logger: Logger): Promise<Started<Infrastructure['database']>> {
  const { url, poolSize, schema } = settings.database;
  if (url) return { value: { url, poolSize, schema }, stop: none };
  const dataDir = join(settings.embeddedDataDir, 'pgdata');
  const pg = await startEmbeddedPostgres(dataDir);
  logger.warn({ dataDir }, 'DATABASE_URL is unset: started the embedded PostgreSQL (PGlite); data is kept in this folder');
  // PGlite is one session: one connection, or concurrent transactions would interleave.
  return { value: { url: pg.url, poolSize: 1, schema }, stop: pg.stop };
}
