import type { z } from 'zod';
import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { PartyLists } from './party-lists';
import { ReferenceTables } from './reference-tables';
import { HistoryView } from './history/history-view';
import { ItemProfile } from './goods-profile';
import type { RuleSetDocument } from './rule-set-document';

/** A rule as the rule set turns it on: its id and its validated parameters. */
export interface ConfiguredRule {
  id: string;
  params: unknown;
}

/**
 * A rule set is versioned data: which rules run, with which thresholds, over which reference
 * tables. Built from a document (YAML or JSON) by `parseRuleSet`; every decision records its
 * version, and its digest (of the resolved document, tables included) joins the decision's id.
 */
export interface RuleSet {
  version: string;
  /** sha256 of the resolved document: two rule sets with one version and two digests are refused. */
  digest: string;
  description?: string;
  /** Risk-score thresholds (0-100) from which a declaration goes to a lane. */
  lanes: { yellowFrom: number; redFrom: number };
  /** The rules that run, in order. */
  rules: ConfiguredRule[];
  tables: ReferenceTables;
  /** The resolved document (tables inline): what is stored, and what replay can run again. */
  document: RuleSetDocument;
}

/** What a rule may read beyond the declaration and its parameters: read-only, fixed for the batch. */
export interface RuleContext {
  /** The time of the decision (allowlist expiry is judged by it). Windows use the declaration's own time. */
  decidedAt: Date;
  partyLists?: PartyLists;
  /** Earlier declarations by event time; without it, rules that need history do not fire. */
  history?: HistoryView;
}

/** Everything a rule reads, prepared once per declaration. */
export interface RuleEnvironment extends RuleContext {
  tables: ReferenceTables;
  /** Each goods item classified under the rule set's tables (CHPL tier, dual-use correlation, USD value). */
  goods: ItemProfile[];
  /** The declaration's event time (`submittedAt`) in ms: windows and baselines end here. */
  at: number;
}

/** A rule is a pure function of the declaration, its parameters and the environment's views. */
export interface Rule<P = any> {
  readonly id: string;
  /** One line for the rule set's readers and the metrics' help. */
  readonly summary: string;
  readonly params: z.ZodType<P>;
  /** Days of history before a declaration the rule reads (the history keeps the longest). */
  lookbackDays?(params: P): number;
  evaluate(declaration: ExportDeclaration, params: P, env: RuleEnvironment): Hit[];
}

/** The declaration's event time; the contract guarantees an ISO date-time. */
export function eventTimeOf(declaration: ExportDeclaration): number {
  return Date.parse(declaration.submittedAt);
}

export const DAY_MS = 86_400_000;
