import 'reflect-metadata';
import { createLogger, loadSettings } from '@chokepoint/config';
import { openDatabase } from '@chokepoint/persistence';
import { consoleOptionsFrom, startConsole } from './start-console';

/**
 * The officers' console on its own (`node dist/apps/console/src/main.js`), for deployments that
 * run it apart from the screening instances: it needs DATABASE_URL, and no Kafka (releases go
 * through the outbox, which the screening service's relay publishes).
 */
async function main(): Promise<void> {
  const settings = loadSettings();
  const logger = createLogger(settings.logLevel);
  if (!settings.database.url) throw new Error('the console on its own needs DATABASE_URL (npm start runs it beside the embedded database)');
  if (!settings.console.port) throw new Error('CONSOLE_PORT is 0: nothing to serve');
  const dataSource = await openDatabase({ url: settings.database.url, schema: settings.database.schema, poolSize: settings.database.poolSize });
  const running = await startConsole(consoleOptionsFrom(settings, dataSource, logger));
  if (running.firstUser) process.stdout.write(`First user: ${running.firstUser.username} / ${running.firstUser.password} (shown once)\n`);
  const stop = async () => {
    await running.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((err) => {
  // eslint-disable-next-line no-console
  console.error('chokepoint console failed to start:', err);
  process.exit(1);
});
