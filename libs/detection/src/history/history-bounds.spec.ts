import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ExportDeclaration, GoodsItem, Party } from '@chokepoint/contracts';
import { partyKey } from '../party-keys';
import { profileGoods } from '../goods-profile';
import { DAY_MS } from '../rule-set';
import { historyDays } from '../rule-set-document';
import { screenDeclaration } from '../screen';
import { cleanDeclaration, defaultTestRuleSet, goodsItem } from '../test-declarations';
import { CONFIRMED_HOLD_RETENTION_DAYS, DeclarationHistory, HISTORY_BOUNDS, HistoryBounds, HistorySize } from './declaration-history';

/**
 * A sender controls how many keys the history sees: consignee names, contact points, units. Each
 * structure is flooded here with distinct keys, and must stay within its bound, in count and in
 * heap; what is older than the horizon must go; ordinary traffic must be decided as before.
 */

// Heap figures mean something only after a full collection.
setFlagsFromString('--expose-gc');
const collect = ((globalThis as { gc?: () => void }).gc ?? runInNewContext('gc')) as () => void;
const MB = 1024 * 1024;

function heapUsed(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** Heap held by what `build` returns, once built (garbage collected before and after). */
function heapHeldBy<T>(build: () => T): { value: T; bytes: number } {
  const before = heapUsed();
  const value = build();
  const bytes = heapUsed() - before;
  return { value, bytes };
}

const tables = defaultTestRuleSet().tables;
const T0 = Date.UTC(2026, 0, 1);
const exporter: Party = { name: 'Exporter One', country: 'KR' };
/** Furniture: no list names it, so only the unit value and the consignee are kept of it. */
const ORDINARY_HS = '940360';
/** Processors: on the high-priority list, so a declaration of them is kept whole. */
const SENSITIVE_HS = '854231';

function declaration(id: string, at: number, consignee: Party, items: GoodsItem[], destinationCountry = consignee.country): ExportDeclaration {
  return { ...cleanDeclaration(), declarationId: id, submittedAt: new Date(at).toISOString(), destinationCountry, parties: { exporter, consignee }, items, totalValue: items.reduce((sum, i) => sum + i.value, 0) };
}

/** A consignee made up for the flood: its own name, phone and e-mail. */
function madeUp(i: number): Party {
  return { name: `Buyer ${i}`, country: 'KZ', phone: `+7 727 ${String(i).padStart(9, '0')}`, email: `buyer${i}@example.kz` };
}

function expectWithin(size: HistorySize, bounds: HistoryBounds): void {
  expect(size.sensitiveLines).toBeLessThanOrEqual(bounds.sensitiveLines);
  expect(size.sensitiveDeclarations).toBeLessThanOrEqual(bounds.sensitiveLines);
  expect(size.shipmentKeys).toBeLessThanOrEqual(bounds.sensitiveLines);
  expect(size.consignees).toBeLessThanOrEqual(bounds.consignees);
  expect(size.contactPoints).toBeLessThanOrEqual(bounds.contactPoints);
  expect(size.unitValueKeys).toBeLessThanOrEqual(bounds.unitValueKeys);
  expect(size.confirmedHolds).toBeLessThanOrEqual(bounds.confirmedHolds);
  expect(size.confirmedHoldKeys).toBeLessThanOrEqual(bounds.confirmedHoldKeys);
}

/** What the flood tests measured, printed once at the end for the record. */
const measured: string[] = [];
afterAll(() => console.log(`history bounds:\n  ${measured.join('\n  ')}`));

describe('the declaration history under a flood of distinct keys', () => {
  it('holds consignees, their first sightings and contact points within their bounds', () => {
    expect(profileGoods(declaration('X', T0, madeUp(0), [goodsItem({ hsCode: ORDINARY_HS })]), tables).some((g) => g.sensitive)).toBe(false);
    // A quarter of the shipped bounds, flooded three times over: the shipped ones would take a minute to flood here.
    const bounds = { ...HISTORY_BOUNDS, consignees: HISTORY_BOUNDS.consignees / 4, contactPoints: HISTORY_BOUNDS.contactPoints / 4 };
    const flood = 310_000; // distinct consignee names, each with its own phone and e-mail: 620,000 contact points
    const { value: history, bytes } = heapHeldBy(() => {
      const history = new DeclarationHistory(tables, bounds);
      for (let i = 0; i < flood; i++) history.observe(declaration(`F${i}`, T0 + i * 1000, madeUp(i), []));
      return history;
    });
    const size = history.size;
    expectWithin(size, bounds);
    expect(size.consignees).toBeGreaterThanOrEqual(bounds.consignees / 2);
    expect(size.contactPoints).toBeGreaterThanOrEqual(bounds.contactPoints / 2);
    // The latest are known, with their links; the first were forgotten: they would look new.
    const last = partyKey(madeUp(flood - 1));
    expect(history.firstSeen(last)).toBe(T0 + (flood - 1) * 1000);
    expect(history.firstSeen(partyKey(madeUp(0)))).toBeUndefined();
    const perConsignee = bytes / size.consignees;
    measured.push(
      `${flood} made-up consignees with 2 contact points each (bounds ${bounds.consignees} and ${bounds.contactPoints}): ${size.consignees} consignees and ${size.contactPoints} contact points kept; ` +
        `heap ${(bytes / MB).toFixed(0)} MB, ${(perConsignee / 1024).toFixed(2)} KB a consignee with its contact points, ${((perConsignee * HISTORY_BOUNDS.consignees) / MB).toFixed(0)} MB at the shipped bound`,
    );
    // About 0.7 KB a consignee with its two contact points, half of it their keys; party-keys' memos
    // (50,000 parties, shared by the process) add or free up to 20 MB whatever the history holds.
    expect(bytes).toBeLessThan(100 * MB);
    expect(perConsignee * HISTORY_BOUNDS.consignees).toBeLessThan(400 * MB);
  });

  it('holds unit-value samples within the shipped bound, whatever the units and HS codes declared', () => {
    const lines = 999; // the most a declaration carries
    const declarations = 320; // 319,680 distinct HS-6 and unit pairs
    const { value: history, bytes } = heapHeldBy(() => {
      const history = new DeclarationHistory(tables);
      const consignee = madeUp(1);
      for (let d = 0; d < declarations; d++) {
        const items = Array.from({ length: lines }, (_, l) => {
          const n = d * lines + l;
          // Half the keys by made-up units (a long one among them), half by HS codes off the list.
          const unit = n % 2 ? ` u${n.toString(36)} ` : n % 7 ? 'kgm' : `U${n.toString(36)}${'X'.repeat(40)}`;
          // Chapters 01-16 (food): off every list, so the flood is of unit values alone.
          return goodsItem({ lineNumber: l + 1, hsCode: n % 2 ? ORDINARY_HS : String(10_000 + n / 2).padStart(6, '0'), unit, value: 500 + (n % 50) });
        });
        history.observe(declaration(`U${d}`, T0 + d * 60_000, consignee, items));
      }
      return history;
    });
    const size = history.size;
    expectWithin(size, HISTORY_BOUNDS);
    expect(size.sensitiveLines).toBe(0);
    expect(size.unitValueKeys).toBeGreaterThanOrEqual(HISTORY_BOUNDS.unitValueKeys / 2);
    measured.push(`${declarations * lines} goods lines of distinct HS-6 and unit: ${size.unitValueKeys} unit-value keys kept; heap ${(bytes / MB).toFixed(1)} MB`);
    expect(bytes).toBeLessThan(40 * MB);
  });

  it('costs about 3.8 KB for a full unit-value sample: some 75 MB at the bound', () => {
    const keys = 1000;
    const { value: history, bytes } = heapHeldBy(() => {
      const history = new DeclarationHistory(tables);
      const consignee = madeUp(2);
      // 200 declarations of 999 lines fill 999 samples of 200 values.
      for (let d = 0; d < 200; d++) {
        const items = Array.from({ length: keys - 1 }, (_, l) => goodsItem({ lineNumber: l + 1, hsCode: ORDINARY_HS, unit: `U${l}`, value: 100 + ((d * 7 + l) % 40) }));
        history.observe(declaration(`S${d}`, T0 + d * 60_000, consignee, items));
      }
      return history;
    });
    expect(history.unitValueRange(ORDINARY_HS, 'U5')?.samples).toBe(200);
    const perKey = bytes / (keys - 1);
    measured.push(`full unit-value samples: ${(perKey / 1024).toFixed(2)} KB each, ${((perKey * HISTORY_BOUNDS.unitValueKeys) / MB).toFixed(0)} MB at the bound of ${HISTORY_BOUNDS.unitValueKeys}`);
    expect(perKey * HISTORY_BOUNDS.unitValueKeys).toBeLessThan(100 * MB);
  });

  it('holds sensitive declarations within the bound on their lines, the oldest forgotten first', () => {
    const bounds = { ...HISTORY_BOUNDS, sensitiveLines: 50_000 };
    const flood = 200_000; // each from its own exporter: a shipment key each
    const consignee = madeUp(3);
    const exporterNo = (i: number): Party => ({ name: `Works ${i}`, country: 'KR' });
    const { value: history, bytes } = heapHeldBy(() => {
      const history = new DeclarationHistory(tables, bounds);
      for (let i = 0; i < flood; i++) {
        const d = declaration(`P${i}`, T0 + i * 1000, consignee, [goodsItem({ hsCode: SENSITIVE_HS, value: 3000 })]);
        history.observe({ ...d, parties: { exporter: exporterNo(i), consignee } });
      }
      return history;
    });
    const size = history.size;
    expectWithin(size, bounds);
    // A hundredth of the bound goes at once past it.
    expect(size.sensitiveLines).toBeGreaterThanOrEqual(bounds.sensitiveLines * 0.99);
    expect(size.shipmentKeys).toBe(size.sensitiveLines);
    // Kazakhstan is a diversion hub: the flow there holds what is kept, no more, the latest.
    expect(history.hubFlow('KZ', 0, Infinity).declarations).toBe(size.sensitiveDeclarations);
    expect(history.hubFlow('KZ', 0, T0 + (flood - size.sensitiveDeclarations) * 1000).declarations).toBe(0);
    const key = partyKey(consignee);
    expect(history.sensitiveShipments(partyKey(exporterNo(flood - 1)), SENSITIVE_HS, [key], 0, Infinity)).toHaveLength(1);
    expect(history.sensitiveShipments(partyKey(exporterNo(0)), SENSITIVE_HS, [key], 0, Infinity)).toHaveLength(0);
    const perLine = bytes / size.sensitiveLines;
    measured.push(
      `${flood} sensitive declarations from made-up exporters (bound ${bounds.sensitiveLines} lines): ${size.sensitiveDeclarations} kept, ${size.shipmentKeys} shipment keys; ` +
        `heap ${(bytes / MB).toFixed(0)} MB, ${(perLine / 1024).toFixed(2)} KB a line, ${((perLine * HISTORY_BOUNDS.sensitiveLines) / MB).toFixed(0)} MB at the shipped bound of ${HISTORY_BOUNDS.sensitiveLines}`,
    );
    // About 0.75 KB a line from a made-up exporter (its own keys): some 0.75 GB at the shipped bound.
    expect(bytes).toBeLessThan(80 * MB);
    expect(perLine * HISTORY_BOUNDS.sensitiveLines).toBeLessThan(1024 * MB);
  });

  it('holds confirmed holds, the keys they are filed under and the holds per key within the shipped bounds', () => {
    const flood = 60_000; // three times the bound on holds; 300,000 keys, half as many again as theirs
    const { value: history, bytes } = heapHeldBy(() => {
      const history = new DeclarationHistory(tables);
      for (let i = 0; i < flood; i++) {
        const endUser: Party = { name: `User ${i}`, country: 'KZ', address: `Lane ${i} unit 12 Testville` };
        const held = { ...declaration(`H${i}`, T0, madeUp(i), [goodsItem()]), parties: { exporter, consignee: madeUp(i), endUser } };
        history.confirmHold(held, new Date(T0 + i * 1000).toISOString());
      }
      return history;
    });
    const size = history.size;
    expectWithin(size, HISTORY_BOUNDS);
    expect(size.confirmedHolds).toBeGreaterThanOrEqual(HISTORY_BOUNDS.confirmedHolds / 2);
    expect(history.confirmedHoldsSharing('tel:000000000')).toEqual([]);
    expect(history.confirmedHoldsSharing(`mail:buyer${flood - 1}@example.kz`)).toEqual([expect.objectContaining({ declarationId: `H${flood - 1}` })]);
    measured.push(`${flood} confirmed holds of made-up parties: ${size.confirmedHolds} holds, ${size.confirmedHoldKeys} keys kept; heap ${(bytes / MB).toFixed(0)} MB`);
    expect(bytes).toBeLessThan(60 * MB);

    // One contact point shared by many holds keeps the latest hundred.
    const shared = new DeclarationHistory(tables);
    for (let i = 0; i < 300; i++) shared.confirmHold(declaration(`S${i}`, T0, { ...madeUp(i), phone: '+7 727 355 0101' }, [goodsItem()]), new Date(T0 + i * 1000).toISOString());
    const holds = shared.confirmedHoldsSharing('tel:273550101');
    expect(holds).toHaveLength(HISTORY_BOUNDS.holdsPerKey);
    expect(holds[holds.length - 1].declarationId).toBe('S299');
  });

  it('links a contact point to the latest hundred consignees, and a consignee to its latest sixteen contact points', () => {
    const history = new DeclarationHistory(tables);
    const items = [goodsItem({ hsCode: ORDINARY_HS })];
    for (let i = 0; i < 1000; i++) history.observe(declaration(`C${i}`, T0 + i * 1000, { ...madeUp(i), email: undefined, phone: '+7 727 355 0101' }, items));
    for (let i = 0; i < 100; i++) history.observe(declaration(`M${i}`, T0 + (1000 + i) * 1000, { ...madeUp(7), phone: `+7 701 ${String(i).padStart(7, '0')}`, email: undefined }, items));
    expect(history.linkedConsignees(partyKey(madeUp(999)))).toHaveLength(HISTORY_BOUNDS.consigneesPerContact - 1);
    // The first still lists the phone, and is grouped with the latest hundred seen at it.
    expect(history.linkedConsignees(partyKey(madeUp(0)))).toHaveLength(HISTORY_BOUNDS.consigneesPerContact);
    // Consignee 7 moved on from the shared phone: its latest sixteen numbers are kept, the shared one is not.
    expect(history.linkedConsignees(partyKey(madeUp(7)))).toEqual([]);
    expect(history.size).toMatchObject({ consignees: 1000, contactPoints: 101 });
  });
});

describe('eviction by event time', () => {
  it('empties every structure of what was last seen before the horizon, and keeps what was seen since', () => {
    const history = new DeclarationHistory(tables);
    for (let i = 0; i < 2000; i++) {
      const consignee = { ...madeUp(i), address: `Row ${i} unit 3 Testville` };
      history.observe(declaration(`OLD${i}`, T0 + i * 1000, consignee, [goodsItem({ hsCode: SENSITIVE_HS, unit: `U${i % 50}`, value: 3000 }), goodsItem({ lineNumber: 2, hsCode: ORDINARY_HS, value: 100 })]));
    }
    history.confirmHold(declaration('HELD', T0, madeUp(1), [goodsItem()]), new Date(T0).toISOString());
    // One consignee comes back on day 200; another was first seen on day 0 and is seen again on day 150.
    const regular = madeUp(5);
    history.observe(declaration('AGAIN', T0 + 150 * DAY_MS, regular, [goodsItem({ hsCode: ORDINARY_HS, value: 100 })]));
    const fresh = { name: 'Fresh Buyer JSC', country: 'KZ', phone: '+7 727 000 1111' };
    history.observe(declaration('NEW', T0 + 200 * DAY_MS, fresh, [goodsItem({ hsCode: SENSITIVE_HS, value: 3000 })]));
    const before = history.size;
    expect(before).toMatchObject({ sensitiveDeclarations: 2001, consignees: 2001, unitValueKeys: 52, confirmedHolds: 1 });

    // As the service does: the rule set's longest window and a day back from the latest event.
    history.evictBefore(history.latest! - (historyDays(defaultTestRuleSet()) + 1) * DAY_MS);
    expect(history.size).toEqual({
      sensitiveDeclarations: 1,
      sensitiveLines: 1,
      shipmentKeys: 1,
      hubCountries: 1,
      consignees: 2, // the fresh one, and the regular one, kept by its last sighting
      contactPoints: 3, // their phones, and the regular one's e-mail, seen again on day 150
      unitValueKeys: 2, // 854231 and 940360 in PCE, touched on days 150 and 200
      confirmedHolds: 1, // kept five years
      confirmedHoldKeys: 3,
    } satisfies HistorySize);
    expect(history.firstSeen(partyKey(regular))).toBe(T0 + 5000);
    expect(history.firstSeen(partyKey(madeUp(6)))).toBeUndefined();
    expect(history.linkedConsignees(partyKey(regular))).toEqual([]);

    // Five years on, the hold is forgotten too; a withdrawal leaves no empty list behind.
    const later = T0 + (CONFIRMED_HOLD_RETENTION_DAYS + 1) * DAY_MS;
    history.observe(declaration('LATER', later, fresh, [goodsItem({ hsCode: SENSITIVE_HS, value: 3000 })]));
    history.evictBefore(later - 91 * DAY_MS);
    history.withdraw('LATER');
    expect(history.size).toEqual({
      sensitiveDeclarations: 0,
      sensitiveLines: 0,
      shipmentKeys: 0,
      hubCountries: 0,
      consignees: 1,
      contactPoints: 1,
      unitValueKeys: 1,
      confirmedHolds: 0,
      confirmedHoldKeys: 0,
    } satisfies HistorySize);
    expect(history.confirmedHoldsSharing(`party:${partyKey(madeUp(1))}`)).toEqual([]);
  });
});

describe('units of quantity', () => {
  it('counts "pce", " PCE " and "Pce" as one unit, and cuts a long one', () => {
    const history = new DeclarationHistory(tables);
    ['pce', ' PCE ', 'Pce'].forEach((unit, i) => history.observe(declaration(`P${i}`, T0 + i, madeUp(1), [goodsItem({ unit })])));
    expect(history.unitValueRange('854231', 'PCE')?.samples).toBe(3);
    expect(history.unitValueRange('854231', 'pce')?.samples).toBe(3);
    history.observe(declaration('LONG', T0, madeUp(1), [goodsItem({ unit: 'KILOGRAMS NET' })]));
    expect(history.unitValueRange('854231', 'kilograms, gross')?.samples).toBe(1);
    expect(history.size.unitValueKeys).toBe(2);
  });
});

describe('ordinary traffic', () => {
  /**
   * Six months of trade from 20 exporters to 120 consignees in hubs and elsewhere (a few new each
   * week), CHPL processors and furniture at prices varying ±20 % with an odd price now and then,
   * some shipments split small: what the rules read, at volumes far below every bound.
   */
  function sixMonths(): ExportDeclaration[] {
    const out: ExportDeclaration[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 6000; n++) {
      const at = T0 + n * (182 * DAY_MS) / 6000;
      const week = Math.floor(n / 230);
      const c = Math.floor(next() * (40 + week * 3));
      const consignee: Party = { name: `Consignee ${c} LLC`, country: ['KZ', 'AE', 'SE', 'DE'][c % 4], kind: c % 5 === 0 ? 'TRADER' : 'MANUFACTURER', phone: `+7 727 ${String(100000 + (c % 90)).padStart(7, '0')}` };
      const price = next() < 0.01 ? 0.4 : 50 * (0.8 + 0.4 * next());
      const sensitive = next() < 0.5;
      const quantity = 20 + Math.floor(next() * 100);
      const item = goodsItem({ hsCode: sensitive ? SENSITIVE_HS : ORDINARY_HS, quantity, value: Math.round(price * quantity) });
      out.push({ ...declaration(`D${n}`, at, consignee, [item]), parties: { exporter: { name: `Exporter ${n % 20}`, country: 'KR' }, consignee } });
    }
    return out;
  }

  it('is decided the same with the shipped bounds and eviction as with neither', () => {
    const ruleSet = defaultTestRuleSet();
    const horizonDays = historyDays(ruleSet) + 1;
    const unbounded = Object.fromEntries(Object.keys(HISTORY_BOUNDS).map((k) => [k, Number.MAX_SAFE_INTEGER])) as unknown as HistoryBounds;
    const bounded = new DeclarationHistory(ruleSet.tables);
    const kept = new DeclarationHistory(ruleSet.tables, unbounded);
    const hits = new Map<string, number>();
    let differences = 0;
    sixMonths().forEach((d, n) => {
      const at = new Date(d.submittedAt);
      const a = screenDeclaration(d, { ruleSet, history: bounded }, at);
      const b = screenDeclaration(d, { ruleSet, history: kept }, at);
      if (JSON.stringify([a.outcome, a.lane, a.riskScore, a.hits]) !== JSON.stringify([b.outcome, b.lane, b.riskScore, b.hits])) differences++;
      for (const h of a.hits) if ((h.score ?? 0) > 0) hits.set(h.ruleId, (hits.get(h.ruleId) ?? 0) + 1);
      bounded.observe(d);
      kept.observe(d);
      // As the service does, every few hundred declarations.
      if (n % 500 === 499) bounded.evictBefore(bounded.latest! - horizonDays * DAY_MS);
    });
    expect(differences).toBe(0);
    // The comparison means something: the history rules fired.
    expect(hits.get('consignee-profile')).toBeGreaterThan(0);
    expect(hits.get('unit-value-outlier')).toBeGreaterThan(0);
    expect(bounded.size.sensitiveDeclarations).toBeLessThan(kept.size.sensitiveDeclarations);
    measured.push(`ordinary traffic, 6,000 declarations over 182 days: 0 decisions differ; hits scored ${JSON.stringify(Object.fromEntries(hits))}`);
  });
});
