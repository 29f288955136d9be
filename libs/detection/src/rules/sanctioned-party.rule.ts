import { describeRole, Hit, partiesOf } from '@chokepoint/contracts';
import { Rule } from '../rule-set';

export const SANCTIONED_PARTY_RULE_ID = 'sanctioned-party';

/** At or above this match score the hit is CRITICAL: the name (or an identifier) is the listed one. */
const CRITICAL_FROM = 0.95;

/**
 * Every party of the declaration, in every role, against the sanctions and export-control party
 * lists. One hit per party and listed entry, scored by the match (a match of 0.85 scores 85, so
 * any reported match reaches the RED lane under the default thresholds).
 */
export const sanctionedPartyRule: Rule = {
  id: SANCTIONED_PARTY_RULE_ID,
  evaluate(declaration, _ruleSet, context): Hit[] {
    const lists = context?.partyLists;
    if (!lists) return [];
    return partiesOf(declaration).flatMap(({ role, party }) =>
      lists.matchesFor(party, context.decidedAt).map((match) => ({
        ruleId: SANCTIONED_PARTY_RULE_ID,
        category: 'SANCTIONED_PARTY',
        severity: match.score >= CRITICAL_FROM ? 'CRITICAL' : 'HIGH',
        score: Math.round(match.score * 1000) / 10,
        message: `The ${describeRole(role)} "${party.name}" matches "${match.matchedName}" on ${match.list} (entry ${match.entryId}${match.programs.length ? `, ${match.programs.join(', ')}` : ''}) with score ${match.score.toFixed(2)}.`,
        partyRoles: [role],
        evidence: {
          role,
          party: { name: party.name, country: party.country, ...(party.partyId ? { partyId: party.partyId } : {}) },
          list: match.list,
          entryId: match.entryId,
          programs: match.programs,
          matchedName: match.matchedName,
          score: match.score,
          breakdown: match.breakdown,
        },
      } satisfies Hit)),
    );
  },
};
