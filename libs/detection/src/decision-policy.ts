import { Hit, Lane } from '@chokepoint/contracts';
import { RuleSet } from './rule-set';
import { combined } from './rules/rule-params';

export interface Assessment {
  riskScore: number;
  lane: Lane;
  outcome: 'HOLD' | 'CLEAR';
}

/**
 * Combines hits as independent pieces of evidence: each closes part of the remaining gap
 * to 100, so two medium hits weigh more than one, and no sum ever passes 100.
 */
export function assess(hits: Hit[], lanes: RuleSet['lanes']): Assessment {
  const riskScore = combined(hits.map((hit) => clamp(hit.score ?? 0)));
  const lane: Lane = riskScore >= lanes.redFrom ? 'RED' : riskScore >= lanes.yellowFrom ? 'YELLOW' : 'GREEN';
  return { riskScore, lane, outcome: lane === 'GREEN' ? 'CLEAR' : 'HOLD' };
}

function clamp(score: number): number {
  return Math.min(100, Math.max(0, score));
}
