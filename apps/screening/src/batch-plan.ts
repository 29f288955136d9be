import { Decision, ExportDeclaration } from '@chokepoint/contracts';
import { decisionEvent, DeclarationState, nextStep, ScreeningInputs, screenDeclaration, stateAfter } from '@chokepoint/detection';
import { ArchivedEvent, DecisionOfRecord, LedgerChanges, LedgerSession, OutboxMessage } from '@chokepoint/persistence';

/** Where a batch records what later declarations' windows must see, in record order. */
export interface HistoryRecorder {
  observe(declaration: ExportDeclaration): void;
  withdraw(declarationId: string): void;
}

export interface PlanInputs {
  screening: ScreeningInputs;
  /** The history the rule set reads; each screened declaration joins it before the next is screened. */
  history?: HistoryRecorder;
  decisionSource: string;
  topics: { holds: string; clearances: string };
  now: Date;
}

/** What a batch did, with the decisions it made (for metrics). */
export interface BatchOutcome {
  summary: BatchSummary;
  decisions: Decision[];
  /** Events whose id was archived before with other content: neither archived nor decided. */
  reusedEventIds: ArchivedEvent[];
}

export interface BatchSummary {
  screened: number;
  held: number;
  cleared: number;
  republished: number;
  withdrawn: number;
  archivedOnly: number;
}

/** A decision to publish: new (decided in this batch) or of record (fetched by id). */
type Outgoing = { decided: DecisionOfRecord } | { storedId: string };

/**
 * Decides what one batch of accepted events changes, in record order, against the
 * declarations' states as locked in the ledger. The only I/O is fetching stored decisions
 * to re-publish on redelivery.
 */
export async function planBatch(accepted: ArchivedEvent[], session: LedgerSession, inputs: PlanInputs): Promise<{ changes: LedgerChanges; result: BatchOutcome }> {
  const summary: BatchSummary = { screened: 0, held: 0, cleared: 0, republished: 0, withdrawn: 0, archivedOnly: 0 };
  const states = new Map<string, DeclarationState | undefined>(session.states);
  const lanes = new Map<string, string | undefined>();
  const decisions: DecisionOfRecord[] = [];
  const outgoing: Outgoing[] = [];
  const reused = await eventIdsReused(accepted, session);
  const fresh = accepted.filter((a) => !reused.has(a));

  const archived: ArchivedEvent[] = [];
  for (const entry of fresh) {
    const { event } = entry;
    const id = event.data.declarationId;
    const state = states.get(id);
    const step = nextStep(state, event);
    archived.push({ ...entry, step: step.kind });
    let decision: Decision | undefined;
    if (step.kind === 'SCREEN') {
      decision = screenDeclaration(event.data, inputs.screening, inputs.now);
      inputs.history?.observe(event.data);
      const decided = { decision, eventJson: JSON.stringify(decisionEvent(decision, inputs.decisionSource)) };
      decisions.push(decided);
      outgoing.push({ decided });
      lanes.set(id, decision.lane);
      summary.screened += 1;
      summary[decision.outcome === 'HOLD' ? 'held' : 'cleared'] += 1;
    } else if (step.kind === 'REPUBLISH') {
      outgoing.push({ storedId: step.decisionId });
      summary.republished += 1;
    } else if (step.kind === 'WITHDRAW') {
      inputs.history?.withdraw(id);
      lanes.set(id, undefined);
      summary.withdrawn += 1;
    } else {
      summary.archivedOnly += 1;
    }
    states.set(id, stateAfter(state, event, step, decision));
  }

  const outbox = await toOutbox(outgoing, decisions, session, inputs.topics);
  const statuses = [...lanes.keys()].map((id) => ({ state: states.get(id)!, lane: lanes.get(id) }));
  return { changes: { archived, decisions, statuses, outbox }, result: { summary, decisions: decisions.map((d) => d.decision), reusedEventIds: [...reused] } };
}

/**
 * An event id is trusted only with its content: one that arrives again (archived before, or
 * earlier in the batch) with other content would otherwise pass as a redelivery, and a decision
 * would stand on input that was never archived.
 */
async function eventIdsReused(accepted: ArchivedEvent[], session: LedgerSession): Promise<Set<ArchivedEvent>> {
  const seen = await session.archivedEvents(accepted.map((a) => a.event.id));
  const reused = new Set<ArchivedEvent>();
  for (const archived of accepted) {
    const before = seen.get(archived.event.id);
    if (before === undefined) seen.set(archived.event.id, archived.event);
    else if (canonicalJson(before) !== canonicalJson(archived.event)) reused.add(archived);
  }
  return reused;
}

/** JSON with object keys sorted: the archive's jsonb keeps neither key order nor `-0`, so content is compared this way. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

async function toOutbox(outgoing: Outgoing[], decided: DecisionOfRecord[], session: LedgerSession, topics: PlanInputs['topics']): Promise<OutboxMessage[]> {
  const inBatch = new Map(decided.map((d) => [d.decision.decisionId, d]));
  const missing = outgoing.flatMap((o) => ('storedId' in o && !inBatch.has(o.storedId) ? [o.storedId] : []));
  const stored = await session.storedDecisionEvents(missing);
  return outgoing.map((o) => {
    if ('decided' in o) return outboxMessage(o.decided.decision, o.decided.eventJson, topics);
    const again = inBatch.get(o.storedId);
    if (again) return outboxMessage(again.decision, again.eventJson, topics);
    const eventJson = stored.get(o.storedId);
    if (eventJson === undefined) throw new Error(`decision ${o.storedId} is not on record`);
    return outboxMessage((JSON.parse(eventJson) as { data: Decision }).data, eventJson, topics);
  });
}

function outboxMessage(decision: Decision, eventJson: string, topics: PlanInputs['topics']): OutboxMessage {
  return {
    topic: decision.outcome === 'HOLD' ? topics.holds : topics.clearances,
    key: decision.declarationId,
    payload: eventJson,
    headers: { 'content-type': 'application/cloudevents+json' },
  };
}
