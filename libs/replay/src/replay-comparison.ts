import { Decision, Lane } from '@chokepoint/contracts';

/** One declaration revision as decided by the candidate and by what it is compared with. */
export interface ComparedDecision {
  declarationId: string;
  revision: number;
  candidate: Decision;
  /** The decision of record, or the second rule set's; absent when there is none to compare with. */
  baseline?: Decision;
}

export interface ChangeExample {
  declarationId: string;
  revision: number;
  before?: string;
  after: string;
}

const EXAMPLES = 10;
const LANES: Lane[] = ['GREEN', 'YELLOW', 'RED'];

/**
 * Everything the report says, accumulated as decisions stream past: counts, hit counts per rule
 * and category, lanes, a few examples of each change, and precision where officers have
 * reviewed holds. Bounded: it keeps counts and at most ten examples a kind, whatever the input size.
 */
export class ReplayComparison {
  decided = 0;
  compared = 0;
  newlyHeld = 0;
  newlyCleared = 0;
  unchangedHeld = 0;
  unchangedCleared = 0;
  laneChanged = 0;
  readonly rejected = new Map<string, number>();
  /** The first refused records: where they are and why, so the analyst can find them. */
  readonly refusedExamples: { position: string; reason: string }[] = [];
  readonly lanes = { candidate: emptyLanes(), baseline: emptyLanes() };
  readonly hitsByRule = { candidate: new Map<string, number>(), baseline: new Map<string, number>() };
  readonly hitsByCategory = { candidate: new Map<string, number>(), baseline: new Map<string, number>() };
  readonly examples = { newlyHeld: [] as ChangeExample[], newlyCleared: [] as ChangeExample[], laneChanged: [] as ChangeExample[] };
  /** Per rule: reviewed holds the candidate raises with that rule, confirmed or released. */
  readonly reviewed = new Map<string, { confirmed: number; released: number }>();
  /** Confirmed holds the candidate would clear. */
  readonly missedConfirmed: ChangeExample[] = [];
  missedConfirmedCount = 0;

  constructor(
    readonly labels: { candidate: string; baseline?: string },
    /** Officers' findings on holds of record, by declaration id (issue 6 adds releases). */
    private readonly reviews: { confirmed: ReadonlySet<string>; released: ReadonlySet<string> } = { confirmed: new Set(), released: new Set() },
  ) {}

  /**
   * Adds what another comparison counted (a later segment of the same replay, decided on
   * another thread): counts add up, examples keep the first ten in input order.
   */
  absorb(other: ReplayComparison): void {
    for (const key of ['decided', 'compared', 'newlyHeld', 'newlyCleared', 'unchangedHeld', 'unchangedCleared', 'laneChanged', 'missedConfirmedCount'] as const) this[key] += other[key];
    for (const [reason, n] of other.rejected) this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + n);
    this.refusedExamples.push(...other.refusedExamples.slice(0, EXAMPLES - this.refusedExamples.length));
    for (const side of ['candidate', 'baseline'] as const) {
      for (const lane of LANES) this.lanes[side][lane] += other.lanes[side][lane];
      for (const [rule, n] of other.hitsByRule[side]) this.hitsByRule[side].set(rule, (this.hitsByRule[side].get(rule) ?? 0) + n);
      for (const [category, n] of other.hitsByCategory[side]) this.hitsByCategory[side].set(category, (this.hitsByCategory[side].get(category) ?? 0) + n);
    }
    for (const kind of ['newlyHeld', 'newlyCleared', 'laneChanged'] as const) this.examples[kind].push(...other.examples[kind].slice(0, EXAMPLES - this.examples[kind].length));
    for (const [rule, t] of other.reviewed) {
      const mine = this.reviewed.get(rule) ?? { confirmed: 0, released: 0 };
      this.reviewed.set(rule, { confirmed: mine.confirmed + t.confirmed, released: mine.released + t.released });
    }
    this.missedConfirmed.push(...other.missedConfirmed.slice(0, EXAMPLES - this.missedConfirmed.length));
  }

  reject(reason: string, position: string): void {
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
    if (this.refusedExamples.length < EXAMPLES) this.refusedExamples.push({ position, reason });
  }

  add({ declarationId, revision, candidate, baseline }: ComparedDecision): void {
    this.decided += 1;
    this.count('candidate', candidate);
    this.reviewOf(declarationId, candidate);
    if (!baseline) return;
    this.compared += 1;
    this.count('baseline', baseline);
    const example = { declarationId, revision, before: summary(baseline), after: summary(candidate) };
    const held = candidate.outcome === 'HOLD';
    if (held && baseline.outcome === 'CLEAR') this.note('newlyHeld', example, () => this.newlyHeld++);
    else if (!held && baseline.outcome === 'HOLD') this.note('newlyCleared', example, () => this.newlyCleared++);
    else if (held) this.unchangedHeld += 1;
    else this.unchangedCleared += 1;
    if (held && baseline.outcome === 'HOLD' && candidate.lane !== baseline.lane) this.note('laneChanged', example, () => this.laneChanged++);
  }

  private count(side: 'candidate' | 'baseline', decision: Decision): void {
    this.lanes[side][decision.lane] += 1;
    for (const hit of decision.hits) {
      if (hit.score === 0) continue;
      increment(this.hitsByRule[side], hit.ruleId);
      increment(this.hitsByCategory[side], hit.category);
    }
  }

  private reviewOf(declarationId: string, candidate: Decision): void {
    const confirmed = this.reviews.confirmed.has(declarationId);
    const released = this.reviews.released.has(declarationId);
    if (!confirmed && !released) return;
    if (confirmed && candidate.outcome === 'CLEAR') {
      this.missedConfirmedCount += 1;
      if (this.missedConfirmed.length < EXAMPLES) this.missedConfirmed.push({ declarationId, revision: candidate.revision, after: summary(candidate) });
    }
    if (candidate.outcome !== 'HOLD') return;
    for (const ruleId of new Set(candidate.hits.filter((h) => (h.score ?? 0) > 0).map((h) => h.ruleId))) {
      const tally = this.reviewed.get(ruleId) ?? { confirmed: 0, released: 0 };
      tally[confirmed ? 'confirmed' : 'released'] += 1;
      this.reviewed.set(ruleId, tally);
    }
  }

  private note(kind: keyof ReplayComparison['examples'], example: ChangeExample, tally: () => void): void {
    tally();
    if (this.examples[kind].length < EXAMPLES) this.examples[kind].push(example);
  }
}

/** "HOLD YELLOW 52.4 (structuring, chpl-to-diversion-hub)" */
export function summary(decision: Decision): string {
  const rules = [...new Set(decision.hits.filter((h) => (h.score ?? 0) > 0).map((h) => h.ruleId))];
  return `${decision.outcome} ${decision.lane} ${decision.riskScore}${rules.length ? ` (${rules.join(', ')})` : ''}`;
}

function emptyLanes(): Record<Lane, number> {
  return Object.fromEntries(LANES.map((l) => [l, 0])) as Record<Lane, number>;
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
