import { Decision, DeclarationEvent } from '@chokepoint/contracts';
import {
  DAY_MS, DeclarationHistory, DeclarationState, decisionEvent, historyDays, LifecycleStep, nextStep, PartyLists, RuleSet, screenDeclaration, ScreeningInputs, stateAfter,
} from '@chokepoint/detection';

export const REPLAY_SOURCE = 'urn:chokepoint:replay';

export interface ReplayEngineOptions {
  ruleSet: RuleSet;
  partyLists?: PartyLists;
  /** Declarations whose revision state is remembered; the oldest are forgotten past it, so memory stays bounded. */
  stateLimit?: number;
  /** Declarations whose latest decision is kept to re-emit for a redelivered revision; older ones are screened again. */
  decisionLimit?: number;
}

/** What one event came to: its lifecycle step and, when it decides, the decision and its event as published. */
export interface ReplayOutcome {
  step: LifecycleStep['kind'];
  decision?: Decision;
  eventJson?: string;
}

/**
 * Screens declaration events in the order given, as the live service does: the same lifecycle
 * (revisions, withdrawals), the same rules, a history built from the events themselves by event
 * time. Deterministic: a decision is dated by its declaration's event time, so the same input,
 * rule set and lists give the same bytes.
 */
export class ReplayEngine {
  readonly history: DeclarationHistory;
  private readonly states = new Map<string, DeclarationState>();
  private readonly decisions = new Map<string, { decision: Decision; eventJson: string }>();
  private readonly stateLimit: number;
  private readonly decisionLimit: number;
  private sinceEviction = 0;

  constructor(private readonly options: ReplayEngineOptions) {
    this.history = new DeclarationHistory(options.ruleSet.tables);
    this.stateLimit = options.stateLimit ?? 500_000;
    this.decisionLimit = options.decisionLimit ?? 20_000;
  }

  get ruleSet(): RuleSet {
    return this.options.ruleSet;
  }

  decide(event: DeclarationEvent): ReplayOutcome {
    const id = event.data.declarationId;
    const known = this.states.get(id);
    let step = nextStep(known, event);
    const kept = this.decisions.get(id);
    // A redelivered revision whose decision is no longer kept is decided again, from the same history.
    if (step.kind === 'REPUBLISH' && kept?.decision.decisionId !== step.decisionId) step = { kind: 'SCREEN' };
    let outcome: ReplayOutcome = { step: step.kind };
    let decision: Decision | undefined;
    if (step.kind === 'SCREEN') {
      const inputs: ScreeningInputs = { ruleSet: this.options.ruleSet, history: this.history, ...(this.options.partyLists ? { partyLists: this.options.partyLists } : {}) };
      decision = screenDeclaration(event.data, inputs, new Date(event.data.submittedAt));
      outcome = { step: 'SCREEN', decision, eventJson: JSON.stringify(decisionEvent(decision, REPLAY_SOURCE)) };
      this.history.observe(event.data);
    } else if (step.kind === 'REPUBLISH') {
      outcome = { step: 'REPUBLISH', decision: kept!.decision, eventJson: kept!.eventJson };
    } else if (step.kind === 'WITHDRAW') {
      this.history.withdraw(id);
    }
    const after = stateAfter(known, event, step, decision);
    if (after) keep(this.states, id, after, this.stateLimit);
    if (decision) keep(this.decisions, id, { decision, eventJson: outcome.eventJson! }, this.decisionLimit);
    this.evictIfDue();
    return outcome;
  }

  /**
   * Takes an event in as `decide` would, without deciding it: the lifecycle moves on, the history
   * observes, eviction keeps its pace. A segment of a replay run on another thread warms up on
   * the events before it this way, and then decides exactly as a single thread would have.
   */
  warm(event: DeclarationEvent): void {
    const id = event.data.declarationId;
    const known = this.states.get(id);
    const step = nextStep(known, event);
    if (step.kind === 'SCREEN') this.history.observe(event.data);
    else if (step.kind === 'WITHDRAW') this.history.withdraw(id);
    // The decision is not known here: a redelivery of this revision later is decided again.
    const after = stateAfter(known, event, step, step.kind === 'SCREEN' ? { decisionId: `unknown:${id}:${event.data.revision}`, outcome: 'CLEAR' } : undefined);
    if (after) keep(this.states, id, after, this.stateLimit);
    this.evictIfDue();
  }

  private evictIfDue(): void {
    if (++this.sinceEviction < 10_000) return;
    this.sinceEviction = 0;
    const latest = this.history.latest;
    if (latest !== undefined) this.history.evictBefore(latest - (historyDays(this.options.ruleSet) + 1) * DAY_MS);
  }
}

/** Sets a value as the most recent; past the limit, forgets the least recently set (maps keep insertion order). */
function keep<T>(map: Map<string, T>, key: string, value: T, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}
