import { ExportDeclaration, Hit } from '@chokepoint/contracts';

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

/** A rule is a pure function of the declaration and the rule set's data. */
export interface Rule {
  readonly id: string;
  evaluate(declaration: ExportDeclaration, ruleSet: RuleSet): Hit[];
}
