import pino from 'pino';
import { ExportDeclaration } from '@chokepoint/contracts';
import { ManualClock } from '@chokepoint/config';
import { startScreeningService, ScreeningService } from '../../apps/screening/src/screening-service';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { runId } from '../support/test-infrastructure';
import { useTestHarness } from '../support/test-harness';
import { eventually, TopicRecorder } from '../support/topic-recorder';
import { scenarioSettings } from '../support/scenario-settings';
import { startTcpProxy, TcpProxy } from '../support/tcp-proxy';

/** How long PostgreSQL stays away; DATABASE_OUTAGE_SECONDS lengthens it for a soak. */
const OUTAGE_MS = Number(process.env.DATABASE_OUTAGE_SECONDS ?? 30) * 1000;
const DECLARATIONS = 3000;
jest.setTimeout(OUTAGE_MS + 240_000);

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const clock = new ManualClock(new Date('2026-11-20T09:00:00Z'));
const samples = new SampleDeclarations(seededRandom(23), { embargoedShare: 0.05, unlicensedShare: 0.05 });

const harness = useTestHarness('outage');
let proxy: TcpProxy;

beforeAll(async () => {
  const target = new URL(harness.database.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
});

afterAll(async () => {
  await proxy?.stop();
});

function throughProxy(url: string): string {
  const via = new URL(url);
  via.hostname = '127.0.0.1';
  via.port = String(proxy.port);
  return via.toString();
}

/** Produces the stream at a steady pace while the service consumes: the embedded broker keeps only a few MB a partition. */
async function stream(topic: string, declarations: ExportDeclaration[], perRound: number, roundMs: number): Promise<void> {
  for (let i = 0; i < declarations.length; i += perRound) {
    const round = declarations.slice(i, i + perRound).map((d) => ({ key: d.declarationId, value: JSON.stringify(declarationEvent(d)) }));
    await harness.producer.send({ topic, acks: -1, messages: round });
    await new Promise((resolve) => setTimeout(resolve, roundMs));
  }
}

describe('PostgreSQL away for 30 seconds during a load', () => {
  let service: ScreeningService;
  let recorder: TopicRecorder;
  const settings = scenarioSettings('outage', { BATCH_MAX_RECORDS: '50', OUTBOX_POLL_MS: '200' });

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  it('pauses, retries, resumes by itself, reports the outage while it lasts, and loses or duplicates nothing', async () => {
    const declarations = Array.from({ length: DECLARATIONS }, (_, i) => samples.declaration(new Date(Date.UTC(2026, 10, 20, 8, 0, i % 3600)), `OUT-${runId}-${i}`));
    await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: [{ key: declarations[0].declarationId, value: JSON.stringify(declarationEvent(declarations[0])) }] });
    recorder = new TopicRecorder(harness.kafka, [settings.topics.holds, settings.topics.clearances, settings.topics.deadLetter]);
    [service] = await Promise.all([
      startScreeningService({ settings, logger, clock, brokers: harness.kafkaInfra.brokers, database: { url: throughProxy(harness.database.url), schema: harness.database.schema, poolSize: harness.database.poolSize } }),
      recorder.start(`outage-${runId}-recorder`),
    ]);
    const decided = () => new Set(recorder.messages.filter((m) => m.topic !== settings.topics.deadLetter).map((m) => m.key)).size;
    const heapBefore = process.memoryUsage().heapUsed;
    let peakHeap = heapBefore;
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 250);

    const load = stream(settings.topics.declarations, declarations.slice(1), 25, 100);
    await eventually('decisions flowing', () => decided() >= 300, 60_000);
    proxy.cut();
    const cutAt = Date.now();
    const down = await eventually('readiness to report the outage', async () => {
      const report = await service.health.readiness();
      return report.status === 'down' && report;
    }, 15_000);
    expect(down.problems).toEqual(expect.arrayContaining([expect.stringContaining('database unreachable')]));
    expect(down.database.reachable).toBe(false);
    // Liveness holds: a restart would not bring the harness.database back.
    expect((await service.health.liveness()).status).toBe('up');
    const duringOutage = decided();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - cutAt))));
    // Nothing can be decided without the ledger; what the outbox had already taken out may still arrive.
    expect(decided() - duringOutage).toBeLessThanOrEqual(settings.outbox.batchSize);
    const refusedWhileCut = proxy.refusedWhileCut;
    proxy.restore();
    const outage = Date.now() - cutAt;
    await load;

    await eventually('every declaration decided after the outage', () => decided() === DECLARATIONS, 180_000);
    clearInterval(sampler);
    const [{ decisions, distinct }] = await service.dataSource.query(`SELECT count(*)::int AS decisions, count(DISTINCT (declaration_id, revision))::int AS distinct FROM screening_decision WHERE declaration_id LIKE $1`, [`OUT-${runId}-%`]);
    const [{ archived }] = await service.dataSource.query(`SELECT count(DISTINCT event_id)::int AS archived FROM declaration_event WHERE declaration_id LIKE $1`, [`OUT-${runId}-%`]);
    await eventually('the outbox drained', async () => (await service.health.readiness()).outbox?.pending === 0);
    const ready = await service.health.readiness();
    const published = new Set(recorder.messages.filter((m) => m.topic !== settings.topics.deadLetter).map((m) => JSON.parse(m.value!.toString()).data.decisionId));
    const figures = { declarations: DECLARATIONS, decisions, distinct, archived, published: published.size, deadLetters: recorder.on(settings.topics.deadLetter).length, outageMs: outage, reconnectsRefusedWhileCut: refusedWhileCut, heapGrowthMb: Math.round((peakHeap - heapBefore) / 1e6) };
    // eslint-disable-next-line no-console
    console.log(JSON.stringify({ databaseOutage: figures }));
    expect(outage).toBeGreaterThanOrEqual(OUTAGE_MS);
    expect(refusedWhileCut).toBeGreaterThan(0);
    expect(decisions).toBe(DECLARATIONS);
    expect(distinct).toBe(DECLARATIONS);
    expect(archived).toBe(DECLARATIONS);
    expect(published.size).toBe(DECLARATIONS);
    expect(figures.deadLetters).toBe(0);
    expect(ready).toMatchObject({ status: 'up', database: { reachable: true } });
    // Bounded memory: the consumer pauses rather than buffering the stream while the ledger is away.
    expect(figures.heapGrowthMb).toBeLessThan(300);
  });
});
