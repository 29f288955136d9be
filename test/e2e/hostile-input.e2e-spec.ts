import fc from 'fast-check';
import type { Producer, ProducerRecord } from 'kafkajs';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { checkDeclarationRecord, DeclarationEvent } from '@chokepoint/contracts';
import type { PartyLists } from '@chokepoint/detection';
import { ManualClock } from '@chokepoint/config';
import { ConsumedRecord, DEAD_LETTER_HEADERS, DeadLetterPublisher } from '@chokepoint/messaging';
import { DeclarationArchive, openDatabase, RuleSetStore, ScreeningLedger } from '@chokepoint/persistence';
import { DeclarationScreening } from '../../apps/screening/src/declaration-screening';
import { ScreeningRules } from '../../apps/screening/src/screening-rules';
import { defaultTestRuleSet } from '../../libs/detection/src/test-declarations';
import { sdnScreener } from '../support/held-declarations';
import { anyMutation, HOSTILE_CLOCK, sameJson, HostileRecord, MutationKind, recordOf, validEvent } from '../support/hostile-records';
import { provideTestDatabase, runId, TestDatabase } from '../support/test-infrastructure';

/**
 * Hostile and broken records through the real pipeline code: the edge, the screening and the
 * ledger's transaction on a real PostgreSQL, batch by batch as the transport hands them over,
 * with a dead-letter publisher whose producer records what it is given. Every record ends in
 * the ledger (decided, or archived as a withdrawal or an older revision) or in the dead letters
 * with a reason; no batch throws (the transport would retry it for ever: the partition would
 * stall); and a valid declaration after them all is decided. What the edge accepts the database
 * stores, as accepted: a DATABASE_REJECTED record would be a gap in the edge limits.
 */

jest.setTimeout(600_000);

const SEED = 15_2026;
/** A few hundred by default; HOSTILE_RECORDS=5000 tries more. */
const RECORDS = Number(process.env.HOSTILE_RECORDS ?? 400);
const BATCH = 25;
const MAX_RECORD_BYTES = 1024 * 1024;
const MAX_FUTURE_SKEW_MS = 86_400_000;
const TOPIC = `hostile-${runId}.declarations`;
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const clock = new ManualClock(HOSTILE_CLOCK);

interface Case {
  offset: string;
  kind: MutationKind | 'VALID';
  label: string;
  record: HostileRecord;
}

/** Mutated valid events, each of a declaration and event id of its own (mutations may still change them). */
function hostileCases(): Case[] {
  const sampled = fc.sample(fc.tuple(validEvent, anyMutation), { seed: SEED, numRuns: RECORDS });
  return sampled.map(([base, mutation], i) => {
    const event = own(base, `HX-${runId}-${i}`);
    return { offset: String(i), kind: mutation.kind, label: mutation.label, record: mutation.apply(event) };
  });
}

function own(base: DeclarationEvent, declarationId: string): DeclarationEvent {
  const event = structuredClone(base);
  event.id = `${declarationId}:event`;
  event.data.declarationId = declarationId;
  if (event.subject !== undefined) event.subject = declarationId;
  return event;
}

function consumed(c: Case): ConsumedRecord {
  return { topic: TOPIC, partition: 0, offset: c.offset, key: c.record.key, value: c.record.value, headers: {} };
}

/** A producer that keeps what the dead-letter publisher sends. */
function recordingProducer(sent: ProducerRecord[]): Producer {
  return { send: async (record: ProducerRecord) => void sent.push(record) } as unknown as Producer;
}

describe('hostile and broken input, through the pipeline onto the database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let rules: ScreeningRules;
  let partyLists: PartyLists;
  const sent: ProducerRecord[] = [];
  let screening: DeclarationScreening;

  beforeAll(async () => {
    database = await provideTestDatabase();
    dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: database.poolSize });
    partyLists = await sdnScreener();
    rules = await ScreeningRules.start({
      store: new RuleSetStore(dataSource),
      archive: new DeclarationArchive(dataSource),
      bootstrap: defaultTestRuleSet,
      refreshSeconds: 3600,
      instanceId: `hostile-${runId}`,
      logger,
      now: () => clock.now(),
    });
    screening = new DeclarationScreening({
      ledger: new ScreeningLedger(dataSource, `hostile-${runId}`),
      deadLetters: new DeadLetterPublisher(recordingProducer(sent), `${TOPIC}.dlq`),
      outbox: { wake: () => undefined },
      inputs: () => ({
        screening: { ruleSet: rules.ruleSet, partyLists, history: rules.history },
        history: rules.history,
        decisionSource: 'urn:chokepoint:screening',
        topics: { holds: `${TOPIC}.holds`, clearances: `${TOPIC}.clearances` },
      }),
      beforeBatch: () => rules.catchUp(),
      maxRecordBytes: MAX_RECORD_BYTES,
      maxFutureSkewMs: MAX_FUTURE_SKEW_MS,
      clock,
      logger,
    });
  });

  afterAll(async () => {
    rules?.stop();
    await dataSource?.destroy();
    await database?.stop();
  });

  it('ends every record in a decision or in the dead letters with a reason, never throws, and the partition goes on', async () => {
    const cases = hostileCases();
    const thrown: string[] = [];
    for (let i = 0; i < cases.length; i += BATCH) {
      const batch = cases.slice(i, i + BATCH);
      try {
        await screening.screenBatch({ topic: TOPIC, partition: 0, records: batch.map(consumed) });
      } catch (error) {
        // The transport would retry this batch for ever: the partition would stall.
        thrown.push(`batch at offset ${batch[0].offset} (${batch.map((c) => `${c.kind}: ${c.label}`).join(' | ')}): ${(error as Error).stack}`);
      }
    }

    // After them all, a valid declaration on the same partition is decided.
    const after = own(fc.sample(validEvent, { seed: SEED, numRuns: 1 })[0], `HX-${runId}-after`);
    after.type = 'customs.export-declaration.submitted.v1';
    after.data.revision = 0;
    const last: Case = { offset: String(cases.length), kind: 'VALID', label: 'a valid declaration after the hostile ones', record: recordOf(after) };
    const summary = await screening.screenBatch({ topic: TOPIC, partition: 0, records: [consumed(last)] });
    expect(summary).toMatchObject({ screened: 1, rejected: 0 });

    const deadLetters = new Map<string, { reason: string; detail: string }>();
    for (const message of sent.flatMap((r) => r.messages)) {
      const headers = message.headers as Record<string, string>;
      deadLetters.set(String(headers[DEAD_LETTER_HEADERS.sourceOffset]), { reason: String(headers[DEAD_LETTER_HEADERS.reason]), detail: String(headers[DEAD_LETTER_HEADERS.detail]) });
    }
    const archived = new Map<string, { event_id: string; revision: number; submitted_at: Date; payload: unknown }>(
      (await dataSource.query(`SELECT source_offset::text AS source_offset, event_id, revision, submitted_at, payload FROM declaration_event WHERE source_topic = $1`, [TOPIC])).map(
        (r: { source_offset: string; event_id: string; revision: number; submitted_at: Date; payload: unknown }) => [r.source_offset, r],
      ),
    );
    const decided = new Set<string>((await dataSource.query(`SELECT declaration_id || ':' || revision AS k FROM screening_decision`)).map((r: { k: string }) => r.k));
    const statuses = new Map<string, { latest_revision: number; status: string }>(
      (await dataSource.query(`SELECT declaration_id, latest_revision, status FROM declaration_status`)).map((r: { declaration_id: string; latest_revision: number; status: string }) => [r.declaration_id, r]),
    );

    const outcomes: Record<string, number> = {};
    const byKind: Record<string, Record<string, number>> = {};
    const unaccounted: string[] = [];
    const count = (c: Case, outcome: string) => {
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      const kind = (byKind[c.kind] ??= {});
      kind[outcome] = (kind[outcome] ?? 0) + 1;
    };
    for (const c of [...cases, last]) {
      const what = `offset ${c.offset} (${c.kind}: ${c.label})`;
      const dead = deadLetters.get(c.offset);
      const row = archived.get(c.offset);
      if (dead) {
        if (!dead.reason || !dead.detail) unaccounted.push(`${what}: dead-lettered without a reason or detail`);
        if (row) unaccounted.push(`${what}: both dead-lettered and archived`);
        count(c, `DLQ ${dead.reason}`);
        continue;
      }
      // Not refused: the edge accepted it (the check is pure; asking again gives its verdict).
      let verdict: ReturnType<typeof checkDeclarationRecord>;
      try {
        verdict = checkDeclarationRecord(c.record.key, c.record.value, MAX_RECORD_BYTES, { now: clock.now(), maxFutureSkewMs: MAX_FUTURE_SKEW_MS });
      } catch (error) {
        unaccounted.push(`${what}: the edge throws ${(error as Error).message}`);
        continue;
      }
      if (!verdict.accepted) {
        unaccounted.push(`${what}: refused (${verdict.rejection.reason}) but not dead-lettered`);
        continue;
      }
      const event = verdict.event;
      if (!row) {
        unaccounted.push(`${what}: accepted, yet neither archived nor dead-lettered`);
        continue;
      }
      // Whatever the contract accepts, the database stores, as accepted.
      if (row.event_id !== event.id || row.revision !== event.data.revision) unaccounted.push(`${what}: archived as ${row.event_id} revision ${row.revision}`);
      if (!sameJson(row.payload, JSON.parse(JSON.stringify(event))) || !sameJson(row.payload, event)) unaccounted.push(`${what}: the archived payload differs from the accepted event`);
      if (Math.abs(new Date(row.submitted_at).getTime() - Date.parse(event.data.submittedAt)) >= 1) unaccounted.push(`${what}: submitted_at stored as ${new Date(row.submitted_at).toISOString()}, read as ${event.data.submittedAt}`);
      const { declarationId, revision } = event.data;
      const status = statuses.get(declarationId);
      if (decided.has(`${declarationId}:${revision}`)) count(c, 'DECIDED');
      else if (event.type === 'customs.export-declaration.withdrawn.v1') count(c, 'ARCHIVED (withdrawal)');
      else if (status && (status.latest_revision > revision || status.status === 'WITHDRAWN')) count(c, 'ARCHIVED (older revision or withdrawn)');
      else unaccounted.push(`${what}: accepted and archived, but neither decided nor superseded`);
    }

    // eslint-disable-next-line no-console
    console.log(JSON.stringify({ suite: 'hostile-input.e2e', seed: SEED, records: cases.length + 1, batchSize: BATCH, database: database.kind, thrown: thrown.length, outcomes, byKind }));
    expect(thrown).toEqual([]);
    expect(unaccounted).toEqual([]);
    // The database refused nothing the edge accepted.
    expect(outcomes['DLQ DATABASE_REJECTED'] ?? 0).toBe(0);
    expect(decided.has(`${after.data.declarationId}:0`)).toBe(true);
  });
});
