import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { INestMicroservice } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, Logger, Settings, systemClock } from '@chokepoint/config';
import { DEFAULT_RULE_SET_FILE, readRuleSetFile, RuleSet } from '@chokepoint/detection';
import { createKafka, createProducer, DeadLetterPublisher, KafkaBatchTransport, OutboxRelay, RecordBatch } from '@chokepoint/messaging';
import { DeclarationArchive, openDatabase, OutboxStore, PartyAllowlistStore, RuleSetStore, ScreeningLedger } from '@chokepoint/persistence';
import { DeclarationScreening } from './declaration-screening';
import { nestLogger } from './nest-logger';
import { PartyListKeeper } from './party-list-keeper';
import { ScreeningModule } from './screening.module';
import { ScreeningMetrics } from './screening-metrics';
import { ScreeningRules } from './screening-rules';
import { ServiceHealth } from './service-health';

export interface ScreeningServiceOptions {
  settings: Settings;
  brokers: string[];
  database: { url: string; poolSize: number; schema: string };
  logger: Logger;
  clock?: Clock;
  /** The rule set to activate if the database has none active; otherwise read from the settings' file. */
  ruleSet?: RuleSet;
  /** Party lists already loaded (tests share one); otherwise loaded from the settings. */
  partyLists?: PartyListKeeper;
  /** Fault injection for tests: runs after a batch is persisted, before its offsets are committed. */
  beforeCommit?: (batch: RecordBatch) => Promise<void>;
}

export interface ScreeningService {
  dataSource: DataSource;
  relay: OutboxRelay;
  partyLists: PartyListKeeper;
  rules: ScreeningRules;
  metrics: ScreeningMetrics;
  /** The liveness and readiness probes, also served as `/health` and `/ready` beside `/metrics`. */
  health: ServiceHealth;
  /** The port `/metrics` is served on, when it is. */
  metricsPort?: number;
  /** Drains the batch in hand, commits it, publishes what the outbox holds, and disconnects. */
  stop(): Promise<void>;
}

/** Starts one screening instance: consumer group member, pipeline, outbox relay. */
export async function startScreeningService(options: ScreeningServiceOptions): Promise<ScreeningService> {
  const { settings, logger } = options;
  const clock = options.clock ?? systemClock;
  const bootstrap = () => options.ruleSet ?? readRuleSetFile(settings.ruleSets.file ?? DEFAULT_RULE_SET_FILE, settings.ruleSets.referenceDataDir);
  const partyLists = options.partyLists ?? (await PartyListKeeper.start({ ...settings.partyScreening, logger: logger.child({ component: 'party-lists' }) }));
  const dataSource = await openDatabase(options.database);
  const allowlistStore = new PartyAllowlistStore(dataSource);
  const unfollowAllowlist = await partyLists.followAllowlist(() => allowlistStore.inForce(), settings.partyScreening.allowlistRefreshSeconds).catch(async (error) => {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  });
  const metrics = new ScreeningMetrics();
  const instanceId = randomUUID();
  let rules: ScreeningRules;
  try {
    rules = await ScreeningRules.start({
      store: new RuleSetStore(dataSource),
      archive: new DeclarationArchive(dataSource),
      bootstrap,
      refreshSeconds: settings.ruleSets.refreshSeconds,
      instanceId,
      logger: logger.child({ component: 'rule-set' }),
      now: () => clock.now(),
    });
  } catch (error) {
    unfollowAllowlist();
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  const kafka = createKafka(options.brokers, `${settings.kafka.clientId}-screening`, logger);
  const producer = createProducer(kafka);
  let app: INestMicroservice | undefined;
  let relay: OutboxRelay | undefined;
  let metricsServer: { port: number; close(): Promise<void> } | undefined;
  let health: ServiceHealth | undefined;
  try {
    await producer.connect();
    const outboxStore = new OutboxStore(dataSource);
    relay = new OutboxRelay(outboxStore, producer, settings.outbox, logger.child({ component: 'outbox' }));
    const screening = new DeclarationScreening({
      ledger: new ScreeningLedger(dataSource, instanceId),
      deadLetters: new DeadLetterPublisher(producer, settings.topics.deadLetter),
      outbox: relay,
      inputs: () => {
        metrics.inForce(rules.ruleSet);
        return { screening: { ruleSet: rules.ruleSet, partyLists: partyLists.screener, history: rules.history }, history: rules.history, decisionSource: settings.screening.decisionSource, topics: settings.topics };
      },
      beforeBatch: () => rules.catchUp(),
      metrics,
      maxRecordBytes: settings.screening.maxRecordBytes,
      maxFutureSkewMs: settings.screening.maxEventTimeSkewSeconds * 1000,
      clock,
      logger: logger.child({ component: 'screening' }),
    });
    const transport = new KafkaBatchTransport({
      kafka,
      groupId: settings.kafka.groupId,
      topic: settings.topics.declarations,
      maxRecords: settings.screening.batchMaxRecords,
      fetchMaxWaitMs: settings.kafka.fetchMaxWaitMs,
      sessionTimeoutMs: settings.kafka.sessionTimeoutMs,
      beforeCommit: options.beforeCommit,
    });
    app = await NestFactory.createMicroservice(ScreeningModule.register(screening), { strategy: transport, logger: nestLogger(logger) });
    relay.start();
    await app.listen();
    metrics.inForce(rules.ruleSet);
    const consumer = transport;
    health = new ServiceHealth({ consumer: () => consumer.state, outboxBacklog: () => outboxStore.backlog(), clock, maxOutboxAgeSeconds: settings.health.maxOutboxAgeSeconds, databaseTimeoutMs: 2000 });
    const probes = health;
    metrics.followOutbox(() => outboxStore.backlog(), clock);
    metrics.followHistory(() => ({ ...rules.history.size }));
    if (settings.metrics.port) metricsServer = await metrics.serve(settings.metrics.port, { '/health': () => probes.liveness(), '/ready': () => probes.readiness() });
    logger.info({ ruleSetVersion: rules.ruleSet.version, metricsPort: metricsServer?.port, topic: settings.topics.declarations, groupId: settings.kafka.groupId }, 'screening service started');
  } catch (error) {
    await metricsServer?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await relay?.stop().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    unfollowAllowlist();
    rules.stop();
    await dataSource.destroy().catch(() => undefined);
    if (!options.partyLists) partyLists.stop();
    throw error;
  }
  const started = { app, relay, metricsServer, health: health! };
  return {
    dataSource,
    relay,
    partyLists,
    rules,
    metrics,
    health: started.health,
    ...(metricsServer ? { metricsPort: metricsServer.port } : {}),
    async stop() {
      unfollowAllowlist();
      rules.stop();
      await started.metricsServer?.close();
      if (!options.partyLists) partyLists.stop();
      await started.app.close();
      await started.relay.stop();
      await producer.disconnect();
      await dataSource.destroy();
      logger.info('screening service stopped');
    },
  };
}
