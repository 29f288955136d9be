import { Party } from '@chokepoint/contracts';

/** One listed entity a party may be: what the sanctioned-party rule turns into a hit. */
export interface SanctionsMatch {
  list: string;
  entryId: string;
  programs: string[];
  matchedName: string;
  /** 0..1. */
  score: number;
  /** How strong the evidence is: CRITICAL the listed party itself, HIGH a strong fuzzy match, MEDIUM a weak one. */
  severity: 'CRITICAL' | 'HIGH' | 'MEDIUM';
  /** Why a match is weaker, in an officer's words. */
  severityReasons: string[];
  /** The matcher's breakdown: token pairs, coverage, country, identifier. */
  breakdown: object;
  /** Set when an officer found this party is not this entry: the match is reported, not held. */
  allowlisted?: AllowlistFinding;
}

/** An officer's finding, on the allowlist, that a party is not a listed entry it resembles. */
export interface AllowlistFinding {
  justification: string;
  addedBy: string;
  addedAt: string;
  expiresAt?: string;
}

/**
 * What detection needs of party screening, and no more: the rule stays a pure function over
 * plain data, and the lists, index and allowlist live in the party-screening library.
 */
export interface PartyLists {
  /** Versions of the lists (and allowlist) matched against: part of every decision's identity. */
  readonly versions: string[];
  /** Matches at or above the configured threshold; pairs allowlisted as of `at` carry the finding. */
  matchesFor(party: Party, at: Date): SanctionsMatch[];
  /** The contact points the lists give for their entries; the same array until the lists change. */
  readonly listedContacts?: readonly ListedContact[];
}

/** A listed entry's addresses, phone numbers and e-mail addresses, for network links. */
export interface ListedContact {
  list: string;
  entryId: string;
  name: string;
  programs: string[];
  addresses: { text: string; country?: string }[];
  phones: string[];
  emails: string[];
}
