import { Hit, Lane } from '@chokepoint/contracts';
import { RuleSet } from './rule-set';

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
  const residual = hits.reduce((rest, hit) => rest * (1 - clamp(hit.score ?? 0) / 100), 1);
  const riskScore = Math.round((1 - residual) * 1000) / 10;
  const lane: Lane = riskScore >= lanes.redFrom ? 'RED' : riskScore >= lanes.yellowFrom ? 'YELLOW' : 'GREEN';
  return { riskScore, lane, outcome: lane === 'GREEN' ? 'CLEAR' : 'HOLD' };
}

function clamp(score: number): number {
  return Math.min(100, Math.max(0, score));
}
