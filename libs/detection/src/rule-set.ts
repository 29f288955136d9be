import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { PartyLists } from './party-lists';

/**
 * A rule set is versioned data: which rules run, with which thresholds and reference tables.
 * Every decision records the version it was made under.
 */
export interface RuleSet {
  version: string;
  /** Rule ids that run, in order; ids are stable across versions. */
  enabledRules: string[];
  countryGroups: {
    /** Destinations and party countries under embargo: a hit here is enough for the RED lane. */
    embargoed: string[];
  };
  /** Risk-score thresholds (0-100) from which a declaration goes to a lane. */
  lanes: { yellowFrom: number; redFrom: number };
}

/** What a rule may read beyond the declaration and the rule set: read-only views, fixed for the batch. */
export interface RuleContext {
  /** The time of the decision (allowlist expiry is judged by it). */
  decidedAt: Date;
  partyLists?: PartyLists;
}

/** A rule is a pure function of the declaration, the rule set's data and the context's views. */
export interface Rule {
  readonly id: string;
  evaluate(declaration: ExportDeclaration, ruleSet: RuleSet, context?: RuleContext): Hit[];
}
