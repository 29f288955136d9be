import { ExportDeclaration, GoodsItem, Party } from '@chokepoint/contracts';
import { seededRandom } from '../../apps/screening/src/demo/sample-declarations';

/**
 * A generated stream of export declarations for evaluating detection: a world of exporters and
 * their regular consignees trading ordinary, high-priority and controlled goods for months,
 * with planted cases of each circumvention typology among the clean traffic. Deterministic by
 * seed. Event times are what matter; the stream is sorted by them.
 */

export const TYPOLOGIES = ['EMBARGOED', 'STRATEGIC_GOODS', 'CHPL_HUB', 'ROUTE', 'CONSIGNEE_PROFILE', 'STRUCTURING', 'SURGE', 'MISDECLARATION', 'NETWORK_LINK'] as const;
export type Typology = (typeof TYPOLOGIES)[number];

/** The rules whose hit on a planted declaration counts as detecting its typology. */
export const TYPOLOGY_RULES: Record<Typology, string[]> = {
  EMBARGOED: ['embargoed-country', 'destination-restrictions'],
  STRATEGIC_GOODS: ['strategic-goods-without-licence'],
  CHPL_HUB: ['chpl-to-diversion-hub'],
  ROUTE: ['route-inconsistency'],
  CONSIGNEE_PROFILE: ['consignee-profile'],
  STRUCTURING: ['structuring'],
  SURGE: ['chpl-surge-to-hub'],
  MISDECLARATION: ['technology-description-mismatch', 'unit-value-outlier'],
  NETWORK_LINK: ['network-link'],
};

export interface StreamEntry {
  declaration: ExportDeclaration;
  /** Set on declarations of a planted case. */
  planted?: Typology;
  /** A planted declaration the typology must hold (the first shipments of a structuring case are not). */
  target?: boolean;
}

export interface HoldConfirmation {
  declarationId: string;
  at: string;
}

export interface CircumventionStream {
  entries: StreamEntry[];
  /** Officers' confirmations of planted holds, which later network-link cases lean on. */
  confirmations: HoldConfirmation[];
  /** Day from which newness and baselines are judged: evaluate from here. */
  measureFrom: string;
}

export interface StreamOptions {
  seed: number;
  days: number;
  cleanPerDay: number;
  casesPerTypology: number;
  /** Listed entities' street addresses, for planted network links (country, street line). */
  listedStreets: { country: string; street: string }[];
}

interface Product {
  hs: string;
  description: string;
  unit: string;
  price: number;
  controlCode?: string;
}

const ORDINARY: Product[] = [
  { hs: '870830', description: 'Brake pads for passenger cars', unit: 'PCE', price: 12 },
  { hs: '392690', description: 'Plastic fittings', unit: 'PCE', price: 0.8 },
  { hs: '940542', description: 'LED lamps', unit: 'PCE', price: 6 },
  { hs: '611020', description: 'Cotton knitwear', unit: 'PCE', price: 9 },
  { hs: '847130', description: 'Laptop computers', unit: 'PCE', price: 700 },
  { hs: '851713', description: 'Smartphones', unit: 'PCE', price: 300 },
  { hs: '841510', description: 'Split air conditioners', unit: 'PCE', price: 400 },
  { hs: '390120', description: 'Polyethylene granules', unit: 'KGM', price: 1.4 },
  { hs: '401110', description: 'Tyres for passenger cars', unit: 'PCE', price: 60 },
  { hs: '330499', description: 'Cosmetic creams', unit: 'PCE', price: 7 },
  { hs: '852872', description: 'Television sets', unit: 'PCE', price: 350 },
  { hs: '850760', description: 'Lithium-ion battery packs', unit: 'PCE', price: 80 },
];
const HIGH_PRIORITY: Product[] = [
  { hs: '854231', description: 'Microcontrollers, 32-bit', unit: 'PCE', price: 3.5 },
  { hs: '854232', description: 'Memory chips', unit: 'PCE', price: 6 },
  { hs: '854239', description: 'Power management chips', unit: 'PCE', price: 1.2 },
  { hs: '848210', description: 'Deep groove ball bearings', unit: 'PCE', price: 2.5 },
  { hs: '853224', description: 'Multilayer ceramic capacitors', unit: 'PCE', price: 0.02 },
  { hs: '854129', description: 'Power transistors', unit: 'PCE', price: 0.6 },
  { hs: '850440', description: 'Switching power supplies', unit: 'PCE', price: 45 },
  { hs: '852691', description: 'Navigation receiver modules', unit: 'PCE', price: 25 },
];
/** Correlated to dual-use categories, or declared under a control code: traded with licences. */
const CONTROLLED: Product[] = [
  { hs: '901420', description: 'Fibre-optic gyro compass', unit: 'PCE', price: 8000 },
  { hs: '845961', description: 'Vertical milling machine, numerically controlled', unit: 'PCE', price: 150_000 },
  { hs: '903180', description: 'Coordinate measuring machine', unit: 'PCE', price: 90_000 },
  { hs: '854320', description: 'Signal generator, 40 GHz', unit: 'PCE', price: 30_000, controlCode: '3A002' },
];

const PARTNERS = ['DE', 'US', 'JP', 'FR', 'GB', 'SE', 'NL', 'IT', 'ES', 'PL', 'AU', 'CA'];
const OTHERS = ['VN', 'TH', 'MY', 'ID', 'PH', 'EG', 'CL', 'SA'];
const HUBS = ['CN', 'CN', 'CN', 'IN', 'IN', 'TR', 'AE', 'SG', 'KZ', 'MX', 'BR', 'GE', 'AM', 'UZ', 'KG'];
const SMALL_HUBS = ['KZ', 'KG', 'AM', 'GE', 'UZ', 'AE', 'TR'];
const CURRENCY: Record<string, { code: string; perUsd: number }> = { KR: { code: 'KRW', perUsd: 1 / 0.00072 }, DE: { code: 'EUR', perUsd: 1 / 1.08 }, JP: { code: 'JPY', perUsd: 1 / 0.0066 }, US: { code: 'USD', perUsd: 1 } };
const DAY = 86_400_000;
const START = Date.UTC(2026, 5, 1);

interface Trader {
  party: Party;
  products: Product[];
}

export function generateStream(options: StreamOptions): CircumventionStream {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  let serial = 0;
  const nextId = (prefix: string) => `${prefix}-${options.seed}-${String(++serial).padStart(6, '0')}`;
  const phone = () => `+${Math.floor(between(1e10, 9e10))}`;

  const exporters: Trader[] = Array.from({ length: 40 }, (_, i) => {
    const country = i < 20 ? 'KR' : i < 28 ? 'DE' : i < 34 ? 'JP' : 'US';
    const products = [pick(ORDINARY), pick(ORDINARY), ...(i % 2 === 0 ? [pick(HIGH_PRIORITY), pick(HIGH_PRIORITY)] : []), ...(i % 7 === 0 ? [pick(CONTROLLED)] : [])];
    return { party: { partyId: `EXP${1000 + i}`, name: `${pick(['Hanil', 'Daesung', 'Nordwerk', 'Kyoei', 'Summit', 'Pioneer', 'Astra', 'Orion'])} ${pick(['Industrial', 'Electronics', 'Components', 'Machinery', 'Materials'])} ${i}`, country, kind: 'MANUFACTURER' }, products };
  });
  const consigneeAt = (country: string, kind: Party['kind'], name: string): Party => ({
    name,
    country,
    kind,
    address: `${Math.floor(between(1, 400))} ${pick(['Industrial', 'Harbour', 'Central', 'Station', 'Market', 'Airport'])} Road, Unit ${Math.floor(between(1, 90))}, ${country}`,
    phone: phone(),
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.${country.toLowerCase()}`,
  });
  const consignees: { party: Party; exporters: Trader[]; firstDay: number }[] = Array.from({ length: 160 }, (_, i) => {
    const roll = random();
    const country = roll < 0.55 ? pick(PARTNERS) : roll < 0.75 ? pick(OTHERS) : pick(HUBS);
    const kindRoll = random();
    const kind: Party['kind'] = kindRoll < 0.7 ? 'MANUFACTURER' : kindRoll < 0.9 ? 'TRADER' : kindRoll < 0.95 ? 'FREIGHT_FORWARDER' : 'END_USER';
    // Most are regular customers from the start; a few are won during the measured period.
    const firstDay = random() < 0.94 ? Math.floor(between(0, 20)) : Math.floor(between(95, options.days - 5));
    return { party: consigneeAt(country, kind, `${pick(['Global', 'Prime', 'Eastern', 'Western', 'United', 'Modern'])} ${pick(['Trading', 'Industries', 'Supply', 'Systems', 'Logistics'])} ${i}`), exporters: [pick(exporters), pick(exporters)], firstDay };
  });

  const entries: StreamEntry[] = [];
  const confirmations: HoldConfirmation[] = [];

  /** A declaration as the exporter's customs system would send it. */
  function declare(exporter: Trader, consignee: Party, day: number, goods: { product: Product; usd: number; licensed?: boolean; controlCode?: string; hsCode?: string; description?: string }[], extra: Partial<ExportDeclaration> = {}): ExportDeclaration {
    const currency = CURRENCY[exporter.party.country];
    const items: GoodsItem[] = goods.map((g, i) => {
      // Prices vary by deal, about a fifth either way.
      const quantity = Math.max(1, Math.round(g.usd / (g.product.price * between(0.8, 1.25))));
      const controlCode = g.controlCode ?? g.product.controlCode;
      return {
        lineNumber: i + 1,
        hsCode: g.hsCode ?? `${g.product.hs}${random() < 0.5 ? '0000' : ''}`,
        description: g.description ?? g.product.description,
        quantity,
        unit: g.product.unit,
        value: Math.round(g.usd * currency.perUsd * 100) / 100,
        originCountry: exporter.party.country,
        ...(controlCode ? { controlCode } : {}),
        ...(g.licensed ? { licence: { number: `EL-${Math.floor(between(1e5, 9e5))}`, type: 'INDIVIDUAL' as const } } : {}),
      };
    });
    const at = START + day * DAY + Math.floor(between(0, DAY));
    return {
      declarationId: nextId(exporter.party.country),
      revision: 0,
      declarationType: 'EXPORT',
      submittedAt: new Date(at).toISOString(),
      exportCountry: exporter.party.country,
      destinationCountry: consignee.country,
      portOfDischarge: `${consignee.country}${pick(['PUS', 'HKG', 'LAX', 'BOM', 'ZZZ'])}`,
      transportMode: pick(['SEA', 'AIR', 'SEA'] as const),
      currency: currency.code,
      totalValue: items.reduce((s, i) => s + i.value, 0),
      paymentCountry: consignee.country,
      parties: { exporter: exporter.party, consignee },
      items,
      ...extra,
    };
  }
  const value = () => Math.exp(between(Math.log(2000), Math.log(60_000)));
  const plant = (typology: Typology, declaration: ExportDeclaration, target = true) => entries.push({ declaration, planted: typology, target });

  // Clean traffic: regular customers, their usual goods, licences where the goods need them.
  for (let day = 0; day < options.days; day++) {
    for (let n = 0; n < options.cleanPerDay; n++) {
      const consignee = pick(consignees.filter((c) => c.firstDay <= day));
      const exporter = pick(consignee.exporters);
      const goods = Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
        const product = pick(exporter.products);
        const controlled = CONTROLLED.includes(product);
        const needsLicence = controlled && !PARTNERS.includes(consignee.party.country);
        return { product, usd: controlled ? product.price * Math.ceil(between(1, 3)) : value(), licensed: needsLicence };
      });
      entries.push({ declaration: declare(exporter, consignee.party, day, goods) });
    }
  }

  // Planted cases spread over the measured period, as rare events are in real traffic.
  const measured = (i: number) => 95 + Math.floor(((i + 0.5) * (options.days - 100)) / options.casesPerTypology);
  const hubConsignee = (i: number, kind: Party['kind'] = 'TRADER') => consigneeAt(HUBS[(i * 7) % HUBS.length], kind, `${pick(['Altyn', 'Silk', 'Caspian', 'Ararat', 'Desert', 'Bosphorus'])} ${pick(['Trade', 'Cargo', 'Import'])} ${i}`);
  const chplExporter = () => pick(exporters.filter((e) => e.products.some((p) => HIGH_PRIORITY.includes(p))));
  const chplProduct = (e: Trader) => e.products.find((p) => HIGH_PRIORITY.includes(p))!;
  const tierOne = HIGH_PRIORITY.slice(0, 3);
  const held: ExportDeclaration[] = [];

  for (let i = 0; i < options.casesPerTypology; i++) {
    const day = measured(i);
    const exporter = chplExporter();
    // 1. Embargoed destination, end user, transit or payment.
    const variant = i % 4;
    const consignee = variant === 0 ? consigneeAt(pick(['RU', 'BY', 'IR']), 'TRADER', `Vostok Supply ${i}`) : hubConsignee(i);
    // High-priority goods, which every regime restricts for RU, BY and IR (drawn as before, so that
    // the rest of the stream stays as it was).
    pick(exporter.products);
    const embargoed = declare(exporter, consignee, day, [{ product: chplProduct(exporter), usd: value() }], {
      ...(variant === 1 ? { parties: { exporter: exporter.party, consignee, endUser: consigneeAt('RU', 'END_USER', `Plant ${i}`) } } : {}),
      ...(variant === 2 ? { transitCountries: ['RU'] } : {}),
      ...(variant === 3 ? { paymentCountry: 'RU' } : {}),
    });
    plant('EMBARGOED', embargoed);
    held.push(embargoed);

    // 2. Strategic goods without licence outside the partner states.
    const controlled = pick(CONTROLLED);
    plant('STRATEGIC_GOODS', declare(pick(exporters), consigneeAt(pick(OTHERS), 'MANUFACTURER', `Precision Works ${i}`), day, [{ product: controlled, usd: controlled.price }]));

    // 3. High-priority goods to a hub, the route or money pointing to Russia.
    const hub = hubConsignee(i + 100);
    plant('CHPL_HUB', declare(exporter, hub, day, [{ product: pick(tierOne), usd: value() }], i % 2 ? { portOfDischarge: 'RUVVO', transitCountries: [hub.country] } : { transitCountries: [hub.country, 'RU'] }));

    // 4. Route that does not fit: discharged elsewhere, end user in a third country.
    const routed = hubConsignee(i + 200, 'MANUFACTURER');
    plant('ROUTE', declare(exporter, routed, day, [{ product: chplProduct(exporter), usd: value() }], {
      portOfDischarge: routed.country === 'AE' ? 'OMSOH' : 'AEJEA',
      ...(i % 2 ? { parties: { exporter: exporter.party, consignee: routed, endUser: consigneeAt('AM', 'END_USER', `Yerevan Instruments ${i}`) } } : {}),
    }));

    // 5. A new forwarder receives high-priority goods, paid from a third country.
    plant('CONSIGNEE_PROFILE', declare(exporter, hubConsignee(i + 300, 'FREIGHT_FORWARDER'), day, [{ product: pick(tierOne), usd: value() }], i % 2 ? { paymentCountry: 'AE' } : {}));

    // 6. Structuring: four small shipments within three weeks, the last two past the threshold.
    const splitter = hubConsignee(i + 400, 'MANUFACTURER');
    const linked = i % 2 ? { ...hubConsignee(i + 450, 'MANUFACTURER'), country: splitter.country, phone: splitter.phone } : splitter;
    const product = chplProduct(exporter);
    [0, 5, 11, 17].forEach((offset, n) => plant('STRUCTURING', declare(exporter, n === 1 ? linked : splitter, day - 20 + offset, [{ product, usd: between(3500, 4500) }]), n >= 2));

    // 8. Misdeclaration: a named technology under another HS code, or a unit value far below the market.
    if (i % 2) {
      const [description, hsCode] = pick([['Quadcopter drone with camera', '950300'], ['FPGA modules', '847330'], ['Thermal imaging camera', '900659'], ['Gyroscope sensor boards', '903289']]);
      plant('MISDECLARATION', declare(pick(exporters), consigneeAt(pick(OTHERS), 'TRADER', `Bright Commerce ${i}`), day, [{ product: ORDINARY[0], usd: value(), hsCode, description }]));
    } else {
      const cheap = pick(tierOne);
      plant('MISDECLARATION', declare(exporter, hubConsignee(i + 500, 'MANUFACTURER'), day, [{ product: { ...cheap, price: cheap.price / 40 }, usd: value() / 4 }]));
    }

    // 9. Network links: at a listed entity's street address, or sharing a confirmed hold's phone.
    if (i % 2 && options.listedStreets.length) {
      const street = options.listedStreets[(i * 37) % options.listedStreets.length];
      const front = { ...consigneeAt(street.country, 'TRADER', `New Horizon ${i}`), address: `${street.street}, ${street.country}` };
      plant('NETWORK_LINK', declare(pick(exporters), front, day, [{ product: ORDINARY[i % ORDINARY.length], usd: value() }]));
    } else {
      const earlier = held[held.length - 1];
      const confirmedAt = new Date(Date.parse(earlier.submittedAt) + DAY / 2).toISOString();
      confirmations.push({ declarationId: earlier.declarationId, at: confirmedAt });
      const partner = { ...consigneeAt(earlier.parties.consignee.country, 'TRADER', `Second Front ${i}`), phone: earlier.parties.consignee.phone };
      plant('NETWORK_LINK', declare(pick(exporters), partner, day + 2, [{ product: ORDINARY[i % ORDINARY.length], usd: value() }]));
    }
  }

  // 7. Surges: sixteen high-priority shipments to one small hub in five days, a few times over the measured period.
  const surges = Math.max(1, Math.ceil(options.casesPerTypology / 10));
  for (let s = 0; s < surges; s++) {
    const day = 95 + Math.floor(((s + 0.5) * (options.days - 100)) / surges);
    const country = SMALL_HUBS[s % SMALL_HUBS.length];
    for (let n = 0; n < 16; n++) {
      const exporter = chplExporter();
      const consignee = consigneeAt(country, 'MANUFACTURER', `Surge Buyer ${s}-${n % 4}`);
      const declaration = declare(exporter, consignee, day, [{ product: chplProduct(exporter), usd: value() }], { submittedAt: new Date(START + day * DAY + n * 7.5 * 3_600_000).toISOString() });
      // Hours apart: from the thirteenth on, far past three times even a busy hub's weekly baseline.
      plant('SURGE', declaration, n >= 12);
    }
  }
  // A surge is measured against the hub's own trailing baseline: each hub a surge goes to also
  // takes a steady weekly high-priority shipment from a long-standing buyer, all period long.
  for (const country of new Set(Array.from({ length: surges }, (_, s) => SMALL_HUBS[s % SMALL_HUBS.length]))) {
    const buyer = consigneeAt(country, 'MANUFACTURER', `Steady Buyer ${country}`);
    for (let day = 3; day < options.days; day += 7) {
      const exporter = chplExporter();
      entries.push({ declaration: declare(exporter, buyer, day, [{ product: chplProduct(exporter), usd: value() }]) });
    }
  }

  entries.sort((a, b) => a.declaration.submittedAt.localeCompare(b.declaration.submittedAt));
  return { entries, confirmations, measureFrom: new Date(START + 95 * DAY).toISOString() };
}
