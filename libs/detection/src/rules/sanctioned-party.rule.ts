import { z } from 'zod';
import { describeRole, Hit, partiesOf, Party } from '@chokepoint/contracts';
import { AllowlistFinding, SanctionsMatch } from '../party-lists';
import { Rule } from '../rule-set';

export const SANCTIONED_PARTY_RULE_ID = 'sanctioned-party';

const score = z.number().min(0).max(100);
const PARAMS = z
  .object({
    /**
     * The hit's score by the match's severity (party-screening's match-severity.ts): the listed
     * party itself (identifier, whole name) for inspection, a strong fuzzy match too, a match
     * resting on one word or across a country or kind mismatch for a documentary check.
     */
    criticalScore: score.default(100),
    highScore: score.default(85),
    mediumScore: score.default(55),
  })
  .strict();

/**
 * Every party of the declaration, in every role, against the sanctions and export-control party
 * lists. One hit per party and listed entry. Every reported match holds; its severity, from the
 * strength of the evidence, sets its score and so the lane (RED for CRITICAL and HIGH, YELLOW for
 * MEDIUM under the default thresholds).
 */
export const sanctionedPartyRule: Rule<z.infer<typeof PARAMS>> = {
  id: SANCTIONED_PARTY_RULE_ID,
  summary: 'Any party matching an entry of the sanctions and denied-party lists',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    const lists = env.partyLists;
    if (!lists) return [];
    return partiesOf(declaration).flatMap(({ role, party }) =>
      lists.matchesFor(party, env.decidedAt).map((match) => (match.allowlisted ? allowlistedHit(role, party, match, match.allowlisted) : matchHit(role, party, match, params))),
    );
  },
};

function matchHit(role: string, party: Party, match: SanctionsMatch, params: z.infer<typeof PARAMS>): Hit {
  const scores = { CRITICAL: params.criticalScore, HIGH: params.highScore, MEDIUM: params.mediumScore };
  const weaker = match.severity === 'MEDIUM' && match.severityReasons.length ? ` A weaker match: ${match.severityReasons.join('; ')}.` : '';
  return {
    ruleId: SANCTIONED_PARTY_RULE_ID,
    category: 'SANCTIONED_PARTY',
    severity: match.severity,
    score: scores[match.severity],
    message: `The ${describeRole(role)} "${party.name}" matches "${match.matchedName}" on ${listEntry(match)} with score ${match.score.toFixed(2)}.${weaker}`,
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
    severity: match.severity,
    severityReasons: match.severityReasons,
    breakdown: match.breakdown,
  };
}
