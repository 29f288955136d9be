import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SETTINGS_SCHEMA } from '@chokepoint/config';

/** docker compose cannot run here (no Docker engine); this checks what it would run. */
describe('docker-compose.yml', () => {
  const root = join(__dirname, '..');
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));

  it('runs Kafka in KRaft mode, without ZooKeeper', () => {
    const env = compose.services.kafka.environment;
    expect(env.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toMatch(/^1@kafka:\d+$/);
    expect(Object.keys(compose.services)).not.toContain('zookeeper');
    expect(compose.services.kafka.healthcheck).toBeDefined();
  });

  it('runs PostgreSQL with a volume and a health check', () => {
    expect(compose.services.postgres.image).toMatch(/^postgres:/);
    expect(compose.services.postgres.volumes[0]).toMatch(/^pgdata:/);
    expect(compose.services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');
  });

  it('starts the service on both, once they are healthy, with valid settings', () => {
    const screening = compose.services.screening;
    expect(screening.depends_on).toEqual({ kafka: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } });
    expect(screening.environment.KAFKA_BROKERS).toBe(`kafka:${compose.services.kafka.environment.KAFKA_LISTENERS.match(/PLAINTEXT:\/\/:(\d+)/)[1]}`);
    const pg = compose.services.postgres.environment;
    expect(screening.environment.DATABASE_URL).toBe(`postgres://${pg.POSTGRES_USER}:${pg.POSTGRES_PASSWORD}@postgres:5432/${pg.POSTGRES_DB}`);
    for (const name of Object.keys(screening.environment)) expect(Object.keys(SETTINGS_SCHEMA.shape)).toContain(name);
    expect(SETTINGS_SCHEMA.safeParse(screening.environment).success).toBe(true);
  });

  it('builds the image the Dockerfile describes, running the built service', () => {
    expect(compose.services.screening.build.dockerfile).toBe('deploy/Dockerfile');
    const dockerfile = readFileSync(join(root, 'deploy/Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm ci');
    expect(dockerfile).toContain('npm run build');
    const cmd = /CMD \["node", "([^"]+)"\]/.exec(dockerfile)![1];
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toContain(cmd);
  });
});
