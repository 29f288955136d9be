import { DeclarationEvent } from '@chokepoint/contracts';

/** Where a declaration stands after the revisions seen so far (RELEASED: an officer released its hold). */
export type DeclarationStatus = 'HELD' | 'CLEARED' | 'WITHDRAWN' | 'RELEASED';

export interface DeclarationState {
  declarationId: string;
  latestRevision: number;
  status: DeclarationStatus;
  /** The decision on `latestRevision`; absent when that revision was a withdrawal with nothing to decide. */
  latestDecisionId?: string;
}

/** What to do with one incoming event, given the declaration's state. Every event is archived whatever the answer. */
export type LifecycleStep =
  | { kind: 'SCREEN' }
  | { kind: 'REPUBLISH'; decisionId: string }
  | { kind: 'WITHDRAW'; closesHold: boolean }
  | { kind: 'ARCHIVE_ONLY'; why: 'STALE_REVISION' | 'ALREADY_WITHDRAWN' | 'DUPLICATE_WITHDRAWAL' | 'ALREADY_RELEASED' };

const WITHDRAWN = 'customs.export-declaration.withdrawn.v1';

/**
 * The ordering rules of the contract: a newer revision supersedes, an older one arriving late
 * decides nothing new, a redelivered revision re-publishes its stored decision (unless an officer
 * has released its hold since), and a withdrawal closes the open hold.
 */
export function nextStep(state: DeclarationState | undefined, event: DeclarationEvent): LifecycleStep {
  const revision = event.data.revision;
  if (event.type === WITHDRAWN) {
    if (state && revision < state.latestRevision) return { kind: 'ARCHIVE_ONLY', why: 'STALE_REVISION' };
    if (state?.status === 'WITHDRAWN') return { kind: 'ARCHIVE_ONLY', why: 'DUPLICATE_WITHDRAWAL' };
    return { kind: 'WITHDRAW', closesHold: state?.status === 'HELD' };
  }
  if (!state || revision > state.latestRevision) return { kind: 'SCREEN' };
  if (revision < state.latestRevision) return { kind: 'ARCHIVE_ONLY', why: 'STALE_REVISION' };
  if (state.status === 'WITHDRAWN') return { kind: 'ARCHIVE_ONLY', why: 'ALREADY_WITHDRAWN' };
  // The release went out through the outbox; re-publishing the hold it lifted would contradict it.
  if (state.status === 'RELEASED') return { kind: 'ARCHIVE_ONLY', why: 'ALREADY_RELEASED' };
  if (state.latestDecisionId) return { kind: 'REPUBLISH', decisionId: state.latestDecisionId };
  return { kind: 'SCREEN' };
}

/** The state after a step; `outcome` is the decision's when the step screened. */
export function stateAfter(
  state: DeclarationState | undefined,
  event: DeclarationEvent,
  step: LifecycleStep,
  decision?: { decisionId: string; outcome: 'HOLD' | 'CLEAR' },
): DeclarationState | undefined {
  const { declarationId, revision } = event.data;
  switch (step.kind) {
    case 'SCREEN':
      if (!decision) throw new Error('a screening step needs its decision');
      return { declarationId, latestRevision: revision, status: decision.outcome === 'HOLD' ? 'HELD' : 'CLEARED', latestDecisionId: decision.decisionId };
    case 'WITHDRAW':
      return {
        declarationId,
        latestRevision: Math.max(revision, state?.latestRevision ?? revision),
        status: 'WITHDRAWN',
        latestDecisionId: state?.latestDecisionId,
      };
    default:
      return state;
  }
}
