import { createHash } from 'node:crypto';
import { DECISION_EVENT_TYPES, Decision, DecisionEvent, ExportDeclaration, Hit } from '@chokepoint/contracts';
import { assess } from './decision-policy';
import { RULES } from './rules';
import { eventTimeOf, RuleEnvironment, RuleSet } from './rule-set';
import { PartyLists } from './party-lists';
import { profileGoods } from './goods-profile';
import { HistoryView } from './history/history-view';

export interface ScreeningInputs {
  ruleSet: RuleSet;
  /** Versions of reference data screened against besides the party lists; part of the decision's identity. */
  listVersions?: string[];
  /** The party lists (sanctions, denied persons) with their allowlist; their versions join the identity. */
  partyLists?: PartyLists;
  /** Earlier declarations by event time; rules reading windows and baselines stay silent without it. */
  history?: HistoryView;
}

/** Runs the rule set over one declaration revision and decides HOLD or CLEAR. Pure but for `decidedAt`. */
export function screenDeclaration(declaration: ExportDeclaration, inputs: ScreeningInputs, decidedAt: Date): Decision {
  const { ruleSet } = inputs;
  const env = ruleEnvironment(declaration, inputs, decidedAt);
  const hits: Hit[] = [];
  for (const { id, params } of ruleSet.rules) {
    const rule = RULES.get(id);
    if (!rule) throw new Error(`rule set ${ruleSet.version} names unknown rule "${id}"`);
    hits.push(...rule.evaluate(declaration, params, env));
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

/** What every rule reads of one declaration: prepared once, shared by all rules. */
export function ruleEnvironment(declaration: ExportDeclaration, inputs: ScreeningInputs, decidedAt: Date): RuleEnvironment {
  return {
    decidedAt,
    ...(inputs.partyLists ? { partyLists: inputs.partyLists } : {}),
    ...(inputs.history ? { history: inputs.history } : {}),
    tables: inputs.ruleSet.tables,
    goods: profileGoods(declaration, inputs.ruleSet.tables),
    at: eventTimeOf(declaration),
  };
}

/**
 * The same revision screened under the same rule set and list versions always gets the same id,
 * so downstream consumers can de-duplicate at-least-once delivery. Formatted as a UUID (version 8).
 */
export function decisionIdFor(declarationId: string, revision: number, inputs: ScreeningInputs): string {
  const versions = [...(inputs.listVersions ?? []), ...(inputs.partyLists?.versions ?? [])].sort();
  return deterministicUuid([declarationId, revision, inputs.ruleSet.version, inputs.ruleSet.digest, ...versions].join('\u001f'));
}

/** A UUID (version 8, RFC 9562) drawn from the SHA-256 of a text: the same text, the same id. */
export function deterministicUuid(identity: string): string {
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
