import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  schema: string;
  poolSize: number;
}

/** A TypeORM data source over `pg`; the schema comes from migrations, never from `synchronize`. */
export function createDataSource(options: DatabaseOptions): DataSource {
  const searchPath = options.schema === 'public' ? undefined : `-c search_path=${options.schema}`;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'chokepoint_migrations',
    synchronize: false,
    extra: { max: options.poolSize, ...(searchPath ? { options: searchPath } : {}) },
  });
}

/**
 * Connects, creates the schema if needed and applies pending migrations, all or none.
 * A database that refuses connections at start-up (restarting, or still releasing a previous
 * session, as the one-session embedded database does) is tried again with backoff.
 */
export async function openDatabase(options: DatabaseOptions, connectAttempts = 8): Promise<DataSource> {
  const dataSource = await connect(options, connectAttempts);
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    await dataSource.runMigrations({ transaction: 'all' });
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

async function connect(options: DatabaseOptions, attempts: number): Promise<DataSource> {
  for (let attempt = 1; ; attempt++) {
    const dataSource = createDataSource(options);
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (attempt >= attempts || !isConnectionRefusal(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 100 * 2 ** attempt)));
    }
  }
}

function isConnectionRefusal(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return ['ECONNREFUSED', 'ECONNRESET', '57P03'].includes(code ?? '') || /Connection terminated unexpectedly/.test(message ?? '');
}
