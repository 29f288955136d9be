import { Party } from '@chokepoint/contracts';
import { PartyLists } from '../party-lists';
import { decisionIdFor, screenDeclaration } from '../screen';
import { cleanDeclaration, defaultTestRuleSet, evaluateRule } from '../test-declarations';
import { sanctionedPartyRule } from './sanctioned-party.rule';

const ruleSet = defaultTestRuleSet();
const decidedAt = new Date('2026-11-20T09:00:00Z');
/** Lists that know one name, so the rule is tested apart from the matcher. */
const lists = (versions = ['ofac-sdn@aaa']): PartyLists => ({
  versions,
  matchesFor: (party: Party) => (party.name === 'Listed Trading' ? [{ list: 'ofac-sdn', entryId: '42', programs: ['IRAN'], matchedName: 'LISTED TRADING CO', score: 0.91, breakdown: { name: 'x' } }] : []),
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
    expect(decision).toMatchObject({ outcome: 'HOLD', lane: 'RED', riskScore: 91 });
    expect(decision.hits).toEqual([
      expect.objectContaining({
        ruleId: 'sanctioned-party', category: 'SANCTIONED_PARTY', severity: 'HIGH', score: 91, partyRoles: ['endUser'],
        message: 'The end user "Listed Trading" matches "LISTED TRADING CO" on ofac-sdn (entry 42, IRAN) with score 0.91.',
        evidence: expect.objectContaining({ list: 'ofac-sdn', entryId: '42', programs: ['IRAN'], score: 0.91, breakdown: { name: 'x' } }),
      }),
    ]);
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
