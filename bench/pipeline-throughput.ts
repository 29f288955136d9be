import { Kafka, logLevel, Partitioners } from 'kafkajs';
import pino from 'pino';
import { loadSettings } from '@chokepoint/config';
import { DecisionEvent } from '@chokepoint/contracts';
import { startScreeningService } from '../apps/screening/src/screening-service';
import { declarationEvent, SampleDeclarations, seededRandom } from '../apps/screening/src/demo/sample-declarations';
import { provideTestDatabase, provideTestKafka, runId } from '../test/support/test-infrastructure';

/**
 * End-to-end throughput of one screening instance: declarations published to Kafka, screened,
 * recorded with their outbox rows, and published as decisions, as a downstream consumer sees them.
 * Producing and consuming run together, with a bounded lead: the embedded broker keeps only
 * about 5 MB a partition, and a topic filled ahead would lose its oldest batches.
 */
const TOTAL = Number(process.env.BENCH_DECLARATIONS ?? 20_000);
const LEAD = 4_000;
const SEND_BATCH = 250;

async function main(): Promise<void> {
  const [kafkaInfra, database] = await Promise.all([provideTestKafka(), provideTestDatabase()]);
  const prefix = `bench-${runId}`;
  const settings = loadSettings({
    KAFKA_GROUP_ID: `${prefix}-screening`,
    KAFKA_FETCH_MAX_WAIT_MS: '100',
    TOPIC_DECLARATIONS: `${prefix}.declarations`,
    TOPIC_DEAD_LETTER: `${prefix}.dlq`,
    TOPIC_HOLDS: `${prefix}.holds`,
    TOPIC_CLEARANCES: `${prefix}.clearances`,
    BATCH_MAX_RECORDS: process.env.BATCH_MAX_RECORDS ?? '500',
  });
  const kafka = new Kafka({ brokers: kafkaInfra.brokers, clientId: prefix, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const samples = new SampleDeclarations(seededRandom(42));
  const events = Array.from({ length: TOTAL }, (_, i) => declarationEvent(samples.declaration(new Date(Date.UTC(2026, 10, 1) + i * 1000), `BENCH-${runId}-${i}`)));
  await producer.send({ topic: settings.topics.declarations, messages: [{ key: 'warm-up', value: JSON.stringify(declarationEvent(samples.declaration(new Date(), 'warm-up'))) }] });

  const service = await startScreeningService({
    settings,
    logger: pino({ level: 'silent' }),
    brokers: kafkaInfra.brokers,
    database: { url: database.url, schema: database.schema, poolSize: database.poolSize },
  });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const consumer = kafka.consumer({ groupId: `${prefix}-downstream`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: [settings.topics.holds, settings.topics.clearances], fromBeginning: true });
  let joined!: () => void;
  const ready = new Promise<void>((resolve) => (joined = resolve));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  let holds = 0;
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const now = performance.now();
      for (const m of batch.messages) {
        const { data } = JSON.parse(m.value!.toString()) as DecisionEvent;
        const sent = sentAt.get(data.declarationId);
        if (sent === undefined) continue;
        sentAt.delete(data.declarationId);
        latencies.push(now - sent);
        if (data.outcome === 'HOLD') holds += 1;
      }
      if (latencies.length >= TOTAL) done();
    },
  });
  await ready;

  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let peakRss = 0;
  for (let i = 0; i < TOTAL; i += SEND_BATCH) {
    while (i - latencies.length > LEAD) await new Promise((resolve) => setTimeout(resolve, 5));
    const slice = events.slice(i, i + SEND_BATCH);
    const now = performance.now();
    for (const e of slice) sentAt.set(e.data.declarationId, now);
    await producer.send({ topic: settings.topics.declarations, messages: slice.map((e) => ({ key: e.data.declarationId, value: JSON.stringify(e) })) });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(0);
  const result = {
    declarations: TOTAL,
    held: holds,
    kafka: kafkaInfra.kind,
    database: database.kind,
    seconds: Number(seconds.toFixed(2)),
    declarationsPerSecond: Math.round(TOTAL / seconds),
    latencyMs: { p50: Number(pct(50)), p95: Number(pct(95)), p99: Number(pct(99)), max: Number(pct(100)) },
    processCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    peakRssMb: Math.round(peakRss / 2 ** 20),
  };
  // eslint-disable-next-line no-console
  console.log(JSON.stringify(result, null, 2));
  await consumer.disconnect();
  await producer.disconnect();
  await service.stop();
  await Promise.all([kafkaInfra.stop(), database.stop()]);
}

main().catch((err) => {
  // eslint-disable-next-line no-console
  console.error(err);
  process.exit(1);
});
