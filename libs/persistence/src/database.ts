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

/** Connects, creates the schema if needed and applies pending migrations, all or none. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    await dataSource.runMigrations({ transaction: 'all' });
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
