import { DeclarationEvent, DeclarationEventType, ExportDeclaration, GoodsItem, Party } from '@chokepoint/contracts';

/** A small deterministic generator (mulberry32), so a seed always gives the same feed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ordinary exporters, none of them listed. */
const EXPORTERS: Party[] = [
  { partyId: '124-81-00998', name: 'Hanbit Electronics Co., Ltd.', country: 'KR', kind: 'TRADER' },
  { partyId: '220-86-12345', name: '세진정밀 주식회사', country: 'KR', kind: 'MANUFACTURER' },
  { partyId: 'DE811234567', name: 'Rheinland Messtechnik GmbH', country: 'DE', kind: 'MANUFACTURER' },
  { partyId: '5010401012345', name: 'Kansai Bearing Industries K.K.', country: 'JP', kind: 'MANUFACTURER' },
];

/** Ordinary consignees, none of them listed; those in diversion hubs (KG, AE, TR) draw the hub rules. */
const CONSIGNEES: Party[] = [
  { name: 'Nordic Industrial Supply AB', country: 'SE', address: 'Hamngatan 4, Göteborg', kind: 'TRADER' },
  { name: 'Saigon Components JSC', country: 'VN', address: '12 Nguyen Hue, Ho Chi Minh City', kind: 'MANUFACTURER' },
  { name: 'Altyn Trade Logistics LLC', country: 'KG', address: 'Bishkek, Chui Ave 12', kind: 'FREIGHT_FORWARDER' },
  { name: 'Gulf Horizon General Trading FZE', country: 'AE', address: 'Jebel Ali Free Zone, Dubai', kind: 'TRADER' },
  { name: 'Midwest Precision Inc.', country: 'US', address: '400 Lake St, Chicago IL', kind: 'MANUFACTURER' },
  { name: 'Anadolu Makina Sanayi ve Ticaret A.Ş.', country: 'TR', address: 'Gebze OSB, Kocaeli', kind: 'MANUFACTURER' },
];

/** End users in restricted countries: held where the goods are restricted there (IR: any, under the US embargo); only the listed one is also a party match. */
const EMBARGOED_END_USERS: Party[] = [
  { name: 'OOO Vektor Komponent', country: 'RU', address: 'Moscow, Profsoyuznaya 65' },
  { name: 'Pars Electronic Industries', country: 'IR', address: 'Tehran, Azadi St' },
  { name: 'Minsk Optical Works', country: 'BY' },
  // Listed (OFAC SDN, as ROSOBORONEKSPORT OAO): the demo shows a party match through transliteration.
  { name: 'АО «Рособоронэкспорт»', country: 'RU', address: 'Moscow, Stromynka 27' },
];

/** Every party a sample declaration can name, by role: what the demo-parties test screens. */
export const DEMO_PARTIES: Readonly<{ exporters: readonly Party[]; consignees: readonly Party[]; endUsers: readonly Party[] }> = {
  exporters: EXPORTERS,
  consignees: CONSIGNEES,
  endUsers: EMBARGOED_END_USERS,
};

const GOODS: Omit<GoodsItem, 'lineNumber' | 'quantity' | 'value'>[] = [
  { hsCode: '8542310000', description: 'Integrated circuits, processors and controllers', unit: 'PCE', originCountry: 'KR' },
  { hsCode: '8471500000', description: 'Processing units for automatic data-processing machines', unit: 'PCE', originCountry: 'CN' },
  { hsCode: '8482100000', description: 'Ball bearings', unit: 'PCE', originCountry: 'JP' },
  { hsCode: '9031809000', description: 'Measuring instruments', unit: 'PCE', originCountry: 'DE' },
  { hsCode: '6109100000', description: 'Cotton T-shirts', unit: 'PCE', originCountry: 'VN' },
  { hsCode: '8708999000', description: 'Parts for motor vehicles', unit: 'KGM', originCountry: 'KR' },
];

const CONTROLLED = [
  { hsCode: '8543709000', description: 'Signal generators, frequency synthesised', controlCode: '3A002' },
  { hsCode: '9013200000', description: 'Lasers, continuous wave', controlCode: '6A005' },
];

export interface SampleOptions {
  /** Share of declarations with an end user in an embargoed country. */
  embargoedShare?: number;
  /** Share with a controlled item declared without a licence. */
  unlicensedShare?: number;
}

/** Builds realistic declarations: mostly clean trade, some to hold, from a seeded random source. */
export class SampleDeclarations {
  private sequence = 0;

  constructor(
    private readonly random: () => number,
    private readonly options: SampleOptions = {},
  ) {}

  declaration(submittedAt: Date, id?: string): ExportDeclaration {
    const r = this.random;
    const exporter = pick(r, EXPORTERS);
    const consignee = pick(r, CONSIGNEES);
    const items: GoodsItem[] = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => {
      const goods = pick(r, GOODS);
      const quantity = 10 + Math.floor(r() * 5000);
      return { ...goods, lineNumber: i + 1, quantity, value: Math.round(quantity * (1 + r() * 40)) };
    });
    const roll = r();
    const embargoed = roll < (this.options.embargoedShare ?? 0.12);
    const unlicensed = !embargoed && roll < (this.options.embargoedShare ?? 0.12) + (this.options.unlicensedShare ?? 0.1);
    const licensedControl = !embargoed && !unlicensed && r() < 0.1;
    if (unlicensed || licensedControl) {
      const controlled = pick(r, CONTROLLED);
      items.push({
        ...controlled,
        lineNumber: items.length + 1,
        quantity: 2 + Math.floor(r() * 20),
        unit: 'PCE',
        value: 20000 + Math.round(r() * 80000),
        originCountry: exporter.country,
        ...(licensedControl ? { licence: { number: `EL-${exporter.country}-${1000 + Math.floor(r() * 9000)}`, type: 'INDIVIDUAL' as const } } : {}),
      });
    }
    this.sequence += 1;
    return {
      declarationId: id ?? `${exporter.country}${String(this.sequence).padStart(6, '0')}-${Math.floor(r() * 1e6).toString(36).toUpperCase()}`,
      revision: 0,
      declarationType: 'EXPORT',
      submittedAt: submittedAt.toISOString(),
      exportCountry: exporter.country,
      destinationCountry: consignee.country,
      transportMode: pick(r, ['SEA', 'AIR', 'ROAD'] as const),
      currency: 'USD',
      totalValue: items.reduce((sum, i) => sum + i.value, 0),
      parties: { exporter, consignee, ...(embargoed ? { endUser: pick(r, EMBARGOED_END_USERS) } : {}) },
      items,
    };
  }
}

/** Wraps a declaration in its CloudEvent; the event id is stable for the same revision and type. */
export function declarationEvent(declaration: ExportDeclaration, type: DeclarationEventType = declaration.revision === 0 ? 'customs.export-declaration.submitted.v1' : 'customs.export-declaration.amended.v1'): DeclarationEvent {
  return {
    specversion: '1.0',
    id: `${declaration.declarationId}:${declaration.revision}:${type.split('.')[2]}`,
    source: 'urn:chokepoint:demo-feed',
    type,
    time: declaration.submittedAt,
    subject: declaration.declarationId,
    datacontenttype: 'application/json',
    data: declaration,
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}
