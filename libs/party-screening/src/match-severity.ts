import type { MatchBreakdown } from './screen-party';

/** CRITICAL: the listed party itself (identifier, or the whole name exactly); HIGH: a strong fuzzy match; MEDIUM: a weak one. */
export type MatchSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM';

export interface SeverityFinding {
  severity: MatchSeverity;
  reasons: string[];
}

/** How firmly a reported match holds, from its evidence alone. */
export function severityOf(score: number, breakdown: MatchBreakdown): SeverityFinding {
  if (breakdown.identifier) return { severity: 'CRITICAL', reasons: [`shares the identifier ${breakdown.identifier}`] };
  if (score >= 0.99) return { severity: 'CRITICAL', reasons: ['the whole name is the listed one'] };
  return { severity: 'HIGH', reasons: [] };
}
