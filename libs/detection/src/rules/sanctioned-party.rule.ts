import { z } from 'zod';
import { describeRole, Hit, partiesOf, Party } from '@chokepoint/contracts';
import { AllowlistFinding, SanctionsMatch } from '../party-lists';
import { Rule } from '../rule-set';

export const SANCTIONED_PARTY_RULE_ID = 'sanctioned-party';

const PARAMS = z
  .object({
    /** At or above this match score the hit is CRITICAL: the name (or an identifier) is the listed one. */
    criticalFrom: z.number().min(0).max(1).default(0.95),
  })
  .strict();

/**
 * Every party of the declaration, in every role, against the sanctions and export-control party
 * lists. One hit per party and listed entry, scored by the match (a match of 0.85 scores 85, so
 * any reported match reaches the RED lane under the default thresholds).
 */
export const sanctionedPartyRule: Rule<z.infer<typeof PARAMS>> = {
  id: SANCTIONED_PARTY_RULE_ID,
  summary: 'Any party matching an entry of the sanctions and denied-party lists',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    const lists = env.partyLists;
    if (!lists) return [];
    return partiesOf(declaration).flatMap(({ role, party }) =>
      lists.matchesFor(party, env.decidedAt).map((match) => (match.allowlisted ? allowlistedHit(role, party, match, match.allowlisted) : matchHit(role, party, match, params.criticalFrom))),
    );
  },
};

function matchHit(role: string, party: Party, match: SanctionsMatch, criticalFrom: number): Hit {
  return {
    ruleId: SANCTIONED_PARTY_RULE_ID,
    category: 'SANCTIONED_PARTY',
    severity: match.score >= criticalFrom ? 'CRITICAL' : 'HIGH',
    score: Math.round(match.score * 1000) / 10,
    message: `The ${describeRole(role)} "${party.name}" matches "${match.matchedName}" on ${listEntry(match)} with score ${match.score.toFixed(2)}.`,
    partyRoles: [role],
    evidence: evidenceOf(role, party, match),
  };
}

/**
 * A match an officer has found false still shows in the decision, so that the record says why
 * the party passed; it weighs nothing (score 0, category OTHER) and holds nothing.
 */
function allowlistedHit(role: string, party: Party, match: SanctionsMatch, finding: AllowlistFinding): Hit {
  const { addedBy, addedAt, justification, expiresAt } = finding;
  return {
    ruleId: SANCTIONED_PARTY_RULE_ID,
    category: 'OTHER',
    severity: 'LOW',
    score: 0,
    message: `The ${describeRole(role)} "${party.name}" resembles "${match.matchedName}" on ${listEntry(match)} (score ${match.score.toFixed(2)}), but ${addedBy} found on ${addedAt.slice(0, 10)} that it is not that entity${expiresAt ? ` (allowlisted until ${expiresAt.slice(0, 10)})` : ''}: ${justification}`,
    partyRoles: [role],
    evidence: { ...evidenceOf(role, party, match), allowlisted: finding },
  };
}

function listEntry(match: SanctionsMatch): string {
  return `${match.list} (entry ${match.entryId}${match.programs.length ? `, ${match.programs.join(', ')}` : ''})`;
}

function evidenceOf(role: string, party: Party, match: SanctionsMatch): Record<string, unknown> {
  return {
    role,
    party: { name: party.name, country: party.country, ...(party.partyId ? { partyId: party.partyId } : {}) },
    list: match.list,
    entryId: match.entryId,
    programs: match.programs,
    matchedName: match.matchedName,
    score: match.score,
    breakdown: match.breakdown,
  };
}
