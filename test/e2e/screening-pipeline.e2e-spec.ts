import { join } from 'node:path';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ExportDeclaration, DecisionEvent, DeclarationEventType } from '@chokepoint/contracts';
import { ManualClock, Settings } from '@chokepoint/config';
import { DEAD_LETTER_HEADERS, RecordBatch } from '@chokepoint/messaging';
import { PartyAllowlistStore } from '@chokepoint/persistence';
import { startScreeningService, ScreeningService } from '../../apps/screening/src/screening-service';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { provideTestDatabase, provideTestKafka, runId, TestDatabase, TestKafka } from '../support/test-infrastructure';
import { eventually, TopicRecorder } from '../support/topic-recorder';
import { scenarioSettings } from '../support/scenario-settings';

jest.setTimeout(120_000);

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const clock = new ManualClock(new Date('2026-11-20T09:00:00Z'));
const samples = new SampleDeclarations(seededRandom(7), { embargoedShare: 0, unlicensedShare: 0 });

let kafkaInfra: TestKafka;
let database: TestDatabase;
let kafka: Kafka;
let producer: Producer;

beforeAll(async () => {
  [kafkaInfra, database] = await Promise.all([provideTestKafka(), provideTestDatabase()]);
  // eslint-disable-next-line no-console
  console.log(`e2e infrastructure: kafka=${kafkaInfra.kind} ${kafkaInfra.brokers.join(',')} database=${database.kind} schema=${database.schema}`);
  kafka = new Kafka({ brokers: kafkaInfra.brokers, clientId: `e2e-${runId}`, logLevel: logLevel.NOTHING });
  producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await Promise.all([kafkaInfra?.stop(), database?.stop()]);
});

async function startService(settings: Settings, beforeCommit?: (batch: RecordBatch) => Promise<void>): Promise<ScreeningService> {
  return startScreeningService({
    settings,
    logger,
    clock,
    brokers: kafkaInfra.brokers,
    database: { url: database.url, schema: database.schema, poolSize: database.poolSize },
    beforeCommit,
  });
}

async function recorderFor(settings: Settings, name: string): Promise<TopicRecorder> {
  const recorder = new TopicRecorder(kafka, [settings.topics.holds, settings.topics.clearances, settings.topics.deadLetter]);
  await recorder.start(`e2e-${runId}-${name}-recorder`);
  return recorder;
}

async function publish(topic: string, messages: { key: string | null; value: Buffer | string }[]): Promise<void> {
  await producer.send({ topic, acks: -1, messages });
}

/** A clean declaration: ordinary goods to a regular manufacturer in a partner state; tests add what they screen for. */
function declaration(id: string, overrides: Partial<ExportDeclaration> = {}): ExportDeclaration {
  const sample = samples.declaration(new Date('2026-11-20T08:00:00Z'), id);
  const consignee = { name: 'Midwest Precision Inc.', country: 'US', address: '400 Lake St, Chicago IL', kind: 'MANUFACTURER' as const };
  const items = [{ lineNumber: 1, hsCode: '6109100000', description: 'Cotton T-shirts', quantity: 500, unit: 'PCE', value: 2500, originCountry: 'VN' }];
  return { ...sample, destinationCountry: 'US', parties: { exporter: sample.parties.exporter, consignee }, items, totalValue: 2500, ...overrides };
}

function record(d: ExportDeclaration, type?: DeclarationEventType) {
  return { key: d.declarationId, value: JSON.stringify(declarationEvent(d, type)) };
}

function decisionsIn(recorder: TopicRecorder, topic: string, key?: string): DecisionEvent[] {
  return recorder.on(topic, key).map((m) => JSON.parse(m.value!.toString()));
}

async function rows<T>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  return dataSource.query(sql, params);
}

describe('screening pipeline, end to end', () => {
  const settings = scenarioSettings('main', { MAX_RECORD_BYTES: '65536', SANCTIONS_LISTS: `ofac-sdn:${join(__dirname, '../../../shared/data/ofac-sdn')}` });
  let service: ScreeningService;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    // Publishing first creates the topics, so that the consumer group sees all their partitions.
    await publish(settings.topics.declarations, [record(declaration(`WARMUP-${runId}`))]);
    [service, recorder] = await Promise.all([startService(settings), recorderFor(settings, 'main')]);
  });

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  it('screens every party against the configured lists and holds a listed consignee with the evidence', async () => {
    const base = declaration(`LISTED-${runId}`);
    const listed = { ...base, destinationCountry: 'AE', parties: { ...base.parties, consignee: { name: 'ОАО «Рособоронэкспорт»', country: 'AE', kind: 'TRADER' as const } } };
    await publish(settings.topics.declarations, [record(listed)]);
    const [hold] = await eventually('the party-match hold', () => decisionsIn(recorder, settings.topics.holds, listed.declarationId)[0] && decisionsIn(recorder, settings.topics.holds, listed.declarationId));
    expect(hold.data).toMatchObject({ outcome: 'HOLD', lane: 'RED' });
    const hit = hold.data.hits.find((h) => h.category === 'SANCTIONED_PARTY')!;
    expect(hit).toMatchObject({ ruleId: 'sanctioned-party', severity: 'CRITICAL', partyRoles: ['consignee'] });
    expect(hit.message).toContain('ROSOBORONEKSPORT');
    expect(hit.evidence).toMatchObject({ list: 'ofac-sdn', entryId: expect.any(String), programs: expect.arrayContaining([expect.any(String)]), matchedName: expect.stringContaining('ROSOBORONEKSPORT') });
    expect((hit.evidence as { breakdown: { name: { pairs: unknown[] } } }).breakdown.name.pairs).toEqual([{ screened: 'rosoboroneksport', listed: 'rosoboroneksport', similarity: 1 }]);
    expect(service.partyLists.screener.versions).toEqual([expect.stringMatching(/^ofac-sdn@[0-9a-f]{12}$/)]);
  });

  it('honours an officer\'s allowlist finding on the next revision, and records it in the decision', async () => {
    const base = declaration(`ALLOWED-${runId}`);
    const consignee = { name: 'Rosoboronexport', country: 'AE', kind: 'TRADER' as const };
    const rev0 = { ...base, destinationCountry: 'AE', parties: { ...base.parties, consignee } };
    await publish(settings.topics.declarations, [record(rev0)]);
    const [hold] = await eventually('the hold', () => decisionsIn(recorder, settings.topics.holds, rev0.declarationId)[0] && decisionsIn(recorder, settings.topics.holds, rev0.declarationId));
    const { entryId } = hold.data.hits.find((h) => h.category === 'SANCTIONED_PARTY')!.evidence as { entryId: string };

    const finding = { partyName: 'ROSOBORONEXPORT', partyCountry: 'AE', list: 'ofac-sdn', entryId, justification: 'Namesake in Dubai, trade licence 771204 checked against the SDN entry.', addedBy: 'officer-7', addedAt: '2026-11-20T08:30:00Z', expiresAt: '2027-05-20T00:00:00Z' };
    await new PartyAllowlistStore(service.dataSource).add(finding);
    await service.partyLists.refreshAllowlist();
    expect(service.partyLists.screener.versions).toEqual([expect.stringMatching(/^ofac-sdn@/), expect.stringMatching(/^allowlist@[0-9a-f]{12}$/)]);

    const rev1 = { ...rev0, revision: 1 };
    await publish(settings.topics.declarations, [record(rev1)]);
    const [clearance] = await eventually('the clearance', () => decisionsIn(recorder, settings.topics.clearances, rev1.declarationId)[0] && decisionsIn(recorder, settings.topics.clearances, rev1.declarationId));
    expect(clearance.data).toMatchObject({ outcome: 'CLEAR', lane: 'GREEN', revision: 1 });
    expect(clearance.data.hits).toEqual([
      expect.objectContaining({ ruleId: 'sanctioned-party', category: 'OTHER', severity: 'LOW', score: 0, partyRoles: ['consignee'], evidence: expect.objectContaining({ entryId, allowlisted: expect.objectContaining({ addedBy: 'officer-7' }) }) }),
    ]);
    expect(clearance.data.hits[0].message).toContain('but officer-7 found on 2026-11-20 that it is not that entity');
  });

  it('holds and clears valid declarations, on both topics and on record', async () => {
    const started = Date.now();
    const clean = declaration(`CLEAN-${runId}`);
    const embargoed = declaration(`EMBARGO-${runId}`, { destinationCountry: 'IR' });
    const base = declaration(`CONTROL-${runId}`, { destinationCountry: 'VN' });
    const controlled = {
      ...base,
      parties: { ...base.parties, consignee: { name: 'Saigon Components JSC', country: 'VN', kind: 'MANUFACTURER' as const } },
      items: [...base.items, { lineNumber: 9, hsCode: '8543709000', description: 'Signal generator', quantity: 2, unit: 'PCE', value: 40000, originCountry: 'KR', controlCode: '3A002' }],
    };
    await publish(settings.topics.declarations, [record(clean), record(embargoed), record(controlled)]);

    const [cleared] = await eventually('the clearance', () => decisionsIn(recorder, settings.topics.clearances, clean.declarationId)[0] && decisionsIn(recorder, settings.topics.clearances, clean.declarationId));
    const [red] = await eventually('the RED hold', () => decisionsIn(recorder, settings.topics.holds, embargoed.declarationId)[0] && decisionsIn(recorder, settings.topics.holds, embargoed.declarationId));
    const [yellow] = await eventually('the YELLOW hold', () => decisionsIn(recorder, settings.topics.holds, controlled.declarationId)[0] && decisionsIn(recorder, settings.topics.holds, controlled.declarationId));
    // eslint-disable-next-line no-console
    console.log(`e2e: three declarations published to all decisions consumed in ${Date.now() - started} ms`);

    expect(cleared).toMatchObject({ type: 'screening.decision.clear.v1', source: 'urn:chokepoint:screening', subject: clean.declarationId, data: { outcome: 'CLEAR', lane: 'GREEN', riskScore: 0, hits: [] } });
    expect(red.type).toBe('screening.decision.hold.v1');
    expect(red.data).toMatchObject({ outcome: 'HOLD', lane: 'RED', decidedAt: '2026-11-20T09:00:00.000Z' });
    expect(red.data.hits[0]).toMatchObject({ ruleId: 'destination-restrictions', category: 'DIVERSION_RISK', severity: 'CRITICAL', evidence: { country: 'IR', regimes: [{ regime: 'US', kind: 'EMBARGO' }] } });
    expect(red.data.hits[0].message).toMatch(/^The declared destination is in IR: under the US embargo item 1 is not exempt \(/);
    expect(red.data.ruleSetVersion).toBe('default-5');
    // A fresh database: whether the consignee is new is noted as "no baseline yet", scored 0.
    expect(yellow.data).toMatchObject({
      outcome: 'HOLD',
      lane: 'YELLOW',
      riskScore: 70,
      hits: [{ ruleId: 'strategic-goods-without-licence', itemLines: [9] }, { ruleId: 'consignee-profile', severity: 'LOW', score: 0, evidence: { baseline: 'none yet' } }],
    });
    expect(red.id).toBe(red.data.decisionId);
    expect(decisionsIn(recorder, settings.topics.clearances, embargoed.declarationId)).toEqual([]);

    const ids = [clean.declarationId, embargoed.declarationId, controlled.declarationId];
    const decided = await rows<{ declaration_id: string; outcome: string; lane: string; event: string }>(
      service.dataSource,
      `SELECT declaration_id, outcome, lane, event FROM screening_decision WHERE declaration_id = ANY($1) ORDER BY declaration_id`,
      [ids],
    );
    expect(decided.map((d) => [d.declaration_id, d.outcome, d.lane])).toEqual([
      [clean.declarationId, 'CLEAR', 'GREEN'],
      [controlled.declarationId, 'HOLD', 'YELLOW'],
      [embargoed.declarationId, 'HOLD', 'RED'],
    ]);
    expect(JSON.parse(decided.find((d) => d.lane === 'RED')!.event)).toEqual(red);
    const hits = await rows<{ rule_id: string; item_lines: number[] }>(service.dataSource, `SELECT h.rule_id, h.item_lines FROM decision_hit h JOIN screening_decision d USING (decision_id) WHERE d.declaration_id = $1 ORDER BY h.rule_id`, [controlled.declarationId]);
    expect(hits).toEqual([{ rule_id: 'consignee-profile', item_lines: [9] }, { rule_id: 'strategic-goods-without-licence', item_lines: [9] }]);
    const archived = await rows<{ n: number }>(service.dataSource, `SELECT count(*)::int AS n FROM declaration_event WHERE declaration_id = ANY($1)`, [ids]);
    expect(archived[0].n).toBe(3);
    const statuses = await rows<{ declaration_id: string; status: string; held: boolean }>(
      service.dataSource,
      `SELECT declaration_id, status, held_since IS NOT NULL AS held FROM declaration_status WHERE declaration_id = ANY($1) ORDER BY declaration_id`,
      [ids],
    );
    expect(statuses.map((s) => [s.status, s.held])).toEqual([['CLEARED', false], ['HELD', true], ['HELD', true]]);
  });

  it('sends every record that fails the contract to the dead-letter topic, bytes untouched, and moves on', async () => {
    const id = `BAD-${runId}`;
    const valid = declaration(id);
    const wrongShape = JSON.stringify({ ...declarationEvent(valid), data: { ...valid, items: [] } });
    const unknownType = JSON.stringify({ ...declarationEvent(valid), type: 'customs.export-declaration.cancelled.v1' });
    const oversize = JSON.stringify({ ...declarationEvent(valid), padding: 'x'.repeat(70_000) });
    const bad = [
      { key: id, value: Buffer.from([0x7b, 0xff, 0xfe, 0x00]), reason: 'NOT_JSON' },
      { key: id, value: Buffer.from(wrongShape), reason: 'CONTRACT_VIOLATION' },
      { key: id, value: Buffer.from(unknownType), reason: 'UNKNOWN_TYPE' },
      { key: id, value: Buffer.from(oversize), reason: 'OVERSIZE' },
    ];
    // All on one key, so on one partition: the valid record after them proves the partition moved on.
    await publish(settings.topics.declarations, [...bad.map(({ key, value }) => ({ key, value })), record(valid)]);

    await eventually('the valid declaration behind the bad ones', () => decisionsIn(recorder, settings.topics.clearances, id).length > 0);
    const dead = await eventually('four dead letters', () => recorder.on(settings.topics.deadLetter, id).length >= 4 && recorder.on(settings.topics.deadLetter, id));
    expect(dead).toHaveLength(4);
    bad.forEach((sent, i) => {
      expect(dead[i].key).toBe(id);
      expect(Buffer.compare(dead[i].value!, sent.value)).toBe(0);
      expect(dead[i].headers[DEAD_LETTER_HEADERS.reason]).toBe(sent.reason);
      expect(dead[i].headers[DEAD_LETTER_HEADERS.detail]).toBeTruthy();
      expect(dead[i].headers[DEAD_LETTER_HEADERS.sourceTopic]).toBe(settings.topics.declarations);
      expect(Number(dead[i].headers[DEAD_LETTER_HEADERS.sourcePartition])).toBeGreaterThanOrEqual(0);
    });
    const offsets = dead.map((d) => BigInt(d.headers[DEAD_LETTER_HEADERS.sourceOffset]));
    expect(offsets).toEqual([...offsets].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(offsets).size).toBe(4);
    expect(dead[1].headers[DEAD_LETTER_HEADERS.detail]).toContain('items');
    const archived = await rows<{ n: number }>(service.dataSource, `SELECT count(*)::int AS n FROM declaration_event WHERE declaration_id = $1`, [id]);
    expect(archived[0].n).toBe(1);
  });

  it('dead-letters what the ledger cannot store and what is dated past the clock, and the partition moves on', async () => {
    const id = `LIMITS-${runId}`;
    const valid = declaration(id);
    const bad = [
      { event: { ...valid, revision: 2_147_483_648 }, reason: 'CONTRACT_VIOLATION' },
      { event: { ...valid, submittedAt: '9999-12-31T00:00:00Z' }, reason: 'FUTURE_EVENT_TIME' },
      { event: { ...valid, parties: { ...valid.parties, consignee: { ...valid.parties.consignee, name: 'Midwest \ud800 Precision' } } }, reason: 'CONTRACT_VIOLATION' },
    ];
    // On one key, so on one partition: before, the first stalled it for ever and the second emptied every history window.
    await publish(settings.topics.declarations, [...bad.map(({ event }) => record(event)), record(valid)]);
    await eventually('the valid declaration behind them', () => decisionsIn(recorder, settings.topics.clearances, id).length > 0);
    const dead = await eventually('three dead letters', () => recorder.on(settings.topics.deadLetter, id).length >= 3 && recorder.on(settings.topics.deadLetter, id));
    expect(dead.map((d) => d.headers[DEAD_LETTER_HEADERS.reason])).toEqual(bad.map((b) => b.reason));
    expect(dead[0].headers[DEAD_LETTER_HEADERS.detail]).toContain('the largest the ledger stores');
    const archived = await rows<{ n: number }>(service.dataSource, `SELECT count(*)::int AS n FROM declaration_event WHERE declaration_id = $1`, [id]);
    expect(archived[0].n).toBe(1);
  });

  it('decides a redelivered revision once and re-publishes the stored decision', async () => {
    const d = declaration(`DUP-${runId}`, { destinationCountry: 'KP' });
    await publish(settings.topics.declarations, [record(d)]);
    const [first] = await eventually('the first hold', () => decisionsIn(recorder, settings.topics.holds, d.declarationId)[0] && decisionsIn(recorder, settings.topics.holds, d.declarationId));
    clock.advance(60_000);
    await publish(settings.topics.declarations, [record(d)]);
    const both = await eventually('the re-published hold', () => decisionsIn(recorder, settings.topics.holds, d.declarationId).length >= 2 && decisionsIn(recorder, settings.topics.holds, d.declarationId));
    expect(both[1]).toEqual(first);
    const decided = await rows<{ n: number }>(service.dataSource, `SELECT count(*)::int AS n FROM screening_decision WHERE declaration_id = $1`, [d.declarationId]);
    expect(decided[0].n).toBe(1);
  });

  it('lets a newer revision supersede, archives a late older one without deciding, and closes the hold on withdrawal', async () => {
    const id = `AMEND-${runId}`;
    const rev0 = declaration(id, { destinationCountry: 'IR' });
    const rev1 = { ...rev0, revision: 1, destinationCountry: 'KZ' };
    const rev2 = { ...rev0, revision: 2, destinationCountry: 'IR' };
    // The amendment overtakes the original submission.
    await publish(settings.topics.declarations, [record(rev1), record(rev0)]);
    await eventually('the decision on revision 1', () => decisionsIn(recorder, settings.topics.clearances, id).length > 0);
    const archivedBoth = await eventually('both revisions archived', async () => {
      const [{ n }] = await rows<{ n: number }>(service.dataSource, `SELECT count(*)::int AS n FROM declaration_event WHERE declaration_id = $1`, [id]);
      return n === 2;
    });
    expect(archivedBoth).toBe(true);
    let decided = await rows<{ revision: number; outcome: string }>(service.dataSource, `SELECT revision, outcome FROM screening_decision WHERE declaration_id = $1`, [id]);
    expect(decided).toEqual([{ revision: 1, outcome: 'CLEAR' }]);

    await publish(settings.topics.declarations, [record(rev2, 'customs.export-declaration.amended.v1')]);
    await eventually('the hold on revision 2', () => decisionsIn(recorder, settings.topics.holds, id).length > 0);
    let [status] = await rows<{ status: string; latest_revision: number; held: boolean }>(service.dataSource, `SELECT status, latest_revision, held_since IS NOT NULL AS held FROM declaration_status WHERE declaration_id = $1`, [id]);
    expect(status).toEqual({ status: 'HELD', latest_revision: 2, held: true });

    await publish(settings.topics.declarations, [record(rev2, 'customs.export-declaration.withdrawn.v1')]);
    status = await eventually('the withdrawal', async () => {
      const [s] = await rows<{ status: string; latest_revision: number; held: boolean }>(service.dataSource, `SELECT status, latest_revision, held_since IS NOT NULL AS held FROM declaration_status WHERE declaration_id = $1`, [id]);
      return s.status === 'WITHDRAWN' && s;
    });
    expect(status).toEqual({ status: 'WITHDRAWN', latest_revision: 2, held: false });
    decided = await rows(service.dataSource, `SELECT revision, outcome FROM screening_decision WHERE declaration_id = $1 ORDER BY revision`, [id]);
    expect(decided).toEqual([{ revision: 1, outcome: 'CLEAR' }, { revision: 2, outcome: 'HOLD' }]);
  });
});

describe('forced redelivery: an instance stops after persisting a batch and before committing it', () => {
  const settings = scenarioSettings('redelivery');
  const declarations = Array.from({ length: 12 }, (_, i) => declaration(`REDELIVER-${runId}-${i}`, i % 3 === 0 ? { destinationCountry: 'IR' } : {}));

  it('decides each revision exactly once and delivers every decision downstream', async () => {
    await publish(settings.topics.declarations, [record(declaration(`WARMUP2-${runId}`))]);
    const recorder = await recorderFor(settings, 'redelivery');
    let crashed!: () => void;
    const crash = new Promise<void>((resolve) => (crashed = resolve));
    const first = await startService(settings, async () => {
      crashed();
      throw new Error('simulated crash before commit');
    });
    await publish(settings.topics.declarations, declarations.map((d) => record(d)));
    await crash;
    const persisted = await eventually('the batch on record', async () => {
      const [{ n }] = await rows<{ n: number }>(first.dataSource, `SELECT count(*)::int AS n FROM screening_decision WHERE declaration_id LIKE $1`, [`REDELIVER-${runId}-%`]);
      return n > 0 && n;
    });
    expect(persisted).toBeGreaterThan(0);
    await first.stop();

    const second = await startService(settings);
    try {
      const all = [settings.topics.holds, settings.topics.clearances];
      await eventually('every decision downstream', () => declarations.every((d) => all.some((t) => decisionsIn(recorder, t, d.declarationId).length > 0)));
      const decided = await eventually('every declaration decided', async () => {
        const r = await rows<{ declaration_id: string; n: number }>(second.dataSource, `SELECT declaration_id, count(*)::int AS n FROM screening_decision WHERE declaration_id LIKE $1 GROUP BY declaration_id`, [`REDELIVER-${runId}-%`]);
        return r.length === declarations.length && r;
      });
      expect(decided.every((r) => r.n === 1)).toBe(true);
      // What the first instance had on record was delivered again by the second, under the same decision id.
      const republished = declarations.filter((d) => all.some((t) => decisionsIn(recorder, t, d.declarationId).length >= 2));
      expect(republished.length).toBeGreaterThanOrEqual(persisted);
      for (const d of declarations) {
        const ids = new Set(all.flatMap((t) => decisionsIn(recorder, t, d.declarationId)).map((e) => e.id));
        expect(ids.size).toBe(1);
      }
      const held = declarations.filter((d) => d.destinationCountry === 'IR').map((d) => d.declarationId);
      expect(held.every((id) => decisionsIn(recorder, settings.topics.holds, id).length > 0)).toBe(true);
    } finally {
      await recorder.stop();
      await second.stop();
    }
  });
});
