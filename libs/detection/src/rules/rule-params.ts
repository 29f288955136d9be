import { z } from 'zod';

/** A hit's score, 0-100, as the rule set's parameters give it. */
export const score = (fallback: number) => z.number().min(0).max(100).default(fallback);
export const days = (fallback: number) => z.number().int().positive().max(3660).default(fallback);

/** Combines the scores of several findings of one rule as the decision policy combines hits. */
export function combined(scores: number[]): number {
  const residual = scores.reduce((rest, s) => rest * (1 - s / 100), 1);
  return Math.round((1 - residual) * 1000) / 10;
}

/** Severity a rule's score reads as, for rules whose findings vary in weight. */
export function severityOf(score: number): 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL' {
  return score >= 80 ? 'CRITICAL' : score >= 50 ? 'HIGH' : score >= 20 ? 'MEDIUM' : 'LOW';
}

/** Capitalises the first letter: messages are sentences. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
