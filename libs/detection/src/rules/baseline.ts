import { Hit } from '@chokepoint/contracts';
import { HistoryView } from '../history/history-view';
import { DAY_MS } from '../rule-set';

/**
 * Rules that measure a declaration against what came before (a surge against its trailing
 * baseline, a unit value against the prices seen, a consignee against those known) need that
 * history first. Until they have it, one that would have fired on the little it has says so in
 * the decision, scored 0, so that a fresh deployment or a new hub does not hold on noise and an
 * officer still sees what the rule could not yet judge.
 */
export const NO_BASELINE_YET = 'none yet';

/** Whether the history reaches back to `from` (ms): a window starting earlier is not covered. */
export function historyCovers(history: HistoryView, from: number): boolean {
  return history.coverageStart !== undefined && history.coverageStart <= from;
}

/** Whole days of history before `at`: 0 without any. */
export function daysOfHistory(history: HistoryView, at: number): number {
  return history.coverageStart === undefined ? 0 : Math.max(0, Math.floor((at - history.coverageStart) / DAY_MS));
}

/** The note a rule leaves for want of a baseline: LOW, scored 0, the lane unmoved; `evidence.baseline` is "none yet". */
export function noBaselineYet(hit: Omit<Hit, 'severity' | 'score'>): Hit {
  return { ...hit, severity: 'LOW', score: 0, evidence: { baseline: NO_BASELINE_YET, ...hit.evidence } };
}
