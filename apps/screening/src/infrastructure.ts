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

export async function provideInfrastructure(settings: Settings, logger: Logger): Promise<Infrastructure> {
  const stops: (() => Promise<void>)[] = [];
  try {
    let brokers = settings.kafka.brokers;
    if (brokers.length === 0) {
      const broker = await startEmbeddedBroker();
      stops.push(broker.stop);
      brokers = broker.brokers;
      logger.warn({ brokers }, 'KAFKA_BROKERS is unset: started the embedded Kafka-protocol broker (bounded in-memory log; for trying Chokepoint, not for production)');
    }
    let database = { url: settings.database.url ?? '', poolSize: settings.database.poolSize, schema: settings.database.schema };
    if (!settings.database.url) {
      const dataDir = join(settings.embeddedDataDir, 'pgdata');
      const pg = await startEmbeddedPostgres(dataDir);
      stops.push(pg.stop);
      // PGlite is one session: one connection, or concurrent transactions would interleave.
      database = { url: pg.url, poolSize: 1, schema: settings.database.schema };
      logger.warn({ dataDir }, 'DATABASE_URL is unset: started the embedded PostgreSQL (PGlite); data is kept in this folder');
    }
    return {
      brokers,
      database,
      embeddedBroker: settings.kafka.brokers.length === 0,
      embeddedDatabase: !settings.database.url,
      stop: async () => {
        for (const stop of stops.reverse()) await stop();
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}
