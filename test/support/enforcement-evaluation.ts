import { Decision, ExportDeclaration } from '@chokepoint/contracts';
import { DeclarationHistory, RuleSet, screenDeclaration } from '@chokepoint/detection';
import { generateStream } from './circumvention-stream';
import { PUBLIC_CASES, PublicCase } from './enforcement-cases';

const DAY = 86_400_000;
/** The generated background traffic starts here (circumvention-stream.ts). */
const START = Date.UTC(2026, 5, 1);
/** Cases and look-alikes are filed from this day on: the background's history covers the 90 days before. */
const FIRST_DAY = 100;

export interface PatternFigures {
  pattern: string;
  cases: number;
  /** Held, with a hit of a category an officer would call right (scored above 0). */
  heldRight: number;
  lookAlikes: number;
  held: number;
  heldRed: number;
}

export interface PublicCaseEvaluation {
  patterns: PatternFigures[];
  cases: { count: number; heldRight: number };
  lookAlikes: { count: number; held: number; heldRed: number };
  decisions: Map<string, Decision>;
}

/**
 * The public cases and look-alikes filed among a quarter of ordinary generated traffic (so that
 * "new", baselines and hubs mean what they mean live), screened in event-time order with the
 * live code and an in-memory history, and scored per pattern.
 */
export function evaluatePublicCases(ruleSet: RuleSet, seed = 7): PublicCaseEvaluation {
  const background = generateStream({ seed, days: FIRST_DAY + 30, cleanPerDay: 30, casesPerTypology: 0, listedStreets: [] }).entries.filter((e) => !e.planted).map((e) => e.declaration);
  const filed = PUBLIC_CASES.flatMap((c, i) => [...regularShipments(c), declarationOf(c, `PUBLIC-${c.id}`, FIRST_DAY + i)]);
  const history = new DeclarationHistory(ruleSet.tables);
  const decisions = new Map<string, Decision>();
  for (const declaration of [...background, ...filed].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    decisions.set(declaration.declarationId, screenDeclaration(declaration, { ruleSet, history }, new Date(declaration.submittedAt)));
    history.observe(declaration);
  }
  const patterns = [...new Set(PUBLIC_CASES.map((c) => c.pattern))].map((pattern) => figuresOf(pattern, PUBLIC_CASES.filter((c) => c.pattern === pattern), decisions));
  const sum = (k: keyof Omit<PatternFigures, 'pattern'>) => patterns.reduce((n, p) => n + p[k], 0);
  return { patterns, cases: { count: sum('cases'), heldRight: sum('heldRight') }, lookAlikes: { count: sum('lookAlikes'), held: sum('held'), heldRed: sum('heldRed') }, decisions };
}

function declarationOf(c: PublicCase, declarationId: string, day: number): ExportDeclaration {
  return { ...structuredClone(c.declaration), declarationId, revision: 0, submittedAt: new Date(START + day * DAY + 10 * 3_600_000).toISOString() };
}

/** A long-standing customer's weekly shipments before the one measured. */
function regularShipments(c: PublicCase): ExportDeclaration[] {
  if (!c.regular) return [];
  return Array.from({ length: 13 }, (_, week) => declarationOf(c, `PUBLIC-${c.id}-W${week}`, 2 + week * 7));
}

function figuresOf(pattern: string, of: PublicCase[], decisions: Map<string, Decision>): PatternFigures {
  const decisionOf = (c: PublicCase) => decisions.get(`PUBLIC-${c.id}`)!;
  const cases = of.filter((c) => c.kind === 'case');
  const lookAlikes = of.filter((c) => c.kind === 'look-alike');
  const heldRight = cases.filter((c) => decisionOf(c).outcome === 'HOLD' && decisionOf(c).hits.some((h) => (h.score ?? 0) > 0 && c.categories.includes(h.category)));
  const held = lookAlikes.filter((c) => decisionOf(c).outcome === 'HOLD');
  return { pattern, cases: cases.length, heldRight: heldRight.length, lookAlikes: lookAlikes.length, held: held.length, heldRed: held.filter((c) => decisionOf(c).lane === 'RED').length };
}
