import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { DecisionEvent, ExportDeclaration } from '@chokepoint/contracts';
import { ManualClock, Settings } from '@chokepoint/config';
import { DEAD_LETTER_HEADERS } from '@chokepoint/messaging';
import { OutboxStore } from '@chokepoint/persistence';
import { startScreeningService, ScreeningService } from '../../apps/screening/src/screening-service';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { runId } from '../support/test-infrastructure';
import { useTestHarness } from '../support/test-harness';
import { eventually, TopicRecorder } from '../support/topic-recorder';
import { scenarioSettings } from '../support/scenario-settings';

jest.setTimeout(120_000);

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const clock = new ManualClock(new Date('2026-11-20T09:00:00Z'));
const samples = new SampleDeclarations(seededRandom(11), { embargoedShare: 0, unlicensedShare: 0 });
const cli = join(__dirname, '../../dist/apps/cli/src/main.js');

const harness = useTestHarness('e2e');

/** A clean declaration to a regular manufacturer in a partner state. */
function declaration(id: string, overrides: Partial<ExportDeclaration> = {}): ExportDeclaration {
  const sample = samples.declaration(new Date('2026-11-20T08:00:00Z'), id);
  const consignee = { name: 'Lakeside Tooling Inc.', country: 'US', address: '12 Harbor Rd, Duluth MN', kind: 'MANUFACTURER' as const };
  const items = [{ lineNumber: 1, hsCode: '6109100000', description: 'Cotton T-shirts', quantity: 500, unit: 'PCE', value: 2500, originCountry: 'VN' }];
  return { ...sample, destinationCountry: 'US', parties: { exporter: sample.parties.exporter, consignee }, items, totalValue: 2500, ...overrides };
}

function record(d: ExportDeclaration, eventId?: string) {
  const event = declarationEvent(d);
  return { key: d.declarationId, value: JSON.stringify(eventId ? { ...event, id: eventId } : event) };
}

async function publish(settings: Settings, messages: { key: string; value: string }[]): Promise<void> {
  await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages });
}

function decisions(recorder: TopicRecorder, settings: Settings, key: string): DecisionEvent[] {
  return [...recorder.on(settings.topics.holds, key), ...recorder.on(settings.topics.clearances, key)].map((m) => JSON.parse(m.value!.toString()));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function scenario(name: string, extra: Record<string, string> = {}) {
  const settings = scenarioSettings(name, extra);
  await publish(settings, [record(declaration(`WARMUP-${name}-${runId}`))]);
  const recorder = new TopicRecorder(harness.kafka, [settings.topics.holds, settings.topics.clearances, settings.topics.deadLetter]);
  const [service] = await Promise.all([
    startScreeningService({ settings, logger, clock, brokers: harness.kafkaInfra.brokers, database: { url: harness.database.url, schema: harness.database.schema, poolSize: harness.database.poolSize } }),
    recorder.start(`e2e-${runId}-${name}-recorder`),
  ]);
  await eventually('the warm-up decision', () => decisions(recorder, settings, `WARMUP-${name}-${runId}`).length > 0);
  return { settings, recorder, service };
}

describe('a record the harness.database refuses, and event ids re-used', () => {
  let settings: Settings;
  let recorder: TopicRecorder;
  let service: ScreeningService;

  beforeAll(async () => {
    ({ settings, recorder, service } = await scenario('refusals'));
  });

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  it('dead-letters only the refused record as DATABASE_REJECTED, records the rest of its batch, and does not stall the partition', async () => {
    // A rule of the harness.database the contract does not know (as a DBA's constraint would be): the ledger refuses these ids.
    await service.dataSource.query(`ALTER TABLE declaration_event ADD CONSTRAINT e2e_refuses CHECK (declaration_id NOT LIKE 'REFUSED-%')`);
    const key = `BATCH-${runId}`;
    const refused = declaration(`REFUSED-${runId}`);
    const around = [declaration(`${key}-A`), declaration(`${key}-B`), declaration(`${key}-C`)];
    // One partition, so one batch: before, the batch was retried for ever and its partition stalled.
    const onePartition = (d: ExportDeclaration) => ({ ...record(d), partition: 0 });
    await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: [around[0], refused, around[1], around[2]].map(onePartition) });
    await eventually('the three declarations around the refused one', () => around.every((d) => decisions(recorder, settings, d.declarationId).length > 0));
    const [dead] = await eventually('the dead letter', () => recorder.on(settings.topics.deadLetter, refused.declarationId).length > 0 && recorder.on(settings.topics.deadLetter, refused.declarationId));
    expect(dead.headers[DEAD_LETTER_HEADERS.reason]).toBe('DATABASE_REJECTED');
    expect(dead.headers[DEAD_LETTER_HEADERS.detail]).toContain('SQLSTATE 23514');
    expect(dead.value!.toString()).toBe(record(refused).value);

    const after = declaration(`AFTER-${runId}`);
    await harness.producer.send({ topic: settings.topics.declarations, acks: -1, messages: [onePartition(after)] });
    await eventually('a declaration behind the refused one', () => decisions(recorder, settings, after.declarationId).length > 0);
    // Refused once, not once per retry.
    expect(recorder.on(settings.topics.deadLetter, refused.declarationId)).toHaveLength(1);
    const [archived] = await service.dataSource.query(`SELECT count(*)::int AS n FROM declaration_event WHERE declaration_id LIKE $1`, [`${key}-%`]);
    expect(archived.n).toBe(3);
    await service.dataSource.query(`ALTER TABLE declaration_event DROP CONSTRAINT e2e_refuses`);
  });

  it('dead-letters an event id that arrives again with other content, and re-publishes on the same content', async () => {
    const original = declaration(`REUSE-${runId}`);
    const eventId = `evt-reuse-${runId}`;
    await publish(settings, [record(original, eventId)]);
    const [first] = await eventually('the first decision', () => decisions(recorder, settings, original.declarationId).length > 0 && decisions(recorder, settings, original.declarationId));

    const altered = { ...original, destinationCountry: 'KP' };
    await publish(settings, [record(altered, eventId), record(original, eventId)]);
    const [dead] = await eventually('the dead letter', () => recorder.on(settings.topics.deadLetter, original.declarationId).length > 0 && recorder.on(settings.topics.deadLetter, original.declarationId));
    expect(dead.headers[DEAD_LETTER_HEADERS.reason]).toBe('EVENT_ID_REUSED');
    expect(dead.headers[DEAD_LETTER_HEADERS.detail]).toContain(eventId);
    expect(JSON.parse(dead.value!.toString()).data.destinationCountry).toBe('KP');
    // The same content again is a redelivery: the decision of record, published again.
    const again = await eventually('the re-published decision', () => decisions(recorder, settings, original.declarationId).length >= 2 && decisions(recorder, settings, original.declarationId));
    expect(again[1]).toEqual(first);
    const archived = await service.dataSource.query(`SELECT payload FROM declaration_event WHERE event_id = $1`, [eventId]);
    expect(archived).toHaveLength(1);
    expect(archived[0].payload.data.destinationCountry).toBe('US');
  });
});

describe('an outbox message that can never be published', () => {
  it('is parked with its error, counted, shown in the health detail, and the rest flows on; the CLI lists and re-sends it', async () => {
    const metricsPort = await freePort();
    const { settings, recorder, service } = await scenario('parking', { OUTBOX_MAX_MESSAGE_BYTES: '1000', METRICS_PORT: String(metricsPort) });
    try {
      // A hold explains itself at length; a clean clearance is short (about 1,700 and 400 bytes).
      const large = declaration(`LARGE-${runId}`, { destinationCountry: 'KP' });
      const behind = [1, 2, 3].map((i) => declaration(`BEHIND-${i}-${runId}`));
      await publish(settings, [record(large), ...behind.map((d) => record(d))]);
      await eventually('the decisions behind the parked one', () => behind.every((d) => decisions(recorder, settings, d.declarationId).length > 0));
      const store = new OutboxStore(service.dataSource);
      const [parked] = await eventually('the parked decision', async () => (await store.parked()).length > 0 && store.parked());
      expect(parked).toMatchObject({ topic: settings.topics.holds, key: large.declarationId, error: expect.stringContaining('MESSAGE_TOO_LARGE') });
      expect(decisions(recorder, settings, large.declarationId)).toEqual([]);

      const ready = await fetch(`http://127.0.0.1:${metricsPort}/ready`);
      const report = await ready.json();
      expect(ready.status).toBe(200);
      expect(report).toMatchObject({ status: 'up', outbox: { parked: 1, pending: 0 }, warnings: [expect.stringContaining('1 decision(s) refused by the broker are parked')] });
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(metrics).toMatch(/^chokepoint_outbox_parked_messages 1$/m);
      expect(metrics).toMatch(/^chokepoint_outbox_pending_messages 0$/m);
      expect(metrics).toMatch(/^chokepoint_history_entries\{structure="consignees"\} [1-9]\d*$/m);

      const env = { ...process.env, DATABASE_URL: harness.database.url, DATABASE_SCHEMA: harness.database.schema, LOG_LEVEL: 'silent' };
      const run = (...args: string[]) => promisify(execFile)('node', [cli, 'outbox', ...args], { env });
      const listed = JSON.parse((await run('list', '--json')).stdout);
      expect(listed).toEqual([expect.objectContaining({ id: parked.id, key: large.declarationId, decisionId: expect.any(String), bytes: expect.any(Number), error: expect.stringContaining('MESSAGE_TOO_LARGE') })]);
      expect(listed[0].bytes).toBeGreaterThan(1000);
      // Re-sent while the cause stands, it is parked again, and still blocks nothing.
      expect((await run('resend', '--all')).stdout).toContain('1 parked message(s) put back in the outbox');
      service.relay.wake();
      await eventually('parked again', async () => (await store.backlog()).parked === 1 && (await store.backlog()).pending === 0);
      expect((await run('status')).stdout).toBe('0 waiting to be published; 1 parked\n');
    } finally {
      await recorder.stop();
      await service.stop();
    }
  });
});

describe('health and readiness', () => {
  it('answer with what the consumer, the harness.database and the outbox are doing', async () => {
    const metricsPort = await freePort();
    const { service, recorder } = await scenario('health', { METRICS_PORT: String(metricsPort) });
    try {
      const live = await fetch(`http://127.0.0.1:${metricsPort}/health`);
      expect(live.status).toBe(200);
      const ready = await eventually('readiness', async () => {
        const answer = await fetch(`http://127.0.0.1:${metricsPort}/ready`);
        return answer.status === 200 && answer.json();
      });
      expect(ready).toMatchObject({ status: 'up', problems: [], kafka: { joined: true, partitions: expect.arrayContaining([0]) }, database: { reachable: true }, outbox: { pending: 0, oldestPendingAgeSeconds: 0 } });
    } finally {
      await recorder.stop();
      await service.stop();
    }
  });
});
