import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Settings } from '@chokepoint/config';
import { openDatabase, startEmbeddedPostgres } from '@chokepoint/persistence';

/**
 * Runs `work` on the configured PostgreSQL (DATABASE_URL), or on the embedded database's folder
 * when none is configured, migrating it first as the service would; always closes what it opened.
 */
export async function withDatabase<T>(settings: Settings, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const { url, schema } = settings.database;
  const embedded = url ? undefined : await startEmbeddedPostgres(join(settings.embeddedDataDir, 'pgdata'));
  try {
    const dataSource = await openDatabase({ url: url ?? embedded!.url, schema, poolSize: 1 });
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}
