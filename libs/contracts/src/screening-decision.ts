/** Types of the screening decision event, v1 (`screening-decision.v1.schema.json`). */

export const HIT_CATEGORIES = [
  'SANCTIONED_PARTY',
  'STRATEGIC_GOODS',
  'DIVERSION_RISK',
  'TRANSSHIPMENT',
  'MISDECLARATION',
  'STRUCTURING',
  'SURGE',
  'NETWORK_LINK',
  'OTHER',
] as const;
export type HitCategory = (typeof HIT_CATEGORIES)[number];

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Outcome = 'HOLD' | 'CLEAR';
export type Lane = 'GREEN' | 'YELLOW' | 'RED';

export const DECISION_EVENT_TYPES = {
  hold: 'screening.decision.hold.v1',
  clear: 'screening.decision.clear.v1',
  released: 'screening.decision.released.v1',
} as const;
export type DecisionEventType = (typeof DECISION_EVENT_TYPES)[keyof typeof DECISION_EVENT_TYPES];

export interface Hit {
  ruleId: string;
  category: HitCategory;
  severity: Severity;
  score?: number;
  message: string;
  itemLines?: number[];
  partyRoles?: string[];
  evidence?: Record<string, unknown>;
}

export interface Release {
  releasedBy?: string;
  justification?: string;
  releasedAt?: string;
}

export interface Decision {
  decisionId: string;
  declarationId: string;
  revision: number;
  outcome: Outcome;
  lane: Lane;
  riskScore: number;
  ruleSetVersion: string;
  decidedAt: string;
  hits: Hit[];
  release?: Release;
}

export interface DecisionEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: DecisionEventType;
  time: string;
  subject?: string;
  datacontenttype?: 'application/json';
  data: Decision;
}
