import { ExportDeclaration } from '@chokepoint/contracts';
import { adjustedRuleSet, cleanDeclaration, evaluateRule, goodsItem } from '../test-declarations';
import { embargoedCountryRule } from './embargoed-country.rule';
import { strategicGoodsRule } from './strategic-goods.rule';
import { chplDiversionHubRule } from './chpl-diversion-hub.rule';
import { routeInconsistencyRule } from './route-inconsistency.rule';

const toys = goodsItem({ hsCode: '950300', description: 'Plastic toys', value: 3000 });
/** A declaration to Kyrgyzstan: consignee there, goods as given. */
function toKyrgyzstan(overrides: Partial<ExportDeclaration> = {}): ExportDeclaration {
  const base = cleanDeclaration();
  return cleanDeclaration({ destinationCountry: 'KG', parties: { ...base.parties, consignee: { name: 'Altyn Trade', country: 'KG' } }, items: [goodsItem()], ...overrides });
}

describe('embargoed-country rule (typology 1)', () => {
  it('does not fire on trade between partner countries', () => {
    expect(evaluateRule(embargoedCountryRule, cleanDeclaration())).toEqual([]);
  });

  it('fires on an embargoed destination, STRATEGIC_GOODS when the goods are sensitive', () => {
    const [hit] = evaluateRule(embargoedCountryRule, cleanDeclaration({ destinationCountry: 'IR' }));
    expect(hit).toMatchObject({ ruleId: 'embargoed-country', category: 'STRATEGIC_GOODS', severity: 'CRITICAL', score: 95, evidence: { country: 'IR', roles: ['destination'] } });
    expect(hit.message).toBe('The declared destination is in IR, an embargoed country, and the goods include sensitive items (lines 1).');
  });

  it('is DIVERSION_RISK for ordinary goods', () => {
    const [hit] = evaluateRule(embargoedCountryRule, cleanDeclaration({ destinationCountry: 'IR', items: [toys] }));
    expect(hit).toMatchObject({ category: 'DIVERSION_RISK', score: 95 });
    expect(hit.message).toBe('The declared destination is in IR, an embargoed country.');
  });

  it('names every party role pointing to one embargoed country in one hit', () => {
    const declaration = toKyrgyzstan({
      items: [toys],
      parties: {
        exporter: { name: 'Hanbit', country: 'KR' },
        consignee: { name: 'Altyn Trade', country: 'KG' },
        endUser: { name: 'OOO Vektor', country: 'RU' },
        intermediaries: [{ name: 'Some Broker', country: 'AE' }, { name: 'Moscow Agent', country: 'RU' }],
      },
    });
    const hits = evaluateRule(embargoedCountryRule, declaration);
    expect(hits).toHaveLength(1);
    expect(hits[0].partyRoles).toEqual(['endUser', 'intermediaries[1]']);
    expect(hits[0].message).toBe('The end user and the intermediary 2 are in RU, an embargoed country.');
  });

  it('fires on transit, port of discharge and payment, weighing a route-only pointer less', () => {
    const declaration = toKyrgyzstan({ items: [toys], transitCountries: ['KZ', 'RU'], portOfDischarge: 'RULED', paymentCountry: 'RU' });
    const [hit] = evaluateRule(embargoedCountryRule, declaration);
    expect(hit).toMatchObject({ severity: 'HIGH', score: 85, evidence: { roles: ['transit', 'portOfDischarge', 'payment'] } });
    expect(hit.message).toBe('A transit country, the port of discharge and the payment are in RU, an embargoed country.');
  });

  it('follows the rule set: a country off the list does not fire', () => {
    const ruleSet = adjustedRuleSet((d) => ({ ...d, tables: { ...d.tables, countryGroups: { ...d.tables.countryGroups, embargoed: { source: 'test', countries: ['KP'] } } } }));
    expect(evaluateRule(embargoedCountryRule, cleanDeclaration({ destinationCountry: 'RU' }), { ruleSet })).toEqual([]);
  });
});

describe('strategic-goods-without-licence rule (typology 2)', () => {
  const controlled = goodsItem({ lineNumber: 2, hsCode: '8543709000', description: 'Signal generator', quantity: 2, value: 40000, controlCode: '3A002' });
  const toVietnam = (items = [controlled], endUser?: { name: string; country: string }) =>
    cleanDeclaration({ destinationCountry: 'VN', parties: { exporter: cleanDeclaration().parties.exporter, consignee: { name: 'Saigon Precision', country: 'VN' }, ...(endUser ? { endUser } : {}) }, items });

  it('fires on a declared control code going outside the partner states without a licence', () => {
    const [hit] = evaluateRule(strategicGoodsRule, toVietnam());
    expect(hit).toMatchObject({ category: 'STRATEGIC_GOODS', severity: 'HIGH', score: 70, itemLines: [2] });
    expect(hit.message).toBe('Item 2 is declared under control code 3A002 and is going to VN, outside the partner states, without an export licence.');
  });

  it('does not fire within the partner states, nor with a licence', () => {
    expect(evaluateRule(strategicGoodsRule, cleanDeclaration({ items: [controlled] }))).toEqual([]);
    expect(evaluateRule(strategicGoodsRule, toVietnam([{ ...controlled, licence: { number: 'EL-2026-0042', type: 'INDIVIDUAL' } }]))).toEqual([]);
  });

  it('checks a licence by what it says of itself: expired, not yet valid, or for other goods or destinations, it lifts nothing', () => {
    const licensed = (licence: Record<string, unknown>) => toVietnam([{ ...controlled, licence: { number: 'E-2026-00418', type: 'INDIVIDUAL' as const, ...licence } }]);
    expect(evaluateRule(strategicGoodsRule, licensed({ validFrom: '2026-01-01', validUntil: '2026-12-31', destinations: ['VN'], hsCodes: ['8543'] }))).toEqual([]);
    const [expired] = evaluateRule(strategicGoodsRule, licensed({ validUntil: '2026-10-31' }));
    expect(expired.message).toBe('Item 2 is declared under control code 3A002 and is going to VN, outside the partner states, without a valid export licence (licence E-2026-00418 expired on 2026-10-31).');
    expect(expired.evidence).toMatchObject({ items: [expect.objectContaining({ licence: 'E-2026-00418', licenceProblems: ['licence E-2026-00418 expired on 2026-10-31'] })] });
    expect(evaluateRule(strategicGoodsRule, licensed({ validFrom: '2026-12-01' }))[0].message).toContain('(licence E-2026-00418 is valid only from 2026-12-01)');
    expect(evaluateRule(strategicGoodsRule, licensed({ destinations: ['TH', 'MY'] }))[0].message).toContain('(licence E-2026-00418 does not cover VN)');
    expect(evaluateRule(strategicGoodsRule, licensed({ hsCodes: ['8471'] }))[0].message).toContain('(licence E-2026-00418 does not cover HS 8543709000)');
  });

  it('looks past a partner-state consignee to an end user outside', () => {
    const declaration = cleanDeclaration({ items: [controlled], parties: { ...cleanDeclaration().parties, endUser: { name: 'Far Away', country: 'PK' } } });
    expect(evaluateRule(strategicGoodsRule, declaration)[0].message).toContain('going to PK');
  });

  it('treats a blank control code as none and a blank licence number as no licence', () => {
    expect(evaluateRule(strategicGoodsRule, toVietnam([{ ...controlled, controlCode: '  ' }]))).toEqual([]);
    expect(evaluateRule(strategicGoodsRule, toVietnam([{ ...controlled, licence: { number: ' ' } }]))).toHaveLength(1);
  });

  it('fires, less strongly, on an HS code correlated to a dual-use category with neither control code nor licence', () => {
    const [hit] = evaluateRule(strategicGoodsRule, toVietnam([goodsItem({ hsCode: '901420', description: 'Gyro compass' })]));
    expect(hit).toMatchObject({ severity: 'MEDIUM', score: 40, evidence: { items: [expect.objectContaining({ correlatedCategories: ['7A001', '7A002', '7A003'] })] } });
    expect(hit.message).toBe('Item 1 is classified under HS codes that correlate to dual-use 7A001, 7A002, 7A003 and is going to VN with neither a control code nor a licence.');
  });

  it("leaves correlated goods of the CHPL's electronics tiers to the CHPL rule, and checks its machine tools", () => {
    expect(evaluateRule(strategicGoodsRule, toVietnam([goodsItem({ hsCode: '854231' })]))).toEqual([]);
    // A machining centre is Tier 4.B of the CHPL and correlates to 2B001: checked like any correlated item.
    const [hit] = evaluateRule(strategicGoodsRule, toVietnam([goodsItem({ hsCode: '845710', description: 'Machining centre', value: 180000 })]));
    expect(hit).toMatchObject({ severity: 'MEDIUM', score: 40, evidence: { items: [expect.objectContaining({ correlatedCategories: ['2B001'] })] } });
  });
});

describe('chpl-to-diversion-hub rule (typology 3)', () => {
  it('fires on CHPL goods to a hub, weighed by tier', () => {
    const [hit] = evaluateRule(chplDiversionHubRule, toKyrgyzstan());
    expect(hit).toMatchObject({ category: 'DIVERSION_RISK', severity: 'MEDIUM', score: 25, evidence: { hubCountry: 'KG', items: [expect.objectContaining({ tier: '1' })] } });
    expect(hit.message).toBe('Item 1 is on the Common High Priority List (tier 1) and consigned to KG, a diversion hub.');
    expect(evaluateRule(chplDiversionHubRule, toKyrgyzstan({ items: [goodsItem({ hsCode: '848210' })] }))[0].score).toBe(10);
  });

  it('does not fire on CHPL goods to a partner state, nor on other goods to a hub', () => {
    expect(evaluateRule(chplDiversionHubRule, cleanDeclaration({ items: [goodsItem()] }))).toEqual([]);
    expect(evaluateRule(chplDiversionHubRule, toKyrgyzstan({ items: [toys] }))).toEqual([]);
  });

  it('weighs no licensed line as a diversion indicator, but a licence for the hub does not cover an embargoed end user', () => {
    const licensed = goodsItem({ licence: { number: 'E-2026-00418', type: 'INDIVIDUAL' } });
    expect(evaluateRule(chplDiversionHubRule, toKyrgyzstan({ items: [licensed] }))).toEqual([]);
    // An expired licence is none.
    const expired = goodsItem({ licence: { number: 'E-2025-00077', type: 'INDIVIDUAL', validUntil: '2026-06-30' } });
    expect(evaluateRule(chplDiversionHubRule, toKyrgyzstan({ items: [expired] }))).toEqual([expect.objectContaining({ score: 25, itemLines: [1] })]);
    const [hit] = evaluateRule(chplDiversionHubRule, toKyrgyzstan({ items: [licensed, goodsItem({ lineNumber: 2, hsCode: '848210' })] }));
    expect(hit).toMatchObject({ score: 10, itemLines: [2] });
    const beyond = evaluateRule(chplDiversionHubRule, toKyrgyzstan({ items: [licensed], parties: { ...toKyrgyzstan().parties, endUser: { name: 'OOO Vektor', country: 'RU' } } }));
    expect(beyond).toEqual([expect.objectContaining({ category: 'TRANSSHIPMENT', severity: 'CRITICAL', itemLines: [1], evidence: expect.objectContaining({ items: [expect.objectContaining({ licence: 'E-2026-00418' })] }) })]);
  });

  it('adds a CRITICAL transshipment hit when the end user, route or payment points to an embargoed country', () => {
    const declaration = toKyrgyzstan({ paymentCountry: 'RU', parties: { ...toKyrgyzstan().parties, endUser: { name: 'OOO Vektor', country: 'RU' } } });
    const hits = evaluateRule(chplDiversionHubRule, declaration);
    expect(hits.map((h) => h.category)).toEqual(['DIVERSION_RISK', 'TRANSSHIPMENT']);
    expect(hits[1]).toMatchObject({ severity: 'CRITICAL', score: 90 });
    expect(hits[1].message).toBe('High-priority goods consigned to KG while the end user is in RU and the payment is in RU: the pattern of transshipment to an embargoed end user.');
  });
});

describe('route-inconsistency rule (typology 4)', () => {
  it('does not fire on a route that fits', () => {
    expect(evaluateRule(routeInconsistencyRule, toKyrgyzstan({ portOfDischarge: 'KZALA', transitCountries: ['KZ'] }))).toEqual([]);
  });

  it('fires on a port of discharge off the declared route, weighted for sensitive goods', () => {
    const [hit] = evaluateRule(routeInconsistencyRule, toKyrgyzstan({ portOfDischarge: 'AEJEA' }));
    expect(hit).toMatchObject({ category: 'TRANSSHIPMENT', score: 40, evidence: { inconsistencies: ['PORT_OFF_ROUTE'] } });
    expect(hit.message).toBe('The goods are discharged at AEJEA in AE, which is neither the destination KG nor a declared transit country (sensitive goods on lines 1).');
    expect(evaluateRule(routeInconsistencyRule, toKyrgyzstan({ portOfDischarge: 'AEJEA', items: [toys] }))[0].score).toBe(10);
  });

  it('fires on an end user in another country than the consignee, and a consignee outside the destination', () => {
    const declaration = toKyrgyzstan({ parties: { ...toKyrgyzstan().parties, consignee: { name: 'Altyn Trade', country: 'KZ' }, endUser: { name: 'Plant 7', country: 'AM' } } });
    const [hit] = evaluateRule(routeInconsistencyRule, declaration);
    expect(hit.evidence).toMatchObject({ inconsistencies: ['CONSIGNEE_ELSEWHERE', 'END_USER_ELSEWHERE'] });
    expect(hit.score).toBe(64);
    expect(hit.message).toBe('The consignee is in KZ but the goods are declared for KG; the end user is in AM while the consignee is in KZ (sensitive goods on lines 1).');
  });
});
