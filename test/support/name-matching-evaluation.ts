import { ScreeningIndex, screenParty } from '@chokepoint/party-screening';
import { LabelledName } from './name-matching-set';

/** Each labelled query's best score: for its expected entry (variants) or for anything (decoys). */
export interface ScoredName extends LabelledName {
  score: number;
  /** The best-scoring entry, whatever was expected. */
  top?: string;
}

export interface CurvePoint {
  threshold: number;
  recall: number;
  falsePositiveRate: number;
  missed: number;
  falsePositives: number;
}

/** Scores every query once, down to `floor`, so any threshold above it can be read off. */
export function scoreSet(index: ScreeningIndex, set: LabelledName[], floor = 0.5): ScoredName[] {
  return set.map((item) => {
    const matches = screenParty(index, { name: item.query }, { threshold: floor, limit: 50 });
    const score = item.expected ? (matches.find((m) => `${m.list}:${m.entryId}` === item.expected)?.score ?? 0) : (matches[0]?.score ?? 0);
    return { ...item, score, ...(matches[0] ? { top: `${matches[0].list}:${matches[0].entryId}` } : {}) };
  });
}

export function curve(scored: ScoredName[], thresholds: number[]): CurvePoint[] {
  const variants = scored.filter((s) => s.expected);
  const decoys = scored.filter((s) => !s.expected);
  return thresholds.map((threshold) => {
    const missed = variants.filter((s) => s.score < threshold).length;
    const falsePositives = decoys.filter((s) => s.score >= threshold).length;
    return { threshold, recall: 1 - missed / variants.length, falsePositiveRate: falsePositives / decoys.length, missed, falsePositives };
  });
}

/** Recall (variants) or false-positive rate (decoys) per kind, at one threshold. */
export function byKind(scored: ScoredName[], threshold: number): Array<{ kind: string; count: number; rate: number }> {
  const kinds = [...new Set(scored.map((s) => s.kind))];
  return kinds.map((kind) => {
    const of = scored.filter((s) => s.kind === kind);
    const passing = of.filter((s) => s.score >= threshold).length;
    return { kind, count: of.length, rate: passing / of.length };
  });
}
