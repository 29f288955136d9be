import { Decision } from '@chokepoint/contracts';
import { AllowlistFinding } from '../party-lists';
import { deterministicUuid } from '../screen';

export const CONSOLE_ROLES = ['viewer', 'officer', 'supervisor'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

/** Who acts on a hold; roles rank viewer < officer < supervisor. */
export interface Officer {
  username: string;
  role: ConsoleRole;
}

export function hasRole(officer: Pick<Officer, 'role'>, least: ConsoleRole): boolean {
  return CONSOLE_ROLES.indexOf(officer.role) >= CONSOLE_ROLES.indexOf(least);
}

/** A release asked for and waiting for a second officer. */
export interface ReleaseRequest {
  requestedBy: string;
  justification: string;
  requestedAt: string;
}

/** Where the officers' work on one hold stands. */
export interface HoldWork {
  assignee?: string;
  documentsRequestedAt?: string;
  releaseRequest?: ReleaseRequest;
  /** Set once the hold is confirmed (referred to enforcement). */
  confirmedAt?: string;
}

export type HoldAction =
  | { kind: 'ASSIGN'; assignee: string | null }
  | { kind: 'REQUEST_DOCUMENTS' }
  | { kind: 'CONFIRM' }
  | { kind: 'RELEASE' }
  | { kind: 'APPROVE_RELEASE' }
  | { kind: 'REJECT_RELEASE' };

/** What an action came to: the new work state, and the release to publish when the hold is released. */
export type HoldActionResult =
  | { ok: true; work: HoldWork; released?: { releasedBy: string; justification: string; releasedAt: string; approvedBy?: string } }
  | { ok: false; refusal: 'FORBIDDEN' | 'CONFLICT'; reason: string };

/**
 * Four eyes: a hold on a party match, in the RED lane, or already referred to enforcement is
 * released only when a supervisor other than the officer who asked approves it.
 */
export function releaseNeedsSecondOfficer(decision: Decision, work: HoldWork): boolean {
  return decision.lane === 'RED' || work.confirmedAt !== undefined || decision.hits.some((h) => h.category === 'SANCTIONED_PARTY');
}

/** The officers' actions on a hold as one pure transition: the console, its tests and any other front end share it. */
export function applyHoldAction(decision: Decision, work: HoldWork, action: HoldAction, officer: Officer, justification: string, at: Date): HoldActionResult {
  const when = at.toISOString();
  const refused = mayAct(officer, justification);
  if (refused) return refused;
  switch (action.kind) {
    case 'ASSIGN':
      return done(withField(work, 'assignee', action.assignee ?? undefined));
    case 'REQUEST_DOCUMENTS':
      return done({ ...work, documentsRequestedAt: when });
    case 'CONFIRM':
      if (work.confirmedAt) return refuse('CONFLICT', 'the hold is already confirmed');
      if (work.releaseRequest) return refuse('CONFLICT', 'a release is waiting for approval: reject it first');
      return done({ ...work, confirmedAt: when });
    case 'RELEASE':
      if (work.releaseRequest) return refuse('CONFLICT', `a release asked by ${work.releaseRequest.requestedBy} is already waiting for approval`);
      if (releaseNeedsSecondOfficer(decision, work)) return done({ ...work, releaseRequest: { requestedBy: officer.username, justification: justification.trim(), requestedAt: when } });
      return { ok: true, work: withField(work, 'releaseRequest', undefined), released: { releasedBy: officer.username, justification: justification.trim(), releasedAt: when } };
    case 'APPROVE_RELEASE': {
      const request = work.releaseRequest;
      if (!hasRole(officer, 'supervisor')) return refuse('FORBIDDEN', 'only a supervisor approves a release');
      if (!request) return refuse('CONFLICT', 'no release is waiting for approval');
      if (request.requestedBy === officer.username) return refuse('FORBIDDEN', 'a second officer must approve: not the one who asked');
      return { ok: true, work: withField(work, 'releaseRequest', undefined), released: { releasedBy: request.requestedBy, justification: request.justification, releasedAt: when, approvedBy: officer.username } };
    }
    case 'REJECT_RELEASE':
      if (!hasRole(officer, 'supervisor')) return refuse('FORBIDDEN', 'only a supervisor rejects a release');
      if (!work.releaseRequest) return refuse('CONFLICT', 'no release is waiting for approval');
      return done(withField(work, 'releaseRequest', undefined));
  }
}

/**
 * The decision a release publishes (`screening.decision.released.v1`): the hold's decision,
 * cleared, with the release on it. Its id is derived from the hold's, so a republished release
 * is the same event.
 */
export function releasedDecision(hold: Decision, release: { releasedBy: string; justification: string; releasedAt: string }): Decision {
  return {
    ...hold,
    decisionId: deterministicUuid(`${hold.decisionId}\u001freleased`),
    outcome: 'CLEAR',
    lane: 'GREEN',
    decidedAt: release.releasedAt,
    release: { releasedBy: release.releasedBy, justification: release.justification, releasedAt: release.releasedAt },
  };
}

/** What the screening allowlist takes from a false party match: the declared party, the listed entry, the finding. */
export interface PartyNotListed extends AllowlistFinding {
  partyName: string;
  partyCountry?: string;
  list: string;
  entryId: string;
}

/**
 * An officer's finding that the party of a hold's party-match hit (by its index in the
 * decision) is not the listed entry it resembles; refused for a hit that is not a party match.
 */
export function partyNotListed(decision: Decision, hitIndex: number, officer: Officer, justification: string, at: Date, expiresAt?: string): { ok: true; finding: PartyNotListed } | Refusal {
  const refused = mayAct(officer, justification);
  if (refused) return refused;
  const hit = decision.hits[hitIndex];
  const evidence = hit?.evidence as { party?: { name: string; country?: string }; list?: string; entryId?: string } | undefined;
  if (hit?.category !== 'SANCTIONED_PARTY' || !evidence?.party || !evidence.list || !evidence.entryId) return refuse('CONFLICT', 'that hit is not a party match');
  return {
    ok: true,
    finding: {
      partyName: evidence.party.name,
      ...(evidence.party.country ? { partyCountry: evidence.party.country } : {}),
      list: evidence.list,
      entryId: evidence.entryId,
      justification: justification.trim(),
      addedBy: officer.username,
      addedAt: at.toISOString(),
      ...(expiresAt ? { expiresAt } : {}),
    },
  };
}

/** What every action needs: an officer (not a viewer), and a reason on the record. */
function mayAct(officer: Officer, justification: string): Refusal | undefined {
  if (!hasRole(officer, 'officer')) return refuse('FORBIDDEN', 'viewers do not act on holds');
  if (!justification.trim()) return refuse('CONFLICT', 'every action needs a justification');
  return undefined;
}

function withField<K extends keyof HoldWork>(work: HoldWork, key: K, value: HoldWork[K] | undefined): HoldWork {
  const next = { ...work };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function done(work: HoldWork): HoldActionResult {
  return { ok: true, work };
}

type Refusal = { ok: false; refusal: 'FORBIDDEN' | 'CONFLICT'; reason: string };

function refuse(refusal: Refusal['refusal'], reason: string): Refusal {
  return { ok: false, refusal, reason };
}
