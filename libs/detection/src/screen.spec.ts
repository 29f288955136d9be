import { checkDecisionEvent } from '@chokepoint/contracts';
import { assess } from './decision-policy';
import { decisionEvent, decisionIdFor, screenDeclaration } from './screen';
import { adjustedRuleSet, cleanDeclaration, defaultTestRuleSet } from './test-declarations';

const ruleSet = defaultTestRuleSet();
const at = new Date('2026-11-20T08:15:00Z');
const controlled = { lineNumber: 2, hsCode: '8543709000', description: 'Signal generator', quantity: 2, unit: 'PCE', value: 40000, originCountry: 'KR', controlCode: '3A002' };

describe('screenDeclaration', () => {
  it('clears a clean declaration in the GREEN lane', () => {
    const decision = screenDeclaration(cleanDeclaration(), { ruleSet }, at);
    expect(decision).toMatchObject({ outcome: 'CLEAR', lane: 'GREEN', riskScore: 0, hits: [], ruleSetVersion: ruleSet.version, decidedAt: '2026-11-20T08:15:00.000Z' });
  });

  it('holds an embargoed destination in the RED lane', () => {
    expect(screenDeclaration(cleanDeclaration({ destinationCountry: 'RU' }), { ruleSet }, at)).toMatchObject({ outcome: 'HOLD', lane: 'RED' });
  });

  it('holds unlicensed controlled goods outside the partner states in the YELLOW lane', () => {
    const decision = screenDeclaration(cleanDeclaration({ destinationCountry: 'VN', parties: { ...cleanDeclaration().parties, consignee: { name: 'Saigon Precision', country: 'VN' } }, items: [controlled] }), { ruleSet }, at);
    expect(decision).toMatchObject({ outcome: 'HOLD', lane: 'YELLOW', riskScore: 70 });
  });

  it('makes decision events that satisfy the shared contract', () => {
    for (const declaration of [cleanDeclaration(), cleanDeclaration({ destinationCountry: 'RU', items: [controlled] })]) {
      const event = decisionEvent(screenDeclaration(declaration, { ruleSet }, at), 'urn:test');
      expect(checkDecisionEvent(event)).toEqual({ valid: true, event });
      expect(event.id).toBe(event.data.decisionId);
    }
  });

  it('refuses a rule set naming a rule it does not know', () => {
    expect(() => screenDeclaration(cleanDeclaration(), { ruleSet: { ...ruleSet, rules: [{ id: 'no-such-rule', params: {} }] } }, at)).toThrow(/no-such-rule/);
  });
});

describe('decisionIdFor', () => {
  it('is the same for the same revision, rule set and lists, whatever their order', () => {
    const a = decisionIdFor('D1', 0, { ruleSet, listVersions: ['sdn@2026-11-01', 'un@2026-10-30'] });
    expect(decisionIdFor('D1', 0, { ruleSet, listVersions: ['un@2026-10-30', 'sdn@2026-11-01'] })).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differs by revision, rule set version and list versions', () => {
    const base = decisionIdFor('D1', 0, { ruleSet });
    expect(decisionIdFor('D1', 1, { ruleSet })).not.toBe(base);
    expect(decisionIdFor('D1', 0, { ruleSet: adjustedRuleSet((d) => ({ ...d, version: 'other' })) })).not.toBe(base);
    // Same version, other content: the digest tells them apart.
    expect(decisionIdFor('D1', 0, { ruleSet: adjustedRuleSet((d) => ({ ...d, lanes: { yellowFrom: 30, redFrom: 80 } })) })).not.toBe(base);
    expect(decisionIdFor('D1', 0, { ruleSet, listVersions: ['sdn@2026-11-02'] })).not.toBe(base);
  });
});

describe('assess', () => {
  const lanes = { yellowFrom: 40, redFrom: 80 };
  const hit = (score: number) => ({ ruleId: 'r', category: 'OTHER' as const, severity: 'LOW' as const, message: 'm', score });

  it('combines hits as independent evidence, never past 100', () => {
    expect(assess([hit(60), hit(60)], lanes).riskScore).toBe(84);
    expect(assess([hit(100), hit(90)], lanes).riskScore).toBe(100);
    expect(assess([], lanes)).toEqual({ riskScore: 0, lane: 'GREEN', outcome: 'CLEAR' });
  });

  it('puts the score in a lane by the rule set thresholds, inclusive', () => {
    expect(assess([hit(39.9)], lanes).lane).toBe('GREEN');
    expect(assess([hit(40)], lanes)).toEqual({ riskScore: 40, lane: 'YELLOW', outcome: 'HOLD' });
    expect(assess([hit(80)], lanes).lane).toBe('RED');
  });
});
