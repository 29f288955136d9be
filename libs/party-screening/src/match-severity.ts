import type { MatchBreakdown } from './screen-party';

/**
 * CRITICAL: the listed party itself (an identifier, or the whole name exactly, wherever the
 * party says it is: a listed firm declared through another country is the circumvention to
 * catch); HIGH: a fuzzy match on more than one distinctive word; MEDIUM: a fuzzy match resting
 * on one distinctive word or made across a country or kind mismatch. Every reported match holds
 * the declaration; the severity says how firmly, and so which lane.
 */
export type MatchSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM';

export interface SeverityFinding {
  severity: MatchSeverity;
  /** Why, in words an officer reads; empty for an ordinary strong match. */
  reasons: string[];
}

/** How firmly a reported match holds, from its evidence alone. */
export function severityOf(breakdown: MatchBreakdown): SeverityFinding {
  if (breakdown.identifier) return { severity: 'CRITICAL', reasons: [`it shares the identifier ${breakdown.identifier}`] };
  const elsewhere = breakdown.country.effect === 'weakens' ? [`the party is in ${breakdown.country.screened}, the listed entry in ${breakdown.country.listed.join(', ')}`] : [];
  if (wholeName(breakdown) && breakdown.kindAdjustment === 0) return { severity: 'CRITICAL', reasons: ['the whole name is the listed one', ...elsewhere] };
  const reasons: string[] = [];
  if (breakdown.name!.thin) reasons.push(`it rests on one distinctive word (${distinctiveWord(breakdown)})`);
  reasons.push(...elsewhere);
  if (breakdown.kindAdjustment < 0) reasons.push('the party is not of the listed kind (person, firm or craft)');
  return reasons.length ? { severity: 'MEDIUM', reasons } : { severity: 'HIGH', reasons: [] };
}

/** Every word of both names paired, letter for letter. */
function wholeName({ name }: MatchBreakdown): boolean {
  return !!name && name.unmatchedScreened.length === 0 && name.unmatchedListed.length === 0 && name.pairs.every((p) => p.similarity === 1);
}

function distinctiveWord({ name }: MatchBreakdown): string {
  const pair = name!.pairs.find((p) => !p.generic) ?? name!.pairs[0];
  return pair ? (pair.screened === pair.listed ? pair.listed : `${pair.screened} for ${pair.listed}`) : '';
}
