import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger, loadSettings, Logger, Settings, systemClock } from '@chokepoint/config';
import { createKafka } from '@chokepoint/messaging';
import { DataSource } from 'typeorm';
import { consoleOptionsFrom, startConsole } from '../../console/src/start-console';
import { printDecisions } from './demo/decision-printer';
import { DemoFeed } from './demo/demo-feed';
import { provideInfrastructure } from './infrastructure';
import { startScreeningService } from './screening-service';

/**
 * `npm start`: the screening service on the configured Kafka and PostgreSQL, or, where they are
 * not configured, on an embedded broker and database with a demo feed of sample declarations.
 */
async function main(): Promise<void> {
  const loaded = loadSettings();
  const logger = createLogger(loaded.logLevel);
  const infrastructure = await provideInfrastructure(loaded, logger);
  const settings = withDemoLists(loaded, infrastructure.embeddedBroker, logger);
  const demo = settings.demoFeed.mode === 'on' || (settings.demoFeed.mode === 'auto' && infrastructure.embeddedBroker);
  const kafka = createKafka(infrastructure.brokers, `${settings.kafka.clientId}-demo`, logger);
  // A new seed each start: the archive survives restarts, and the same ids would only be re-published.
  const feed = demo
    ? new DemoFeed(kafka, settings.topics.declarations, settings.demoFeed.perSecond, systemClock, logger.child({ component: 'demo-feed' }), systemClock.now().getTime() % 2 ** 31)
    : undefined;
  // The printer joins its consumer group while the service joins its own.
  const [service, printer] = await Promise.all([
    startScreeningService({ settings, logger, brokers: infrastructure.brokers, database: infrastructure.database }),
    demo ? printDecisions(kafka, [settings.topics.holds, settings.topics.clearances], settings.kafka.fetchMaxWaitMs, logger) : undefined,
  ]);
  await feed?.start();
  const officers = settings.console.port ? await startConsoleBeside(service.dataSource, settings, logger) : undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining the batch in hand');
    // Bounded: a broker or database that stopped answering must not keep the process from exiting.
    setTimeout(() => {
      logger.error({ timeoutSeconds: settings.shutdownTimeoutSeconds }, 'shutdown did not finish in time; exiting (what was not committed is re-delivered on restart)');
      process.exit(1);
    }, settings.shutdownTimeoutSeconds * 1000).unref();
    try {
      await feed?.stop();
      await officers?.close();
      await printer?.disconnect();
      await service.stop();
      await infrastructure.stop();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGHUP', () => {
    void service.rules.refresh();
    void service.partyLists.reload();
    service.partyLists.refreshAllowlist().catch((err) => logger.error({ err }, 'allowlist refresh failed'));
  });
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * The officers' console in the same process, on the service's own database connection (the
 * embedded database takes one session). With no users yet and no identity provider, a first
 * supervisor is created and its password printed once.
 */
async function startConsoleBeside(dataSource: DataSource, settings: Settings, logger: Logger) {
  const running = await startConsole(consoleOptionsFrom(settings, dataSource, logger));
  if (running.firstUser) {
    process.stdout.write(`\n  Officers' console: ${running.url}\n  First user: ${running.firstUser.username} / ${running.firstUser.password}  (shown once; add others with \`npx chokepoint users add\`)\n\n`);
  } else {
    logger.info({ url: running.url }, "officers' console");
  }
  return running;
}

/**
 * On the embedded default with no lists configured, screen against the reference copies beside
 * the repository (../shared/data), so the demo shows party matches; a deployment names its own.
 */
function withDemoLists(settings: Settings, embedded: boolean, logger: Logger): Settings {
  const data = resolve(__dirname, '../../../../../shared/data');
  if (settings.partyScreening.lists.length || !embedded || !existsSync(data)) return settings;
  const lists = [`ofac-sdn:${data}/ofac-sdn`, `ofac-consolidated:${data}/ofac-consolidated`, `un-xml:${data}/un/consolidated.xml`, `bis-dpl:${data}/bis-dpl/dpl.txt`];
  logger.info({ lists }, 'SANCTIONS_LISTS unset: the embedded demo screens against the reference lists in ../shared/data');
  return { ...settings, partyScreening: { ...settings.partyScreening, lists } };
}

main().catch((err) => {
  // eslint-disable-next-line no-console
  console.error('chokepoint failed to start:', err);
  process.exit(1);
});
