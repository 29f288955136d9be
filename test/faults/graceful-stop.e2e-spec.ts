import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ManualClock } from '@chokepoint/config';
import { openDatabase } from '@chokepoint/persistence';
import { startScreeningService } from '../../apps/screening/src/screening-service';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { runId } from '../support/test-infrastructure';
import { useTestHarness } from '../support/test-harness';
import { eventually, TopicRecorder } from '../support/topic-recorder';
import { scenarioSettings } from '../support/scenario-settings';

jest.setTimeout(240_000);

const DECLARATIONS = 3000;
/** What the README promises: SHUTDOWN_TIMEOUT_SECONDS' default. */
const STOP_BOUND_MS = 30_000;
const main = join(__dirname, '../../dist/apps/screening/src/main.js');
const samples = new SampleDeclarations(seededRandom(41), { embargoedShare: 0.05, unlicensedShare: 0.05 });

const harness = useTestHarness('stop');
let ledger: DataSource;

afterAll(async () => {
  await ledger?.destroy();
});

/** The service as operators run it: its own process, configured by the environment. */
function startProcess(settings: ReturnType<typeof scenarioSettings>): Promise<ChildProcess> {
  const env = {
    ...process.env,
    KAFKA_BROKERS: harness.kafkaInfra.brokers.join(','),
    DATABASE_URL: harness.database.url,
    DATABASE_SCHEMA: harness.database.schema,
    KAFKA_GROUP_ID: settings.kafka.groupId,
    KAFKA_SESSION_TIMEOUT_MS: '10000',
    TOPIC_DECLARATIONS: settings.topics.declarations,
    TOPIC_DEAD_LETTER: settings.topics.deadLetter,
    TOPIC_HOLDS: settings.topics.holds,
    TOPIC_CLEARANCES: settings.topics.clearances,
    BATCH_MAX_RECORDS: '100',
    DEMO_FEED: 'off',
    CONSOLE_PORT: '0',
    METRICS_PORT: '0',
    SANCTIONS_LISTS: '',
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('screening service started')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before it started: ${out.slice(-2000)}`)));
  });
}

describe('SIGTERM during a load', () => {
  const settings = scenarioSettings('sigterm');

  it('commits the batch in hand, flushes the outbox, and exits 0 within the bound; the next instance decides nothing twice', async () => {
    const records = Array.from({ length: DECLARATIONS }, (_, i) => {
      const d = samples.declaration(new Date(Date.UTC(2026, 10, 20, 8, 0, i % 3600)), `STOP-${runId}-${i}`);
      return { key: d.declarationId, value: JSON.stringify(declarationEvent(d)) };
    });
    await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: records.slice(0, 1) });
    const recorder = new TopicRecorder(harness.kafka, [settings.topics.holds, settings.topics.clearances, settings.topics.deadLetter]);
    const [child] = await Promise.all([startProcess(settings), recorder.start(`stop-${runId}-recorder`)]);
    const decided = () => new Set(recorder.messages.map((m) => m.key)).size;

    let produced = 1;
    let producing = true;
    const load = (async () => {
      while (producing && produced < records.length) {
        await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: records.slice(produced, produced + 25) });
        produced += 25;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    })();
    await eventually('decisions flowing', () => decided() >= 500, 90_000);

    const exited = new Promise<{ code: number | null; ms: number }>((resolve) => {
      const sentAt = Date.now();
      child.once('exit', (code) => resolve({ code, ms: Date.now() - sentAt }));
    });
    child.kill('SIGTERM');
    const { code, ms } = await exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(STOP_BOUND_MS);

    ledger = await openDatabase({ url: harness.database.url, schema: harness.database.schema, poolSize: 2 });
    const [{ waiting }] = await ledger.query(`SELECT count(*)::int AS waiting FROM outbox_message`);
    const [{ archived }] = await ledger.query(`SELECT count(*)::int AS archived FROM declaration_event WHERE declaration_id LIKE $1`, [`STOP-${runId}-%`]);
    const [{ decisions }] = await ledger.query(`SELECT count(*)::int AS decisions FROM screening_decision WHERE declaration_id LIKE $1`, [`STOP-${runId}-%`]);
    // The batch in hand was committed: the group's offsets cover exactly what was archived.
    const admin = harness.kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: settings.kafka.groupId, topics: [settings.topics.declarations] });
    await admin.disconnect();
    const committedRecords = committed.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    expect(waiting).toBe(0);
    expect(decisions).toBe(archived);
    expect(committedRecords).toBe(archived);
    // Every decision on record was published before the exit.
    await eventually('the flushed decisions read back', () => decided() >= decisions);

    producing = false;
    await load;
    const rest = records.slice(produced);
    for (let i = 0; i < rest.length; i += 200) await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: rest.slice(i, i + 200) });
    const next = await startScreeningService({
      settings,
      logger: pino({ level: 'silent' }),
      clock: new ManualClock(new Date('2026-11-20T09:00:00Z')),
      brokers: harness.kafkaInfra.brokers,
      database: { url: harness.database.url, schema: harness.database.schema, poolSize: harness.database.poolSize },
    });
    try {
      await eventually('the rest decided by the next instance', () => decided() === DECLARATIONS, 120_000);
    } finally {
      await next.stop();
    }
    const [after] = await ledger.query(`SELECT count(*)::int AS decisions, count(DISTINCT declaration_id)::int AS distinct FROM screening_decision WHERE declaration_id LIKE $1`, [`STOP-${runId}-%`]);
    const published = recorder.messages.filter((m) => m.topic !== settings.topics.deadLetter).length;
    await recorder.stop();
    // eslint-disable-next-line no-console
    console.log(JSON.stringify({ sigterm: { exitCode: code, exitMs: ms, decidedBeforeStop: decisions, committedRecords, outboxLeft: waiting, declarations: DECLARATIONS, decisionsOfRecord: after.decisions, published } }));
    expect(after).toEqual({ decisions: DECLARATIONS, distinct: DECLARATIONS });
    // Nothing the first instance committed was re-delivered to the next: each decision published once.
    expect(published).toBe(DECLARATIONS);
  });
});
