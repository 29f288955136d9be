import { ExportDeclaration, Party } from '@chokepoint/contracts';
import { DeclarationHistory, median } from '../history/declaration-history';
import { partyKey } from '../party-keys';
import { ListedContact, PartyLists } from '../party-lists';
import { cleanDeclaration, defaultTestRuleSet, evaluateRule, goodsItem } from '../test-declarations';
import { screenDeclaration } from '../screen';
import { consigneeProfileRule } from './consignee-profile.rule';
import { structuringRule } from './structuring.rule';
import { surgeRule } from './surge.rule';
import { technologyDescriptionRule } from './technology-description.rule';
import { unitValueRule } from './unit-value.rule';
import { networkLinkRule } from './network-link.rule';

const exporter: Party = { name: 'Hanbit Electronics Co., Ltd.', country: 'KR' };
const consignee: Party = { name: 'Altyn Trade LLC', country: 'KZ', kind: 'TRADER', phone: '+7 727 355 0101' };
const day = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString();

/** A declaration to Kazakhstan on day `n` of October 2026 onwards. */
function shipment(id: string, n: number, overrides: Partial<ExportDeclaration> = {}): ExportDeclaration {
  return cleanDeclaration({ declarationId: id, submittedAt: day(n), destinationCountry: 'KZ', parties: { exporter, consignee }, items: [goodsItem({ value: 4000 })], ...overrides });
}

function historyOf(...declarations: ExportDeclaration[]): DeclarationHistory {
  const history = new DeclarationHistory(defaultTestRuleSet().tables);
  for (const d of declarations) history.observe(d);
  return history;
}

describe('consignee-profile rule (typology 5)', () => {
  it('fires on a trading company receiving sensitive goods', () => {
    const [hit] = evaluateRule(consigneeProfileRule, shipment('D1', 0));
    expect(hit).toMatchObject({ category: 'DIVERSION_RISK', partyRoles: ['consignee'], evidence: { factors: ['INTERMEDIARY'] } });
    expect(hit.score).toBe(15);
    expect(hit.message).toBe('The consignee "Altyn Trade LLC" (KZ) of sensitive goods is a trading company.');
  });

  it('does not fire for other goods, nor for a manufacturer consignee', () => {
    expect(evaluateRule(consigneeProfileRule, shipment('D1', 0, { items: [goodsItem({ hsCode: '950300' })] }))).toEqual([]);
    expect(evaluateRule(consigneeProfileRule, shipment('D1', 0, { parties: { exporter, consignee: { ...consignee, kind: 'MANUFACTURER' } } }))).toEqual([]);
  });

  /** Twenty consignees of other exporters seen on day 0: enough known for "new" to mean something. */
  const knownBefore = () => Array.from({ length: 20 }, (_, i) => shipment(`OLD${i}`, 0, { parties: { exporter, consignee: { name: `Consignee ${i}`, country: 'KZ' } } }));

  it('adds a consignee first seen within the window, and payment from a third country', () => {
    const history = historyOf(...knownBefore(), shipment('FIRST', 95));
    const [hit] = evaluateRule(consigneeProfileRule, shipment('D2', 100, { paymentCountry: 'AE' }), { history });
    expect(hit.evidence).toMatchObject({ factors: ['INTERMEDIARY', 'NEW_CONSIGNEE', 'NEW_INTERMEDIARY_IN_HUB', 'CHPL_PAID_FROM_THIRD_COUNTRY'] });
    expect(hit.score).toBe(63.2);
    expect(hit.message).toBe('The consignee "Altyn Trade LLC" (KZ) of sensitive goods is a trading company, was first seen 5 days ago, takes high-priority goods to KZ, a diversion hub, as a new intermediary and is paid for from AE, for high-priority goods.');
    // Other sensitive goods than the CHPL's: the payment weighs what it weighs.
    const correlated = shipment('D3', 100, { paymentCountry: 'AE', items: [goodsItem({ hsCode: '903180', description: 'Coordinate measuring machine' })] });
    expect(evaluateRule(consigneeProfileRule, correlated, { history })[0].evidence).toMatchObject({ factors: ['INTERMEDIARY', 'NEW_CONSIGNEE', 'THIRD_COUNTRY_PAYMENT'] });
  });

  it('weighs a new trading company in a hub taking high-priority goods more than its parts, enough to hold bearings (Tier 3.B)', () => {
    const bearings = (id: string, n: number) => shipment(id, n, { destinationCountry: 'TR', parties: { exporter, consignee: { name: 'Anatolia Parts Ticaret', country: 'TR', kind: 'TRADER' } }, items: [goodsItem({ hsCode: '848210', description: 'Ball bearings', value: 24000 })] });
    const declaration = bearings('B1', 100);
    const [hit] = evaluateRule(consigneeProfileRule, declaration, { history: historyOf(...knownBefore()) });
    expect(hit.evidence).toMatchObject({ factors: ['INTERMEDIARY', 'NEW_CONSIGNEE', 'NEW_INTERMEDIARY_IN_HUB'] });
    expect(hit.message).toBe('The consignee "Anatolia Parts Ticaret" (TR) of sensitive goods is a trading company, is seen for the first time and takes high-priority goods to TR, a diversion hub, as a new intermediary.');
    const history = historyOf(...knownBefore());
    expect(screenDeclaration(declaration, { ruleSet: defaultTestRuleSet(), history }, new Date(declaration.submittedAt))).toMatchObject({ outcome: 'HOLD', lane: 'YELLOW' });
  });

  it('holds electronics to a trading house in a partner state paid from a third country, or invoiced in a currency of none of the countries concerned', () => {
    const toGermany = (overrides: Partial<ExportDeclaration>) => shipment('E1', 0, { destinationCountry: 'DE', parties: { exporter, consignee: { name: 'Rheinhandel Bauteile GmbH', country: 'DE', kind: 'TRADER' } }, ...overrides });
    const paidFromHub = toGermany({ paymentCountry: 'AE' });
    expect(evaluateRule(consigneeProfileRule, paidFromHub)[0]).toMatchObject({ score: 45.9, evidence: { factors: ['INTERMEDIARY', 'CHPL_PAID_FROM_THIRD_COUNTRY'] } });
    expect(screenDeclaration(paidFromHub, { ruleSet: defaultTestRuleSet() }, new Date(paidFromHub.submittedAt))).toMatchObject({ outcome: 'HOLD', lane: 'YELLOW' });
    const [hit] = evaluateRule(consigneeProfileRule, toGermany({ currency: 'AED' }));
    expect(hit.evidence).toMatchObject({ factors: ['INTERMEDIARY', 'UNUSUAL_CURRENCY'] });
    expect(hit.message).toContain('is invoiced in AED, the currency of none of the countries concerned');
    expect(evaluateRule(consigneeProfileRule, toGermany({ currency: 'KRW' }))[0].evidence).toMatchObject({ factors: ['INTERMEDIARY'] });
  });

  it('notes a trading company declared as the end user of what it receives', () => {
    const [hit] = evaluateRule(consigneeProfileRule, shipment('D1', 0, { parties: { exporter, consignee, endUser: { ...consignee, name: 'ALTYN TRADE, LLC' } } }));
    expect(hit.evidence).toMatchObject({ factors: ['INTERMEDIARY', 'SELF_DECLARED_END_USER'] });
    expect(hit.message).toContain('is declared as the end user of what it resells');
  });

  it('knows a consignee seen long ago, whatever the punctuation', () => {
    const history = historyOf(shipment('FIRST', 0, { parties: { exporter, consignee: { ...consignee, name: 'ALTYN TRADE, L.L.C.' } } }));
    const hits = evaluateRule(consigneeProfileRule, shipment('D2', 100), { history });
    expect(hits.map((h) => h.evidence)).toEqual([expect.objectContaining({ factors: ['INTERMEDIARY'] })]);
  });

  it('says "no baseline yet", scored 0, for a consignee it cannot yet call new: history too short, or too few consignees known', () => {
    const [hit, note] = evaluateRule(consigneeProfileRule, shipment('D2', 30), { history: historyOf(shipment('X', 0)) });
    expect(hit.evidence).toMatchObject({ factors: ['INTERMEDIARY'] });
    expect(note).toMatchObject({ severity: 'LOW', score: 0, partyRoles: ['consignee'], evidence: { baseline: 'none yet', factor: 'NEW_CONSIGNEE' } });
    expect(note.message).toBe('No baseline yet for first sightings (the history covers 30 of the 90 days needed): that the consignee "Altyn Trade LLC" (KZ) is new is not scored.');
    const manufacturer = { ...consignee, name: 'Steppe Machining JSC', kind: 'MANUFACTURER' as const };
    const few = historyOf(shipment('OLD', 0, { parties: { exporter, consignee: { name: 'Someone Else', country: 'KZ' } } }));
    const notes = evaluateRule(consigneeProfileRule, shipment('D3', 100, { parties: { exporter, consignee: manufacturer } }), { history: few });
    expect(notes).toEqual([expect.objectContaining({ score: 0, message: expect.stringContaining('(1 consignee known, 20 needed)') })]);
  });
});

describe('structuring rule (typology 6)', () => {
  it('fires on the shipment that takes small shipments of one sensitive HS-6 past the threshold', () => {
    const history = historyOf(shipment('S1', 0), shipment('S2', 6));
    const [hit] = evaluateRule(structuringRule, shipment('S3', 12), { history });
    expect(hit).toMatchObject({ category: 'STRUCTURING', severity: 'HIGH', score: 55, evidence: { hs6: '854231', totalUsd: 12000, declarations: [{ declarationId: 'S1', usdValue: 4000, at: day(0) }, { declarationId: 'S2', usdValue: 4000, at: day(6) }] } });
    expect(hit.message).toBe('This is shipment 3 of HS 854231 from "Hanbit Electronics Co., Ltd." to "Altyn Trade LLC" in 30 days, each under USD 10,000 and together USD 12,000.');
  });

  it('does not fire below the count or the total, outside the window, or when the trade is not kept small', () => {
    expect(evaluateRule(structuringRule, shipment('S3', 12), { history: historyOf(shipment('S1', 0)) })).toEqual([]);
    expect(evaluateRule(structuringRule, shipment('S3', 12, { items: [goodsItem({ value: 500 })] }), { history: historyOf(shipment('S1', 0, { items: [goodsItem({ value: 500 })] }), shipment('S2', 6, { items: [goodsItem({ value: 500 })] })) })).toEqual([]);
    expect(evaluateRule(structuringRule, shipment('S3', 40), { history: historyOf(shipment('S1', 0), shipment('S2', 6)) })).toEqual([]);
    expect(evaluateRule(structuringRule, shipment('S3', 12), { history: historyOf(shipment('S1', 0, { items: [goodsItem({ value: 40000 })] }), shipment('S2', 6)) })).toEqual([]);
    expect(evaluateRule(structuringRule, shipment('S3', 12, { items: [goodsItem({ hsCode: '950300' })] }), { history: historyOf(shipment('S1', 0), shipment('S2', 6)) })).toEqual([]);
  });

  it('counts consignees that share a phone number as one, and a withdrawn declaration as none', () => {
    const front = { name: 'Steppe Logistics', country: 'KZ', phone: '8 (727) 355-0101' };
    const history = historyOf(shipment('S1', 0), shipment('S2', 6, { parties: { exporter, consignee: front } }));
    const [hit] = evaluateRule(structuringRule, shipment('S3', 12), { history });
    expect(hit.message).toContain('and linked consignees (Steppe Logistics)');
    history.withdraw('S2');
    expect(evaluateRule(structuringRule, shipment('S3', 12), { history })).toEqual([]);
  });
});

describe('chpl-surge-to-hub rule (typology 7)', () => {
  /** One CHPL declaration a week to Kazakhstan for eight weeks: the baseline. */
  const baseline = () => Array.from({ length: 9 }, (_, week) => shipment(`B${week}`, week * 7));
  const surge = (count: number) => Array.from({ length: count }, (_, i) => shipment(`R${i}`, 64 + i * 0.5));

  it('fires when the recent count is far above the trailing baseline', () => {
    const history = historyOf(...baseline(), ...surge(8));
    const [hit] = evaluateRule(surgeRule, shipment('NOW', 68.5), { history });
    expect(hit).toMatchObject({ category: 'SURGE', severity: 'MEDIUM', score: 30, evidence: { hubCountry: 'KZ', recent: { declarations: 9 }, surgeIn: ['count'] } });
    expect(hit.message).toBe('This declaration is part of a surge: 9 declarations of high-priority goods to KZ in 7 days against 1.0 expected from the 56 days before.');
  });

  it('fires on value alone when a few declarations carry far more than usual', () => {
    const history = historyOf(...baseline());
    const [hit] = evaluateRule(surgeRule, shipment('NOW', 66, { items: [goodsItem({ value: 300_000 })] }), { history });
    expect(hit.evidence).toMatchObject({ surgeIn: ['value'] });
  });

  it('does not fire on steady traffic, on other goods, or on licensed lines', () => {
    expect(evaluateRule(surgeRule, shipment('NOW', 66), { history: historyOf(...baseline()) })).toEqual([]);
    expect(evaluateRule(surgeRule, shipment('NOW', 68.5, { items: [goodsItem({ hsCode: '950300' })] }), { history: historyOf(...baseline(), ...surge(8)) })).toEqual([]);
    // Licensed shipments were authorised one by one: neither the flow nor this one is a surge.
    const licensed = (id: string, n: number) => shipment(id, n, { items: [goodsItem({ value: 4000, licence: { number: `E-${id}`, type: 'INDIVIDUAL' } })] });
    const history = historyOf(...baseline(), ...Array.from({ length: 8 }, (_, i) => licensed(`R${i}`, 64 + i * 0.5)));
    expect(evaluateRule(surgeRule, licensed('NOW', 68.5), { history })).toEqual([]);
    expect(evaluateRule(surgeRule, shipment('NOW', 68.5), { history })).toEqual([]);
  });

  it('says "no baseline yet", scored 0, where the history does not cover the baseline (a fresh deployment)', () => {
    const [hit] = evaluateRule(surgeRule, shipment('NOW', 68.5), { history: historyOf(...surge(8)) });
    expect(hit).toMatchObject({ category: 'SURGE', severity: 'LOW', score: 0, evidence: { baseline: 'none yet', historyCoversBaseline: false, recent: { declarations: 9 } } });
    expect(hit.message).toBe('No baseline yet for high-priority goods to KZ (the history does not yet cover the 56 days before): 9 declarations, USD 36,000, in 7 days not scored as a surge.');
  });

  it('says "no baseline yet" where the covered baseline holds too few declarations to the hub', () => {
    // Other traffic covers the window, but only two CHPL declarations went to the hub before.
    const history = historyOf(shipment('OTHER', 0, { items: [goodsItem({ hsCode: '950300' })] }), shipment('B1', 20), shipment('B2', 40));
    const [hit] = evaluateRule(surgeRule, shipment('NOW', 66, { items: [goodsItem({ value: 1_900_000 })] }), { history });
    expect(hit).toMatchObject({ severity: 'LOW', score: 0, evidence: { baseline: 'none yet', baselineDeclarations: 2, minBaselineDeclarations: 4, historyCoversBaseline: true } });
    expect(hit.message).toContain('(2 such declarations to KZ in the 56 days before, 4 needed)');
  });
});

describe('misdeclaration rules (typology 8)', () => {
  it('fires when the description names a controlled technology the HS code does not cover', () => {
    const [hit] = evaluateRule(technologyDescriptionRule, shipment('D1', 0, { items: [goodsItem({ hsCode: '950300', description: 'Toy quadcopter with thermal camera' })] }));
    expect(hit).toMatchObject({ category: 'MISDECLARATION', severity: 'HIGH', score: 45, itemLines: [1], evidence: { technology: 'unmanned aircraft', term: 'quadcopter' } });
    expect(hit.message).toBe('Item 1 is described as "Toy quadcopter with thermal camera", naming unmanned aircraft ("quadcopter"), but is declared under HS 950300, outside 8806, 8807 where such goods belong.');
  });

  it('fires on goods of the CHPL declared under a neighbouring subheading off the list', () => {
    const [hit] = evaluateRule(technologyDescriptionRule, shipment('D1', 0, { items: [goodsItem({ hsCode: '854290', description: 'Microcontroller boards, 32-bit' })] }));
    expect(hit).toMatchObject({ category: 'MISDECLARATION', severity: 'HIGH', score: 45, evidence: { hsCode: '854290', technology: 'integrated circuits', chplHs6: ['854231', '854232', '854233', '854239'] } });
    expect(hit.message).toBe('Item 1 is described as "Microcontroller boards, 32-bit", naming integrated circuits ("Microcontroller"), which the Common High Priority List has under 854231, 854232, 854233, 854239, but is declared under HS 854290, a neighbouring code off the list.');
    expect(evaluateRule(technologyDescriptionRule, shipment('D1', 0, { items: [goodsItem({ hsCode: '854231', description: 'Microcontrollers, 32-bit' })] }))).toEqual([]);
  });

  it('does not fire when the HS code fits the description, nor on words inside other words', () => {
    expect(evaluateRule(technologyDescriptionRule, shipment('D1', 0, { items: [goodsItem({ hsCode: '854239', description: 'FPGA, 28 nm' })] }))).toEqual([]);
    expect(evaluateRule(technologyDescriptionRule, shipment('D1', 0, { items: [goodsItem({ hsCode: '392690', description: 'Gyroid lattice plastic parts' })] }))).toEqual([]);
  });

  const priced = (id: string, n: number, unitPrice: number) => shipment(id, n, { parties: { exporter, consignee: { name: `Buyer ${id}`, country: 'KZ' } }, items: [goodsItem({ quantity: 100, value: unitPrice * 100 })] });
  const market = () => historyOf(...Array.from({ length: 25 }, (_, i) => priced(`P${i}`, i, 40 + (i % 5) * 5)));

  it('fires on a unit value far outside the robust range of the HS-6', () => {
    const [hit] = evaluateRule(unitValueRule, priced('LOW', 30, 0.5), { history: market() });
    expect(hit).toMatchObject({ category: 'MISDECLARATION', evidence: { hs6: '854231', unit: 'PCE', unitValueUsd: 0.5, medianUnitValueUsd: 50, samples: 24 } });
    // The range is refreshed as the sample grows by a twentieth: it was last taken at 24 values.
    expect(hit.message).toBe('Item 1 (HS 854231) is declared at USD 0.5 per PCE, 100 times below the typical USD 50 of 24 earlier declarations.');
  });

  it('does not fire inside the range, or before enough values are seen', () => {
    expect(evaluateRule(unitValueRule, priced('OK', 30, 62), { history: market() })).toEqual([]);
    expect(evaluateRule(unitValueRule, priced('LOW', 30, 0.5), { history: historyOf(priced('P1', 0, 50)) })).toEqual([]);
  });

  it('says "no baseline yet", scored 0, for an odd price against too few values or too short a history', () => {
    const few = historyOf(...Array.from({ length: 4 }, (_, i) => priced(`P${i}`, i, 50)));
    const [note] = evaluateRule(unitValueRule, priced('LOW', 30, 0.5), { history: few });
    expect(note).toMatchObject({ category: 'MISDECLARATION', severity: 'LOW', score: 0, evidence: { baseline: 'none yet', samples: 4, minSamples: 20 } });
    expect(note.message).toBe('No baseline yet for the unit value of HS 854231 (4 earlier unit values, 20 needed): item 1 at USD 0.5 per PCE, 100 times below the USD 50 seen so far, is not scored.');
    // Twenty-five values in the first ten days of a deployment: the fortnight is not yet covered.
    const firstDays = historyOf(...Array.from({ length: 25 }, (_, i) => priced(`P${i}`, i * 0.4, 40 + (i % 5) * 5)));
    const [short] = evaluateRule(unitValueRule, priced('LOW', 10, 0.5), { history: firstDays });
    expect(short).toMatchObject({ score: 0, evidence: { baseline: 'none yet', historyDays: 10, minHistoryDays: 14 } });
  });
});

describe('network-link rule (typology 9)', () => {
  const listed: ListedContact = { list: 'ofac-sdn', entryId: '306', name: 'BANCO NACIONAL DE CUBA', programs: ['CUBA'], addresses: [{ text: 'Zweierstrasse 35, Zurich CH-8022, Switzerland', country: 'CH' }], phones: ['+41 44 555 12 12'], emails: ['ops@bnc.example'] };
  const lists: PartyLists = { versions: ['ofac-sdn@x'], matchesFor: () => [], listedContacts: [listed] };
  const withEndUser = (endUser: Party) => shipment('D1', 0, { parties: { exporter, consignee, endUser } });

  it('fires on a receiving party at the street address of a listed entity', () => {
    const [hit] = evaluateRule(networkLinkRule, withEndUser({ name: 'Alpine Components GmbH', country: 'CH', address: 'Zweierstr. 35, 8022 Zürich' }), { partyLists: lists });
    expect(hit).toBeUndefined(); // "Zweierstr." is not "Zweierstrasse": abbreviations of the street name itself are not guessed
    const [exact] = evaluateRule(networkLinkRule, withEndUser({ name: 'Alpine Components GmbH', country: 'CH', address: 'ZWEIERSTRASSE 35, 8022 Zurich' }), { partyLists: lists });
    expect(exact).toMatchObject({ category: 'NETWORK_LINK', severity: 'HIGH', score: 85, partyRoles: ['endUser'], evidence: { via: 'address', entryId: '306' } });
    expect(exact.message).toBe('The end user "Alpine Components GmbH" shares its address (Zweierstrasse 35, Zurich CH-8022, Switzerland) with "BANCO NACIONAL DE CUBA" on ofac-sdn (entry 306, CUBA).');
  });

  it('fires on a shared phone or e-mail, and not on the same street in another country', () => {
    expect(evaluateRule(networkLinkRule, withEndUser({ name: 'X', country: 'AE', phone: '0041-44-555-1212' }), { partyLists: lists })[0].evidence).toMatchObject({ via: 'phone number' });
    expect(evaluateRule(networkLinkRule, withEndUser({ name: 'X', country: 'AE', email: 'OPS@bnc.example' }), { partyLists: lists })[0].evidence).toMatchObject({ via: 'e-mail address' });
    expect(evaluateRule(networkLinkRule, withEndUser({ name: 'X', country: 'AT', address: 'Zweierstrasse 35, Wien' }), { partyLists: lists })).toEqual([]);
  });

  it('fires on a party sharing a contact point with a party of an earlier confirmed hold', () => {
    const history = historyOf();
    const held = shipment('HELD-1', 0, { parties: { exporter, consignee: { name: 'Front One', country: 'KZ', address: 'Abaya 150, office 12, Almaty' } } });
    history.confirmHold(held, '2026-10-03T10:00:00Z');
    const [hit] = evaluateRule(networkLinkRule, withEndUser({ name: 'Front Two', country: 'KZ', address: 'ABAYA 150 Office 12 Almaty' }), { history });
    expect(hit).toMatchObject({ score: 70, evidence: { via: 'address', earlier: { declarationId: 'HELD-1', role: 'consignee' } } });
    expect(hit.message).toBe('The end user "Front Two" shares its address with the consignee "Front One" of declaration HELD-1, whose hold was confirmed on 2026-10-03.');
    expect(evaluateRule(networkLinkRule, withEndUser({ name: 'Unrelated', country: 'KZ', address: 'Dostyk 5, Almaty' }), { history })).toEqual([]);
    expect(evaluateRule(networkLinkRule, held, { history })).toEqual([]);
  });
});

describe('declaration history', () => {
  it('takes in a declaration seen twice (screened here, then read back from the archive) once', () => {
    const history = historyOf();
    const d = shipment('TWICE', 0);
    history.observe(d);
    history.observe(d);
    expect(history.unitValueRange('854231', 'PCE')?.samples).toBe(1);
    expect(history.sensitiveShipments(partyKey(exporter), '854231', [partyKey(consignee)], 0, Date.parse(day(1)))).toHaveLength(1);
    expect(history.hubFlow('KZ', 0, Date.parse(day(1)))).toEqual({ declarations: 1, usdValue: 4000 });
  });

  it('lets a later revision replace an earlier one, ignores an older one, and forgets what is evicted', () => {
    const history = historyOf(shipment('REV', 0, { revision: 1, items: [goodsItem({ value: 6000 })] }));
    history.observe(shipment('REV', 0));
    expect(history.hubFlow('KZ', 0, Date.parse(day(1))).usdValue).toBe(6000);
    history.evictBefore(Date.parse(day(1)));
    expect(history.hubFlow('KZ', 0, Date.parse(day(1))).declarations).toBe(0);
    expect(history.coverageStart).toBe(Date.parse(day(1)));
  });
});

describe('median', () => {
  it('is the middle value (or the mean of the two middle ones), as sorting finds it', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 1; n <= 60; n++) {
      const values = Array.from({ length: n }, () => Math.round(random() * 20) / 4);
      const sorted = [...values].sort((a, b) => a - b);
      const expected = n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      expect({ n, median: median(values) }).toEqual({ n, median: expected });
    }
  });
});
