import { defaultRuleSet } from '../default-rule-set';
import { cleanDeclaration } from '../test-declarations';
import { embargoedCountryRule } from './embargoed-country.rule';
import { unlicensedControlCodeRule } from './unlicensed-control-code.rule';

const ruleSet = defaultRuleSet(['RU', 'IR', 'KP']);

describe('embargoed-country rule', () => {
  it('does not fire on trade between partner countries', () => {
    expect(embargoedCountryRule.evaluate(cleanDeclaration(), ruleSet)).toEqual([]);
  });

  it('fires on an embargoed destination', () => {
    const [hit] = embargoedCountryRule.evaluate(cleanDeclaration({ destinationCountry: 'IR' }), ruleSet);
    expect(hit).toMatchObject({ ruleId: 'embargoed-country', severity: 'CRITICAL', evidence: { country: 'IR', roles: ['destination'] } });
    expect(hit.message).toBe('The declared destination is in IR, an embargoed country.');
    expect(hit.partyRoles).toBeUndefined();
  });

  it('fires on any party in an embargoed country, naming each role once per country', () => {
    const declaration = cleanDeclaration({
      destinationCountry: 'KG',
      parties: {
        exporter: { name: 'Hanbit', country: 'KR' },
        consignee: { name: 'Altyn Trade', country: 'KG' },
        endUser: { name: 'OOO Vektor', country: 'RU' },
        intermediaries: [{ name: 'Some Broker', country: 'AE' }, { name: 'Moscow Agent', country: 'RU' }],
      },
    });
    const hits = embargoedCountryRule.evaluate(declaration, ruleSet);
    expect(hits).toHaveLength(1);
    expect(hits[0].partyRoles).toEqual(['endUser', 'intermediaries[1]']);
    expect(hits[0].message).toBe('The end user and the intermediary 2 are in RU, an embargoed country.');
  });

  it('gives one hit per embargoed country', () => {
    const declaration = cleanDeclaration({
      destinationCountry: 'KP',
      parties: { exporter: { name: 'A', country: 'KR' }, consignee: { name: 'B', country: 'KP' }, notifyParty: { name: 'C', country: 'IR' } },
    });
    const hits = embargoedCountryRule.evaluate(declaration, ruleSet);
    expect(hits.map((h) => h.evidence?.country)).toEqual(['KP', 'IR']);
    expect(hits[0].message).toBe('The declared destination and the consignee are in KP, an embargoed country.');
  });

  it('follows the rule set: a country off the list does not fire', () => {
    expect(embargoedCountryRule.evaluate(cleanDeclaration({ destinationCountry: 'RU' }), defaultRuleSet(['KP']))).toEqual([]);
  });
});

describe('unlicensed-control-code rule', () => {
  const controlled = { lineNumber: 2, hsCode: '8543709000', description: 'Signal generator', quantity: 2, unit: 'PCE', value: 40000, originCountry: 'KR', controlCode: '3A002' };

  it('does not fire without a control code', () => {
    expect(unlicensedControlCodeRule.evaluate(cleanDeclaration(), ruleSet)).toEqual([]);
  });

  it('does not fire when the controlled item has a licence', () => {
    const declaration = cleanDeclaration({ items: [{ ...controlled, licence: { number: 'EL-2026-0042', type: 'INDIVIDUAL' } }] });
    expect(unlicensedControlCodeRule.evaluate(declaration, ruleSet)).toEqual([]);
  });

  it('treats a blank control code as none and a blank licence number as no licence', () => {
    expect(unlicensedControlCodeRule.evaluate(cleanDeclaration({ items: [{ ...controlled, controlCode: '  ' }] }), ruleSet)).toEqual([]);
    expect(unlicensedControlCodeRule.evaluate(cleanDeclaration({ items: [{ ...controlled, licence: { number: ' ' } }] }), ruleSet)).toHaveLength(1);
  });

  it('fires once for all unlicensed controlled items, naming their lines and codes', () => {
    const base = cleanDeclaration();
    const declaration = cleanDeclaration({ items: [...base.items, controlled, { ...controlled, lineNumber: 3, controlCode: '6A005' }] });
    const hits = unlicensedControlCodeRule.evaluate(declaration, ruleSet);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ category: 'STRATEGIC_GOODS', severity: 'HIGH', itemLines: [2, 3] });
    expect(hits[0].message).toBe('Items 2, 3 are declared under control codes 3A002, 6A005 without an export licence.');
  });
});
