import { DataSource, QueryRunner } from 'typeorm';
import { DeclarationEvent, Decision } from '@chokepoint/contracts';
import type { DeclarationState } from '@chokepoint/detection';

/** A declaration event as it arrived, with where it came from. */
export interface ArchivedEvent {
  event: DeclarationEvent;
  topic: string;
  partition: number;
  offset: string;
  /** What the lifecycle did with it (`LifecycleStep['kind']`), once the batch is planned. */
  step?: 'SCREEN' | 'REPUBLISH' | 'WITHDRAW' | 'ARCHIVE_ONLY';
}

export interface DecisionOfRecord {
  decision: Decision;
  /** The decision event as serialised for publication. */
  eventJson: string;
}

export interface OutboxMessage {
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
}

/** Everything one batch changes; written in one transaction. */
export interface LedgerChanges {
  archived: ArchivedEvent[];
  decisions: DecisionOfRecord[];
  /** At most one per declaration: its state after the whole batch. */
  statuses: { state: DeclarationState; lane?: string }[];
  outbox: OutboxMessage[];
}

/** What a batch sees of the ledger inside its transaction. */
export interface LedgerSession {
  /** States of the batch's declarations, locked for the transaction. */
  states: Map<string, DeclarationState>;
  /** The serialised decision events of record, by decision id. */
  storedDecisionEvents(decisionIds: string[]): Promise<Map<string, string>>;
  /** The archived content of those event ids already archived, parsed, by event id. */
  archivedEvents(eventIds: string[]): Promise<Map<string, unknown>>;
}

/** Another instance decided the same revision in between; the batch is retried and re-publishes theirs. */
export class ConcurrentDecisionError extends Error {}

/**
 * The declaration archive, decisions, hits, statuses and outbox: written together or not at all,
 * so a decision is never published without being on record, nor on record without being published.
 */
export class ScreeningLedger {
  /** `archivedBy` names this instance on the events it archives (see `DeclarationArchive.eventsAfter`). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly archivedBy?: string,
  ) {}

  async record<T>(
    declarationIds: string[],
    now: Date,
    work: (session: LedgerSession) => Promise<{ changes: LedgerChanges; result: T }>,
  ): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const states = await lockStates(runner, declarationIds);
      const { changes, result } = await work({ states, storedDecisionEvents: (ids) => storedDecisionEvents(runner, ids), archivedEvents: (ids) => archivedEvents(runner, ids) });
      await write(runner, changes, now, this.archivedBy);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}

async function lockStates(runner: QueryRunner, declarationIds: string[]): Promise<Map<string, DeclarationState>> {
  const rows: { declaration_id: string; latest_revision: number; status: DeclarationState['status']; latest_decision_id: string | null }[] =
    await runner.query(
      `SELECT declaration_id, latest_revision, status, latest_decision_id FROM declaration_status
        WHERE declaration_id = ANY($1::text[]) ORDER BY declaration_id FOR UPDATE`,
      [declarationIds],
    );
  return new Map(
    rows.map((r) => [
      r.declaration_id,
      { declarationId: r.declaration_id, latestRevision: r.latest_revision, status: r.status, latestDecisionId: r.latest_decision_id ?? undefined },
    ]),
  );
}

async function storedDecisionEvents(runner: QueryRunner, decisionIds: string[]): Promise<Map<string, string>> {
  if (decisionIds.length === 0) return new Map();
  const rows: { decision_id: string; event: string }[] = await runner.query(
    `SELECT decision_id, event FROM screening_decision WHERE decision_id = ANY($1::text[])`,
    [decisionIds],
  );
  return new Map(rows.map((r) => [r.decision_id, r.event]));
}

async function archivedEvents(runner: QueryRunner, eventIds: string[]): Promise<Map<string, unknown>> {
  if (eventIds.length === 0) return new Map();
  const rows: { event_id: string; payload: unknown }[] = await runner.query(`SELECT event_id, payload FROM declaration_event WHERE event_id = ANY($1::text[])`, [eventIds]);
  return new Map(rows.map((r) => [r.event_id, r.payload]));
}

async function write(runner: QueryRunner, changes: LedgerChanges, now: Date, archivedBy: string | undefined): Promise<void> {
  await archive(runner, changes.archived, now, archivedBy);
  await insertDecisions(runner, changes.decisions);
  await upsertStatuses(runner, changes.statuses, now);
  await enqueueOutbox(runner, changes.outbox, now);
}

// Multi-row writes pass one array per column through unnest: one statement and a fixed
// number of parameters, whatever the batch size.

async function archive(runner: QueryRunner, archived: ArchivedEvent[], now: Date, archivedBy: string | undefined): Promise<void> {
  if (archived.length === 0) return;
  await runner.query(
    `INSERT INTO declaration_event (event_id, declaration_id, revision, event_type, submitted_at, received_at,
                                    source_topic, source_partition, source_offset, payload, archived_by, lifecycle_step)
     SELECT e, d, r, t, s, $5, st, sp, so, p, $11, ls
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $6::timestamptz[], $7::text[], $8::int[], $9::bigint[], $10::jsonb[], $12::text[])
            AS x(e, d, r, t, s, st, sp, so, p, ls)
     ON CONFLICT (event_id) DO NOTHING`,
    [
      archived.map((a) => a.event.id),
      archived.map((a) => a.event.data.declarationId),
      archived.map((a) => a.event.data.revision),
      archived.map((a) => a.event.type),
      now,
      archived.map((a) => a.event.data.submittedAt),
      archived.map((a) => a.topic),
      archived.map((a) => a.partition),
      archived.map((a) => a.offset),
      archived.map((a) => JSON.stringify(a.event)),
      archivedBy ?? null,
      archived.map((a) => a.step ?? null),
    ],
  );
}

async function insertDecisions(runner: QueryRunner, decisions: DecisionOfRecord[]): Promise<void> {
  if (decisions.length === 0) return;
  const d = decisions.map((x) => x.decision);
  const inserted: { decision_id: string }[] = await runner.query(
    `INSERT INTO screening_decision (decision_id, declaration_id, revision, outcome, lane, risk_score, rule_set_version, decided_at, event)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::real[], $7::text[], $8::timestamptz[], $9::text[])
     ON CONFLICT DO NOTHING RETURNING decision_id`,
    [
      d.map((x) => x.decisionId),
      d.map((x) => x.declarationId),
      d.map((x) => x.revision),
      d.map((x) => x.outcome),
      d.map((x) => x.lane),
      d.map((x) => x.riskScore),
      d.map((x) => x.ruleSetVersion),
      d.map((x) => x.decidedAt),
      decisions.map((x) => x.eventJson),
    ],
  );
  if (inserted.length !== decisions.length) {
    throw new ConcurrentDecisionError(`${decisions.length - inserted.length} of ${decisions.length} revisions were decided concurrently`);
  }
  const hits = d.flatMap((decision) => decision.hits.map((hit, ordinal) => ({ decisionId: decision.decisionId, ordinal, hit })));
  if (hits.length === 0) return;
  await runner.query(
    `INSERT INTO decision_hit (decision_id, ordinal, rule_id, category, severity, score, message, item_lines, party_roles, evidence)
     SELECT d, o, r, c, s, sc, m,
            COALESCE(ARRAY(SELECT jsonb_array_elements_text(il)::int), '{}'),
            COALESCE(ARRAY(SELECT jsonb_array_elements_text(pr)), '{}'), e
       FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::real[], $7::text[], $8::jsonb[], $9::jsonb[], $10::jsonb[])
            AS x(d, o, r, c, s, sc, m, il, pr, e)`,
    [
      hits.map((h) => h.decisionId),
      hits.map((h) => h.ordinal),
      hits.map((h) => h.hit.ruleId),
      hits.map((h) => h.hit.category),
      hits.map((h) => h.hit.severity),
      hits.map((h) => h.hit.score ?? null),
      hits.map((h) => h.hit.message),
      hits.map((h) => JSON.stringify(h.hit.itemLines ?? [])),
      hits.map((h) => JSON.stringify(h.hit.partyRoles ?? [])),
      hits.map((h) => (h.hit.evidence ? JSON.stringify(h.hit.evidence) : null)),
    ],
  );
}

async function upsertStatuses(runner: QueryRunner, statuses: LedgerChanges['statuses'], now: Date): Promise<void> {
  if (statuses.length === 0) return;
  // A hold keeps the time it began across amendments that stay held: that is how long the shipment has waited.
  await runner.query(
    `INSERT INTO declaration_status AS cur (declaration_id, latest_revision, status, latest_decision_id, lane, held_since, updated_at)
     SELECT d, r, s, ld, l, CASE WHEN s = 'HELD' THEN $6::timestamptz END, $6
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[]) AS x(d, r, s, ld, l)
     ON CONFLICT (declaration_id) DO UPDATE SET
       latest_revision = EXCLUDED.latest_revision,
       status = EXCLUDED.status,
       latest_decision_id = EXCLUDED.latest_decision_id,
       lane = EXCLUDED.lane,
       held_since = CASE WHEN EXCLUDED.status <> 'HELD' THEN NULL
                         WHEN cur.status = 'HELD' THEN cur.held_since
                         ELSE EXCLUDED.held_since END,
       updated_at = EXCLUDED.updated_at`,
    [
      statuses.map((s) => s.state.declarationId),
      statuses.map((s) => s.state.latestRevision),
      statuses.map((s) => s.state.status),
      statuses.map((s) => s.state.latestDecisionId ?? null),
      statuses.map((s) => s.lane ?? null),
      now,
    ],
  );
}

/** Adds messages to the outbox in the caller's transaction; the relay publishes them in this order. */
export async function enqueueOutbox(runner: Pick<QueryRunner, 'query'>, messages: OutboxMessage[], now: Date): Promise<void> {
  if (messages.length === 0) return;
  await runner.query(
    `INSERT INTO outbox_message (topic, message_key, payload, headers, created_at)
     SELECT t, k, p, h, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS x(t, k, p, h, n) ORDER BY n`,
    [messages.map((m) => m.topic), messages.map((m) => m.key), messages.map((m) => m.payload), messages.map((m) => JSON.stringify(m.headers)), now],
  );
}
