import { ExportDeclaration, GoodsItem } from '@chokepoint/contracts';
import { screenDeclaration } from '../screen';
import { cleanDeclaration, defaultTestRuleSet, evaluateRule, goodsItem } from '../test-declarations';
import { destinationRestrictionsRule } from './destination-restrictions.rule';

const medicine = goodsItem({ hsCode: '300490', description: 'Medicaments, packaged for retail sale', value: 8000 });
const infusionPumps = goodsItem({ hsCode: '901890', description: 'Infusion pumps', value: 12000 });
const rice = goodsItem({ hsCode: '100630', description: 'Milled rice', quantity: 20000, unit: 'KGM', value: 16000 });
const smallCar = goodsItem({ hsCode: '870323', description: 'Passenger car, 1,598 cc petrol', quantity: 1, value: 21000 });
const machiningCentre = goodsItem({ hsCode: '845710', description: 'Vertical machining centre', quantity: 1, value: 180000 });
const tShirts = goodsItem({ hsCode: '610910', description: 'Cotton T-shirts', quantity: 500, value: 2500 });

function to(country: string, items: GoodsItem[], overrides: Partial<ExportDeclaration> = {}): ExportDeclaration {
  const base = cleanDeclaration();
  return cleanDeclaration({ destinationCountry: country, parties: { ...base.parties, consignee: { name: 'Consignee', country } }, items, ...overrides });
}

describe('destination-restrictions rule (typology 1, restrictions by regime)', () => {
  it('clears goods a goods-based regime does not restrict: medicine, healthcare devices, food, a small car to RU', () => {
    for (const item of [medicine, infusionPumps, rice, smallCar]) expect(evaluateRule(destinationRestrictionsRule, to('RU', [item]))).toEqual([]);
    expect(screenDeclaration(to('RU', [medicine, rice]), { ruleSet: defaultTestRuleSet() }, new Date('2026-11-20T08:15:00Z'))).toMatchObject({ outcome: 'CLEAR', lane: 'GREEN' });
  });

  it('holds restricted goods to RU without a valid licence, naming each regime, row and legal source', () => {
    const [hit] = evaluateRule(destinationRestrictionsRule, to('RU', [tShirts, { ...machiningCentre, lineNumber: 2 }]));
    expect(hit).toMatchObject({ category: 'STRATEGIC_GOODS', severity: 'CRITICAL', score: 95, itemLines: [2] });
    expect(hit.message).toBe(
      'The declared destination and the consignee are in RU: EU restricts item 2 without a valid licence (EU-833-CHPL, EU-833-ANNEX-XXIII: Council Regulation (EU) No 833/2014 (Russia), as amended), ' +
        'US restricts item 2 without a valid licence (US-746.8-CHPL, US-746-SUPP4: EAR 15 CFR 746.8 and Supplements No. 2, 4, 5 and 6 to part 746) and ' +
        'KR restricts item 2 without a valid licence (KR-SITUATIONAL-CHPL, KR-SITUATIONAL: Foreign Trade Act, Article 19; MOTIE Public Notice on Trade of Strategic Items, export restrictions on Russia and Belarus (situational-permit items), as amended).',
    );
    expect(hit.evidence).toMatchObject({ country: 'RU', regimes: [{ regime: 'EU', kind: 'GOODS', held: [{ lineNumber: 2, rows: ['EU-833-CHPL', 'EU-833-ANNEX-XXIII'] }], rows: [{ id: 'EU-833-CHPL', source: 'Regulation 833/2014, Art. 2a and Art. 3k, Annexes VII and XXIII' }, { id: 'EU-833-ANNEX-XXIII' }] }, { regime: 'US' }, { regime: 'KR' }] });
  });

  it('lets a valid individual licence lift what it may lift, and not an expired one', () => {
    const licensed = (licence: GoodsItem['licence']) => to('RU', [{ ...machiningCentre, licence }]);
    expect(evaluateRule(destinationRestrictionsRule, licensed({ number: 'E-2026-00418', type: 'INDIVIDUAL', validUntil: '2026-12-31' }))).toEqual([]);
    const [hit] = evaluateRule(destinationRestrictionsRule, licensed({ number: 'E-2025-00077', type: 'INDIVIDUAL', validUntil: '2026-06-30' }));
    expect(hit.evidence).toMatchObject({ regimes: expect.arrayContaining([expect.objectContaining({ held: [expect.objectContaining({ licenceProblems: ['licence E-2025-00077 expired on 2026-06-30'] })] })]) });
    // No licence lifts the ban on aircraft parts.
    const [aircraft] = evaluateRule(destinationRestrictionsRule, to('RU', [goodsItem({ hsCode: '880730', description: 'Aircraft parts', licence: { number: 'E-2026-00419', type: 'INDIVIDUAL' } })]));
    expect(aircraft.message).toContain('EU-833-ANNEX-XI');
  });

  it('holds every line to a total embargo but those exempt under a general licence its table names', () => {
    const [held] = evaluateRule(destinationRestrictionsRule, to('IR', [medicine]));
    expect(held).toMatchObject({ severity: 'CRITICAL', score: 95, evidence: { regimes: [{ regime: 'US', kind: 'EMBARGO', held: [{ lineNumber: 1 }] }] } });
    expect(held.message).toContain('under the US embargo item 1 is not exempt (US Iranian Transactions and Sanctions Regulations, 31 CFR part 560');
    const underLicence = to('IR', [{ ...medicine, licence: { number: '31 CFR 560.530', type: 'GENERAL' } }]);
    const [cleared] = evaluateRule(destinationRestrictionsRule, underLicence);
    expect(cleared).toMatchObject({ category: 'OTHER', severity: 'LOW', score: 0, evidence: { regimes: [{ regime: 'US', exempt: [{ lineNumber: 1, row: 'US-IR-560.530', licence: '31 CFR 560.530' }] }] } });
    expect(cleared.message).toBe('The declared destination and the consignee are in IR, under embargo (US), and the goods are exempt under general licence 31 CFR 560.530 (food and farm produce, medicine and healthcare devices).');
    expect(screenDeclaration(underLicence, { ruleSet: defaultTestRuleSet() }, new Date('2026-11-20T08:15:00Z'))).toMatchObject({ outcome: 'CLEAR', lane: 'GREEN' });
  });

  it('flags a general licence number the regime table does not know, and does not accept it unchecked', () => {
    const hits = evaluateRule(destinationRestrictionsRule, to('IR', [{ ...medicine, licence: { number: 'GL-IR-77', type: 'GENERAL' } }]));
    expect(hits.map((h) => [h.severity, h.score])).toEqual([['CRITICAL', 95], ['MEDIUM', 40]]);
    expect(hits[1].message).toBe('Item 1 declares general licence GL-IR-77, which the US table for IR does not know: to be checked.');
  });

  it('checks each party, the route and the money; the route alone weighs less', () => {
    const base = cleanDeclaration();
    const viaIran = to('KZ', [tShirts], { transitCountries: ['IR'] });
    expect(evaluateRule(destinationRestrictionsRule, viaIran)).toEqual([expect.objectContaining({ severity: 'HIGH', score: 85 })]);
    const endUserInRussia = (items: GoodsItem[]) => to('KZ', items, { parties: { ...base.parties, consignee: { name: 'Altyn Trade', country: 'KZ' }, endUser: { name: 'OOO Vektor', country: 'RU' } } });
    expect(evaluateRule(destinationRestrictionsRule, endUserInRussia([tShirts]))).toEqual([]);
    expect(evaluateRule(destinationRestrictionsRule, endUserInRussia([machiningCentre]))).toEqual([expect.objectContaining({ severity: 'CRITICAL', partyRoles: ['endUser'] })]);
  });

  it('keeps North Korea closed where one enforced regime has no exemption', () => {
    const food = to('KP', [{ ...rice, licence: { number: 'NLR', type: 'EXEMPTION' } }]);
    const [hit] = evaluateRule(destinationRestrictionsRule, food);
    expect(hit).toMatchObject({ severity: 'CRITICAL', evidence: { regimes: [{ regime: 'KR', kind: 'EMBARGO' }] } });
  });
});
