import { createHash } from 'node:crypto';
import { DECISION_EVENT_TYPES, Decision, DecisionEvent, ExportDeclaration, Hit } from '@chokepoint/contracts';
import { assess } from './decision-policy';
import { RULES } from './rules';
import { RuleSet } from './rule-set';
import { PartyLists } from './party-lists';

export interface ScreeningInputs {
  ruleSet: RuleSet;
  /** Versions of reference data screened against besides the party lists; part of the decision's identity. */
  listVersions?: string[];
  /** The party lists (sanctions, denied persons) with their allowlist; their versions join the identity. */
  partyLists?: PartyLists;
}

/** Runs the rule set over one declaration revision and decides HOLD or CLEAR. Pure but for `decidedAt`. */
export function screenDeclaration(declaration: ExportDeclaration, inputs: ScreeningInputs, decidedAt: Date): Decision {
  const hits: Hit[] = [];
  for (const ruleId of inputs.ruleSet.enabledRules) {
    const rule = RULES.get(ruleId);
    if (!rule) throw new Error(`rule set ${inputs.ruleSet.version} names unknown rule "${ruleId}"`);
    hits.push(...rule.evaluate(declaration, inputs.ruleSet, { decidedAt, partyLists: inputs.partyLists }));
  }
  const { riskScore, lane, outcome } = assess(hits, inputs.ruleSet.lanes);
  return {
    decisionId: decisionIdFor(declaration.declarationId, declaration.revision, inputs),
    declarationId: declaration.declarationId,
    revision: declaration.revision,
    outcome,
    lane,
    riskScore,
    ruleSetVersion: inputs.ruleSet.version,
    decidedAt: decidedAt.toISOString(),
    hits,
  };
}

/**
 * The same revision screened under the same rule set and list versions always gets the same id,
 * so downstream consumers can de-duplicate at-least-once delivery. Formatted as a UUID (version 8).
 */
export function decisionIdFor(declarationId: string, revision: number, inputs: ScreeningInputs): string {
  const versions = [...(inputs.listVersions ?? []), ...(inputs.partyLists?.versions ?? [])].sort();
  const identity = [declarationId, revision, inputs.ruleSet.version, ...versions].join('\u001f');
  const hex = createHash('sha256').update(identity).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Wraps a decision in its CloudEvent; the event id is the decision id. */
export function decisionEvent(decision: Decision, source: string): DecisionEvent {
  const type = decision.release ? DECISION_EVENT_TYPES.released : decision.outcome === 'HOLD' ? DECISION_EVENT_TYPES.hold : DECISION_EVENT_TYPES.clear;
  return {
    specversion: '1.0',
    id: decision.decisionId,
    source,
    type,
    time: decision.decidedAt,
    subject: decision.declarationId,
    datacontenttype: 'application/json',
    data: decision,
  };
}
