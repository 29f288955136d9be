import { DataSource, EntityManager } from 'typeorm';
import { Decision, DecisionEvent, DeclarationEvent, Lane } from '@chokepoint/contracts';
import { applyHoldAction, decisionEvent, HoldAction, HoldWork, Officer, partyNotListed, releasedDecision } from '@chokepoint/detection';
import { HoldConfirmationStore } from './hold-confirmation-store';
import { PartyAllowlistStore } from './party-allowlist-store';
import { enqueueOutbox } from './screening-ledger';

export interface HoldQueueFilter {
  lanes?: Lane[];
  category?: string;
  ruleId?: string;
  destination?: string;
  consigneeCountry?: string;
  /** Two digits: held declarations with any goods line in this HS chapter. */
  hsChapter?: string;
  /** Part of the exporter's name, or its party id. */
  exporter?: string;
  /** Held at least this many hours. */
  minAgeHours?: number;
  /** A username, or `none` for holds nobody has taken. */
  assignee?: string;
}

export type HoldQueueOrder = 'risk' | 'age';

/** One line of the queue: what an officer scans to pick the next hold. */
export interface HoldSummary {
  declarationId: string;
  revision: number;
  decisionId: string;
  lane: Lane;
  riskScore: number;
  heldSince: string;
  exporter: { name: string; country: string };
  consignee: { name: string; country: string };
  destinationCountry: string;
  categories: string[];
  ruleIds: string[];
  assignee?: string;
  documentsRequested: boolean;
  releaseRequested: boolean;
  confirmed: boolean;
}

export interface HoldActionRecord {
  id: string;
  action: string;
  actor: string;
  actorRole: string;
  justification: string;
  at: string;
  before: unknown;
  after: unknown;
}

export interface HoldDetail {
  declarationId: string;
  status: string;
  lane: Lane | null;
  heldSince: string | null;
  decision: Decision;
  /** Every revision as received, oldest first. */
  revisions: { revision: number; eventType: string; receivedAt: string; event: DeclarationEvent }[];
  work: HoldWork;
  actions: HoldActionRecord[];
  /** Earlier declarations of the same exporter to the same consignee, newest first. */
  related: { declarationId: string; revision: number; submittedAt: string; status: string | null; lane: Lane | null }[];
}

export interface HoldActionRequest {
  declarationId: string;
  /** The decision the officer was looking at: if the declaration was re-screened since, the action is refused as stale. */
  decisionId: string;
  action: HoldAction | { kind: 'ALLOWLIST_PARTY'; hitIndex: number; expiresAt?: string };
  officer: Officer;
  justification: string;
  at: Date;
  /** Where a release is published (through the outbox) and under which CloudEvents source. */
  releases: { topic: string; source: string };
}

export type HoldActionOutcome =
  | { ok: true; status: string; work: HoldWork; released?: Decision }
  | { ok: false; refusal: 'NOT_FOUND' | 'STALE' | 'FORBIDDEN' | 'CONFLICT'; reason: string };

const PAGE_LIMIT = 200;

/**
 * The held declarations as officers work them: the queue, one hold in full, and the actions,
 * each in one transaction with its audit entry (and, for a release, the status change and the
 * release event in the outbox, which the screening service's relay publishes).
 */
export class HoldDesk {
  constructor(private readonly dataSource: DataSource) {}

  async queue(filter: HoldQueueFilter, order: HoldQueueOrder, limit: number, cursor: string | undefined, now: Date): Promise<{ holds: HoldSummary[]; nextCursor?: string }> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = [`s.status = 'HELD'`];
    if (filter.lanes?.length) where.push(`s.lane = ANY(${p(filter.lanes)}::text[])`);
    if (filter.category) where.push(`EXISTS (SELECT 1 FROM decision_hit h WHERE h.decision_id = s.latest_decision_id AND h.category = ${p(filter.category)})`);
    if (filter.ruleId) where.push(`EXISTS (SELECT 1 FROM decision_hit h WHERE h.decision_id = s.latest_decision_id AND h.rule_id = ${p(filter.ruleId)})`);
    if (filter.destination) where.push(`e.payload->'data'->>'destinationCountry' = ${p(filter.destination.toUpperCase())}`);
    if (filter.consigneeCountry) where.push(`e.payload->'data'->'parties'->'consignee'->>'country' = ${p(filter.consigneeCountry.toUpperCase())}`);
    if (filter.hsChapter) where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(e.payload->'data'->'items') i WHERE left(i->>'hsCode', 2) = ${p(filter.hsChapter)})`);
    if (filter.exporter) {
      const needle = p(`%${filter.exporter.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(lower(e.payload->'data'->'parties'->'exporter'->>'name') LIKE ${needle} OR lower(e.payload->'data'->'parties'->'exporter'->>'partyId') LIKE ${needle})`);
    }
    if (filter.minAgeHours !== undefined) where.push(`s.held_since <= ${p(new Date(now.getTime() - filter.minAgeHours * 3_600_000).toISOString())}::timestamptz`);
    if (filter.assignee === 'none') where.push(`c.assignee IS NULL`);
    else if (filter.assignee) where.push(`c.assignee = ${p(filter.assignee)}`);
    const after = cursor ? decodeCursor(cursor) : undefined;
    if (after && order === 'risk') where.push(`(d.risk_score < ${p(after.key)}::real OR (d.risk_score = ${p(after.key)}::real AND s.declaration_id > ${p(after.id)}))`);
    if (after && order === 'age') where.push(`(s.held_since > ${p(after.key)}::timestamptz OR (s.held_since = ${p(after.key)}::timestamptz AND s.declaration_id > ${p(after.id)}))`);
    const orderBy = order === 'risk' ? 'd.risk_score DESC, s.declaration_id' : 's.held_since, s.declaration_id';
    const take = Math.min(Math.max(1, limit), PAGE_LIMIT);
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT s.declaration_id, s.latest_revision, s.latest_decision_id, s.lane, s.held_since, d.risk_score,
              e.payload->'data' AS declaration, c.assignee,
              -- As workOf: documents asked and releases asked belong to the hold of the current decision.
              (c.decision_id = s.latest_decision_id AND c.documents_requested_at IS NOT NULL) AS documents_requested,
              (c.decision_id = s.latest_decision_id AND c.release_request IS NOT NULL) AS release_requested,
              EXISTS (SELECT 1 FROM hold_confirmation f WHERE f.decision_id = s.latest_decision_id) AS confirmed,
              (SELECT array_agg(DISTINCT h.category) FROM decision_hit h WHERE h.decision_id = s.latest_decision_id AND h.score > 0) AS categories,
              (SELECT array_agg(DISTINCT h.rule_id) FROM decision_hit h WHERE h.decision_id = s.latest_decision_id AND h.score > 0) AS rule_ids
         FROM declaration_status s
         JOIN screening_decision d ON d.decision_id = s.latest_decision_id
         JOIN LATERAL (SELECT payload FROM declaration_event x WHERE x.declaration_id = s.declaration_id AND x.revision = s.latest_revision ORDER BY x.id DESC LIMIT 1) e ON true
         LEFT JOIN hold_case c ON c.declaration_id = s.declaration_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy}
        LIMIT ${p(take + 1)}`,
      params,
    );
    const holds = rows.slice(0, take).map(summaryOf);
    const last = rows.length > take ? rows[take - 1] : undefined;
    return { holds, ...(last ? { nextCursor: encodeCursor(order === 'risk' ? Number(last.risk_score) : new Date(last.held_since).toISOString(), last.declaration_id) } : {}) };
  }

  async detail(declarationId: string): Promise<HoldDetail | undefined> {
    const [status] = await this.dataSource.query(
      `SELECT s.status, s.lane, s.held_since, d.event FROM declaration_status s JOIN screening_decision d ON d.decision_id = s.latest_decision_id WHERE s.declaration_id = $1`,
      [declarationId],
    );
    if (!status) return undefined;
    const decision = (JSON.parse(status.event) as DecisionEvent).data;
    const revisions = await this.dataSource.query(`SELECT revision, event_type, received_at, payload FROM declaration_event WHERE declaration_id = $1 ORDER BY revision, id`, [declarationId]);
    const latest: DeclarationEvent | undefined = revisions[revisions.length - 1]?.payload;
    return {
      declarationId,
      status: status.status,
      lane: status.lane,
      heldSince: status.held_since ? new Date(status.held_since).toISOString() : null,
      decision,
      revisions: revisions.map((r: { revision: number; event_type: string; received_at: Date; payload: DeclarationEvent }) => ({ revision: r.revision, eventType: r.event_type, receivedAt: new Date(r.received_at).toISOString(), event: r.payload })),
      work: await workOf(this.dataSource, declarationId, decision.decisionId),
      actions: await this.actions(declarationId),
      related: latest?.data.parties ? await this.related(declarationId, latest) : [],
    };
  }

  async act(request: HoldActionRequest): Promise<HoldActionOutcome> {
    return this.dataSource.transaction(async (tx) => {
      const [status] = await tx.query(
        `SELECT s.status, s.latest_decision_id, d.event FROM declaration_status s JOIN screening_decision d ON d.decision_id = s.latest_decision_id WHERE s.declaration_id = $1 FOR UPDATE OF s`,
        [request.declarationId],
      );
      if (!status) return { ok: false, refusal: 'NOT_FOUND', reason: `no declaration ${request.declarationId}` };
      if (status.latest_decision_id !== request.decisionId) return { ok: false, refusal: 'STALE', reason: 'the declaration was screened again since: reload it' };
      if (status.status !== 'HELD') return { ok: false, refusal: 'CONFLICT', reason: `the declaration is ${status.status.toLowerCase()}, not held` };
      const decision = (JSON.parse(status.event) as DecisionEvent).data;
      const before = await workOf(tx, request.declarationId, decision.decisionId);
      if (request.action.kind === 'ALLOWLIST_PARTY') return allowlistParty(tx, request, decision, before);
      const result = applyHoldAction(decision, before, request.action, request.officer, request.justification, request.at);
      if (!result.ok) return { ok: false, refusal: result.refusal, reason: result.reason };
      await saveWork(tx, request.declarationId, decision.decisionId, result.work, request.at);
      let after = { status: 'HELD', work: result.work };
      if (request.action.kind === 'CONFIRM') {
        await new HoldConfirmationStore(tx).confirm({ declarationId: request.declarationId, confirmedBy: request.officer.username, justification: request.justification, at: request.at });
      }
      let released: Decision | undefined;
      if (result.released) {
        released = releasedDecision(decision, result.released);
        await tx.query(`UPDATE declaration_status SET status = 'RELEASED', held_since = NULL, updated_at = $2 WHERE declaration_id = $1`, [request.declarationId, request.at.toISOString()]);
        const event = decisionEvent(released, request.releases.source);
        await enqueueOutbox(tx, [{ topic: request.releases.topic, key: request.declarationId, payload: JSON.stringify(event), headers: { 'content-type': 'application/cloudevents+json' } }], request.at);
        after = { status: 'RELEASED', work: result.work };
      }
      // A release that waits for a second officer is on the record as asked for, not done.
      const kind = request.action.kind === 'RELEASE' && !result.released ? 'REQUEST_RELEASE' : request.action.kind;
      await audit(tx, request, decision.decisionId, kind, { status: 'HELD', work: before }, { ...after, ...(result.released?.approvedBy ? { approvedBy: result.released.approvedBy, releasedBy: result.released.releasedBy } : {}) });
      return { ok: true, status: after.status, work: result.work, ...(released ? { released } : {}) };
    });
  }

  async actions(declarationId: string): Promise<HoldActionRecord[]> {
    const rows = await this.dataSource.query(`SELECT * FROM hold_action WHERE declaration_id = $1 ORDER BY id`, [declarationId]);
    return rows.map((r: { id: string; action: string; actor: string; actor_role: string; justification: string; at: Date; before: unknown; after: unknown }) => ({
      id: String(r.id), action: r.action, actor: r.actor, actorRole: r.actor_role, justification: r.justification, at: new Date(r.at).toISOString(), before: r.before, after: r.after,
    }));
  }

  private async related(declarationId: string, latest: DeclarationEvent): Promise<HoldDetail['related']> {
    const { exporter, consignee } = latest.data.parties;
    const rows = await this.dataSource.query(
      `SELECT DISTINCT ON (e.declaration_id) e.declaration_id, e.revision, e.submitted_at, s.status, s.lane
         FROM declaration_event e LEFT JOIN declaration_status s ON s.declaration_id = e.declaration_id
        WHERE e.declaration_id <> $1
          AND lower(e.payload->'data'->'parties'->'exporter'->>'name') = lower($2)
          AND lower(e.payload->'data'->'parties'->'consignee'->>'name') = lower($3)
          AND e.submitted_at <= $4
        ORDER BY e.declaration_id, e.revision DESC`,
      [declarationId, exporter.name, consignee.name, latest.data.submittedAt],
    );
    return rows
      .map((r: { declaration_id: string; revision: number; submitted_at: Date; status: string | null; lane: Lane | null }) => ({ declarationId: r.declaration_id, revision: r.revision, submittedAt: new Date(r.submitted_at).toISOString(), status: r.status, lane: r.lane }))
      .sort((a: { submittedAt: string }, b: { submittedAt: string }) => b.submittedAt.localeCompare(a.submittedAt))
      .slice(0, 20);
  }
}

/** A false party match found from the hold's screen: the allowlist takes it, the hold stays until released. */
async function allowlistParty(tx: EntityManager, request: HoldActionRequest, decision: Decision, work: HoldWork): Promise<HoldActionOutcome> {
  const action = request.action as { kind: 'ALLOWLIST_PARTY'; hitIndex: number; expiresAt?: string };
  const found = partyNotListed(decision, action.hitIndex, request.officer, request.justification, request.at, action.expiresAt);
  if (!found.ok) return found;
  const id = await new PartyAllowlistStore(tx).add(found.finding);
  await audit(tx, request, decision.decisionId, 'ALLOWLIST_PARTY', { status: 'HELD', work }, { status: 'HELD', work, allowlistEntry: { id, ...found.finding } });
  return { ok: true, status: 'HELD', work };
}

async function audit(tx: EntityManager, request: HoldActionRequest, decisionId: string, action: string, before: unknown, after: unknown): Promise<void> {
  await tx.query(
    `INSERT INTO hold_action (declaration_id, decision_id, action, actor, actor_role, justification, at, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [request.declarationId, decisionId, action, request.officer.username, request.officer.role, request.justification.trim(), request.at.toISOString(), JSON.stringify(before), JSON.stringify(after)],
  );
}

/** The work on the current hold; a hold of a newer revision keeps only who has it. */
async function workOf(q: DataSource | EntityManager, declarationId: string, decisionId: string): Promise<HoldWork> {
  const [row] = await q.query(`SELECT * FROM hold_case WHERE declaration_id = $1`, [declarationId]);
  if (!row) return {};
  const confirmed = await q.query(`SELECT confirmed_at FROM hold_confirmation WHERE decision_id = $1`, [decisionId]);
  return {
    ...(row.assignee ? { assignee: row.assignee } : {}),
    ...(row.decision_id === decisionId && row.documents_requested_at ? { documentsRequestedAt: new Date(row.documents_requested_at).toISOString() } : {}),
    ...(row.decision_id === decisionId && row.release_request ? { releaseRequest: row.release_request } : {}),
    ...(confirmed[0] ? { confirmedAt: new Date(confirmed[0].confirmed_at).toISOString() } : {}),
  };
}

async function saveWork(tx: EntityManager, declarationId: string, decisionId: string, work: HoldWork, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO hold_case (declaration_id, decision_id, assignee, documents_requested_at, release_request, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (declaration_id) DO UPDATE SET decision_id = $2, assignee = $3, documents_requested_at = $4, release_request = $5, updated_at = $6`,
    [declarationId, decisionId, work.assignee ?? null, work.documentsRequestedAt ?? null, work.releaseRequest ? JSON.stringify(work.releaseRequest) : null, at.toISOString()],
  );
}

interface QueueRow {
  declaration_id: string;
  latest_revision: number;
  latest_decision_id: string;
  lane: Lane;
  held_since: Date;
  risk_score: number;
  declaration: DeclarationEvent['data'];
  assignee: string | null;
  documents_requested: boolean | null;
  release_requested: boolean | null;
  confirmed: boolean;
  categories: string[] | null;
  rule_ids: string[] | null;
}

function summaryOf(row: QueueRow): HoldSummary {
  const { exporter, consignee } = row.declaration.parties;
  return {
    declarationId: row.declaration_id,
    revision: row.latest_revision,
    decisionId: row.latest_decision_id,
    lane: row.lane,
    riskScore: Number(row.risk_score),
    heldSince: new Date(row.held_since).toISOString(),
    exporter: { name: exporter.name, country: exporter.country },
    consignee: { name: consignee.name, country: consignee.country },
    destinationCountry: row.declaration.destinationCountry,
    categories: (row.categories ?? []).sort(),
    ruleIds: (row.rule_ids ?? []).sort(),
    ...(row.assignee ? { assignee: row.assignee } : {}),
    documentsRequested: row.documents_requested === true,
    releaseRequested: row.release_requested === true,
    confirmed: row.confirmed,
  };
}

function encodeCursor(key: number | string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function decodeCursor(cursor: string): { key: number | string; id: string } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if ((typeof key === 'number' || typeof key === 'string') && typeof id === 'string') return { key, id };
  } catch {
    // falls through to the error below
  }
  throw new InvalidCursor('the cursor is not one this queue gave');
}

export class InvalidCursor extends Error {}
