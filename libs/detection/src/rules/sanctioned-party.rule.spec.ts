import { Party } from '@chokepoint/contracts';
import { defaultRuleSet } from '../default-rule-set';
import { PartyLists } from '../party-lists';
import { decisionIdFor, screenDeclaration } from '../screen';
import { cleanDeclaration } from '../test-declarations';
import { sanctionedPartyRule } from './sanctioned-party.rule';

const ruleSet = defaultRuleSet(['KP']);
const decidedAt = new Date('2026-11-20T09:00:00Z');
/** Lists that know one name, so the rule is tested apart from the matcher. */
const lists = (versions = ['ofac-sdn@aaa']): PartyLists => ({
  versions,
  matchesFor: (party: Party) => (party.name === 'Listed Trading' ? [{ list: 'ofac-sdn', entryId: '42', programs: ['IRAN'], matchedName: 'LISTED TRADING CO', score: 0.91, breakdown: { name: 'x' } }] : []),
});

describe('sanctioned-party rule', () => {
  it('finds nothing without lists or matches', () => {
    expect(sanctionedPartyRule.evaluate(cleanDeclaration(), ruleSet)).toEqual([]);
    expect(sanctionedPartyRule.evaluate(cleanDeclaration(), ruleSet, { decidedAt, partyLists: lists() })).toEqual([]);
  });

  it('holds in the RED lane with the role, list entry and evidence', () => {
    const base = cleanDeclaration();
    const declaration = { ...base, parties: { ...base.parties, endUser: { name: 'Listed Trading', country: 'AE' } } };
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

  it('gives a decision screened against other list versions another id', () => {
    const declaration = cleanDeclaration();
    expect(decisionIdFor(declaration.declarationId, 0, { ruleSet, partyLists: lists(['ofac-sdn@aaa']) })).not.toBe(
      decisionIdFor(declaration.declarationId, 0, { ruleSet, partyLists: lists(['ofac-sdn@bbb']) }),
    );
  });
});
