import { Party } from '@chokepoint/contracts';
import { PartyLists, SanctionsMatch } from '../party-lists';
import { decisionIdFor, screenDeclaration } from '../screen';
import { cleanDeclaration, defaultTestRuleSet, evaluateRule } from '../test-declarations';
import { sanctionedPartyRule } from './sanctioned-party.rule';

const ruleSet = defaultTestRuleSet();
const decidedAt = new Date('2026-11-20T09:00:00Z');
/** Lists that know one name, so the rule is tested apart from the matcher. */
const HIGH_MATCH = { list: 'ofac-sdn', entryId: '42', programs: ['IRAN'], matchedName: 'LISTED TRADING CO', score: 0.91, severity: 'HIGH' as const, severityReasons: [], breakdown: { name: 'x' } };
const lists = (versions = ['ofac-sdn@aaa'], match: SanctionsMatch = HIGH_MATCH): PartyLists => ({
  versions,
  matchesFor: (party: Party) => (party.name === 'Listed Trading' ? [match] : []),
});

describe('sanctioned-party rule', () => {
  it('finds nothing without lists or matches', () => {
    expect(evaluateRule(sanctionedPartyRule, cleanDeclaration())).toEqual([]);
    expect(evaluateRule(sanctionedPartyRule, cleanDeclaration(), { partyLists: lists() }, decidedAt)).toEqual([]);
  });

  it('holds in the RED lane with the role, list entry and evidence', () => {
    const base = cleanDeclaration();
    const declaration = { ...base, parties: { ...base.parties, endUser: { name: 'Listed Trading', country: 'SE' } } };
    const decision = screenDeclaration(declaration, { ruleSet, partyLists: lists() }, decidedAt);
    expect(decision).toMatchObject({ outcome: 'HOLD', lane: 'RED', riskScore: 85 });
    expect(decision.hits).toEqual([
      expect.objectContaining({
        ruleId: 'sanctioned-party', category: 'SANCTIONED_PARTY', severity: 'HIGH', score: 85, partyRoles: ['endUser'],
        message: 'The end user "Listed Trading" matches "LISTED TRADING CO" on ofac-sdn (entry 42, IRAN) with score 0.91.',
        evidence: expect.objectContaining({ list: 'ofac-sdn', entryId: '42', programs: ['IRAN'], score: 0.91, breakdown: { name: 'x' } }),
      }),
    ]);
  });

  it('scores the hit by the strength of the evidence: the listed party itself RED at 100, a weak match YELLOW, saying why', () => {
    const base = cleanDeclaration();
    const declaration = { ...base, parties: { ...base.parties, endUser: { name: 'Listed Trading', country: 'SE' } } };
    const critical = screenDeclaration(declaration, { ruleSet, partyLists: lists(undefined, { ...HIGH_MATCH, score: 1, severity: 'CRITICAL' }) }, decidedAt);
    expect(critical).toMatchObject({ outcome: 'HOLD', lane: 'RED', riskScore: 100, hits: [expect.objectContaining({ severity: 'CRITICAL', score: 100 })] });
    const weak = { ...HIGH_MATCH, score: 0.82, severity: 'MEDIUM' as const, severityReasons: ['it rests on one distinctive word (listed)'] };
    const medium = screenDeclaration(declaration, { ruleSet, partyLists: lists(undefined, weak) }, decidedAt);
    expect(medium).toMatchObject({ outcome: 'HOLD', lane: 'YELLOW', riskScore: 55 });
    expect(medium.hits[0]).toMatchObject({ severity: 'MEDIUM', score: 55, evidence: expect.objectContaining({ severity: 'MEDIUM', severityReasons: weak.severityReasons }) });
    expect(medium.hits[0].message).toBe('The end user "Listed Trading" matches "LISTED TRADING CO" on ofac-sdn (entry 42, IRAN) with score 0.82. A weaker match: it rests on one distinctive word (listed).');
  });

  it('clears an allowlisted match but says in the decision who found it false, and why', () => {
    const base = cleanDeclaration();
    const declaration = { ...base, parties: { ...base.parties, endUser: { name: 'Listed Trading', country: 'SE' } } };
    const finding = { justification: 'Different company: registration AE-551 checked.', addedBy: 'officer-7', addedAt: '2026-11-02T10:00:00Z', expiresAt: '2027-05-01T00:00:00Z' };
    const allowlisted: PartyLists = { versions: ['ofac-sdn@aaa'], matchesFor: (party, at) => lists().matchesFor(party, at).map((m) => ({ ...m, allowlisted: finding })) };
    const decision = screenDeclaration(declaration, { ruleSet, partyLists: allowlisted }, decidedAt);
    expect(decision).toMatchObject({ outcome: 'CLEAR', lane: 'GREEN', riskScore: 0 });
    expect(decision.hits).toEqual([
      expect.objectContaining({
        ruleId: 'sanctioned-party', category: 'OTHER', severity: 'LOW', score: 0, partyRoles: ['endUser'],
        message: 'The end user "Listed Trading" resembles "LISTED TRADING CO" on ofac-sdn (entry 42, IRAN) (score 0.91), but officer-7 found on 2026-11-02 that it is not that entity (allowlisted until 2027-05-01): Different company: registration AE-551 checked.',
        evidence: expect.objectContaining({ entryId: '42', allowlisted: finding }),
      }),
    ]);
  });

  it('gives a decision screened against other list versions another id', () => {
    const declaration = cleanDeclaration();
    expect(decisionIdFor(declaration.declarationId, 0, { ruleSet, partyLists: lists(['ofac-sdn@aaa']) })).not.toBe(
      decisionIdFor(declaration.declarationId, 0, { ruleSet, partyLists: lists(['ofac-sdn@bbb']) }),
    );
  });
});
