import { Decision, DeclarationEvent } from '@chokepoint/contracts';
import {
  DAY_MS, DeclarationHistory, DeclarationState, decisionEvent, historyDays, LifecycleStep, nextStep, PartyLists, RuleSet, screenDeclaration, ScreeningInputs, stateAfter,
} from '@chokepoint/detection';
import { RecentlySet } from './recently-set';

export const REPLAY_SOURCE = 'urn:chokepoint:replay';

export interface ReplayEngineOptions {
  ruleSet: RuleSet;
  partyLists?: PartyLists;
  /**
   * Declarations whose revision state is remembered (at most this many, at least the last half
   * of it), so memory stays bounded; a revision of one forgotten is screened as new.
   */
  stateLimit?: number;
  /** Declarations whose latest decision is kept (as above) to re-emit for a redelivered revision; older ones are screened again. */
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
  private readonly states: RecentlySet<DeclarationState>;
  private readonly decisions: RecentlySet<{ decision: Decision; eventJson: string }>;
  private sinceEviction = 0;

  constructor(private readonly options: ReplayEngineOptions) {
    this.history = new DeclarationHistory(options.ruleSet.tables);
    this.states = new RecentlySet(options.stateLimit ?? 500_000);
    this.decisions = new RecentlySet(options.decisionLimit ?? 20_000);
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
    if (after) this.states.set(id, after);
    if (decision) this.decisions.set(id, { decision, eventJson: outcome.eventJson! });
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
    if (after) this.states.set(id, after);
    this.evictIfDue();
  }

  private evictIfDue(): void {
    if (++this.sinceEviction < 10_000) return;
    this.sinceEviction = 0;
    const latest = this.history.latest;
    if (latest !== undefined) this.history.evictBefore(latest - (historyDays(this.options.ruleSet) + 1) * DAY_MS);
  }
}
