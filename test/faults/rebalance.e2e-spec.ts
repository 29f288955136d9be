import pino from 'pino';
import { ExportDeclaration } from '@chokepoint/contracts';
import { ManualClock } from '@chokepoint/config';
import { startScreeningService, ScreeningService } from '../../apps/screening/src/screening-service';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { runId } from '../support/test-infrastructure';
import { useTestHarness } from '../support/test-harness';
import { eventually, TopicRecorder } from '../support/topic-recorder';
import { scenarioSettings } from '../support/scenario-settings';

jest.setTimeout(240_000);

const DECLARATIONS = 3000;
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const clock = new ManualClock(new Date('2026-11-20T09:00:00Z'));
const samples = new SampleDeclarations(seededRandom(31), { embargoedShare: 0.05, unlicensedShare: 0.05 });

const harness = useTestHarness('rebalance');

/** Amendments and redeliveries ride along: a rebalance re-delivers what was not yet committed, and they must not decide twice either. */
function streamOf(count: number): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (let i = 0; out.length < count; i++) {
    const d: ExportDeclaration = samples.declaration(new Date(Date.UTC(2026, 10, 20, 8, 0, i % 3600)), `RB-${runId}-${i}`);
    const value = JSON.stringify(declarationEvent(d));
    out.push({ key: d.declarationId, value });
    if (i % 10 === 3) out.push({ key: d.declarationId, value });
    if (i % 10 === 7) out.push({ key: d.declarationId, value: JSON.stringify(declarationEvent({ ...d, revision: 1 })) });
  }
  return out.slice(0, count);
}

describe('a rebalance in the middle of a load', () => {
  const settings = scenarioSettings('rebalance', { BATCH_MAX_RECORDS: '40', KAFKA_SESSION_TIMEOUT_MS: '10000' });
  const services: ScreeningService[] = [];
  let recorder: TopicRecorder;

  afterAll(async () => {
    await recorder?.stop();
    for (const service of services) await service.stop().catch(() => undefined);
  });

  const start = () =>
    startScreeningService({ settings, logger, clock, brokers: harness.kafkaInfra.brokers, database: { url: harness.database.url, schema: harness.database.schema, poolSize: harness.database.poolSize } }).then((s) => (services.push(s), s));

  it('with a second instance joining and then leaving: nothing lost, no second decision of record', async () => {
    const records = streamOf(DECLARATIONS);
    const revisions = new Set(records.map((r) => { const e = JSON.parse(r.value); return `${e.data.declarationId}#${e.data.revision}`; }));
    await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: records.slice(0, 1) });
    recorder = new TopicRecorder(harness.kafka, [settings.topics.holds, settings.topics.clearances, settings.topics.deadLetter]);
    const [first] = await Promise.all([start(), recorder.start(`rebalance-${runId}-recorder`)]);
    const decided = () => new Set(recorder.messages.filter((m) => m.topic !== settings.topics.deadLetter).map((m) => { const d = JSON.parse(m.value!.toString()).data; return `${d.declarationId}#${d.revision}`; })).size;

    let produced = 1;
    const load = (async () => {
      while (produced < records.length) {
        await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: records.slice(produced, produced + 30) });
        produced += 30;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    await eventually('a first share decided', () => decided() >= 400, 60_000);
    const second = await start();
    const shared = await eventually('the partitions shared between the two', () => {
      const [a, b] = [first, second].map((s) => s.health.readiness());
      return Promise.all([a, b]).then(([ra, rb]) => ra.kafka.partitions.length > 0 && rb.kafka.partitions.length > 0 && [ra.kafka.partitions, rb.kafka.partitions]);
    }, 60_000);
    expect(shared[0].filter((p) => shared[1].includes(p))).toEqual([]);
    await eventually('more decided with two instances', () => decided() >= 1500, 120_000);
    await second.stop();
    services.splice(services.indexOf(second), 1);
    await load;

    await eventually('every revision decided', () => decided() === revisions.size, 120_000);
    const [{ decisions, distinct }] = await first.dataSource.query(
      `SELECT count(*)::int AS decisions, count(DISTINCT (declaration_id, revision))::int AS distinct FROM screening_decision WHERE declaration_id LIKE $1`,
      [`RB-${runId}-%`],
    );
    const after = await first.health.readiness();
    // eslint-disable-next-line no-console
    console.log(JSON.stringify({ rebalance: { records: records.length, revisions: revisions.size, decisions, distinct, partitions: shared, dead: recorder.on(settings.topics.deadLetter).length } }));
    expect(decisions).toBe(revisions.size);
    expect(distinct).toBe(revisions.size);
    expect(recorder.on(settings.topics.deadLetter)).toEqual([]);
    expect(after.kafka.partitions.length).toBeGreaterThan(shared[0].length);
  });
});
