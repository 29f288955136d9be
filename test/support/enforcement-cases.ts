import { ExportDeclaration, GoodsItem, HitCategory, Party } from '@chokepoint/contracts';

/**
 * Circumvention patterns from public enforcement guidance and cases, and lawful look-alikes, each
 * written as the declaration an exporter would file: only what a declaration shows. The patterns
 * come from the sources each names (FinCEN/BIS joint alerts, BIS CHPL guidance, DOJ Disruptive
 * Technology Strike Force and customs press releases); parties and values are invented.
 */
export interface PublicCase {
  id: string;
  kind: 'case' | 'look-alike';
  /** The pattern's family, for the table. */
  pattern: string;
  /** For a case: the hit categories an officer would call the right reason to hold it. */
  categories: HitCategory[];
  source: string;
  declaration: Omit<ExportDeclaration, 'declarationId' | 'revision' | 'submittedAt'>;
  /** A long-standing customer: the same shipment made every week before (its history). */
  regular?: boolean;
}

const kr: Party = { partyId: 'KR-1208812345', name: 'Hanseong Precision Co., Ltd.', country: 'KR', kind: 'MANUFACTURER' };
const de: Party = { partyId: 'DE-EORI-4471', name: 'Nordwerk Antriebstechnik GmbH', country: 'DE', kind: 'MANUFACTURER' };

function line(hsCode: string, description: string, value: number, extra: Partial<GoodsItem> = {}): GoodsItem {
  return { lineNumber: 1, hsCode, description, quantity: extra.quantity ?? 10, unit: extra.unit ?? 'PCE', value, originCountry: 'KR', ...extra };
}

function filed(consignee: Party, items: GoodsItem[], extra: Partial<ExportDeclaration> = {}, exporter: Party = kr): PublicCase['declaration'] {
  return {
    exportCountry: exporter.country,
    destinationCountry: consignee.country,
    currency: 'USD',
    totalValue: items.reduce((s, i) => s + i.value, 0),
    paymentCountry: consignee.country,
    parties: { exporter, consignee },
    items: items.map((item, i) => ({ ...item, lineNumber: i + 1 })),
    ...extra,
  };
}

const trader = (name: string, country: string): Party => ({ name, country, kind: 'TRADER', address: `Free Zone Office ${name.length}, ${country}` });
const forwarder = (name: string, country: string): Party => ({ name, country, kind: 'FREIGHT_FORWARDER' });
const maker = (name: string, country: string): Party => ({ name, country, kind: 'MANUFACTURER' });

const ALERT_2023 = 'FinCEN and BIS joint alert FIN-2023-Alert004 (May 2023), red flags for CHPL items';
const ALERT_2022 = 'FinCEN and BIS joint alert FIN-2022-Alert003 (June 2022), red flags for export-control evasion';
const CHPL_GUIDANCE = 'BIS, EU, UK and Japan, Common High Priority List guidance (February 2024)';
const STRIKE_FORCE = 'US DOJ/BIS Disruptive Technology Strike Force prosecutions (2023-2024): microelectronics routed through trading companies in third countries';
const KCS = 'Korea Customs Service announcements (2023-2024): machine tools and parts exported to Russia through Central Asian intermediaries';

export const PUBLIC_CASES: readonly PublicCase[] = [
  // --- Cases: what an evader files. ---
  { id: 'C01', kind: 'case', pattern: 'CHPL electronics to a new trader in a hub', categories: ['DIVERSION_RISK'], source: STRIKE_FORCE, declaration: filed(trader('Orient Bridge General Trading LLC', 'AE'), [line('854231', 'Microcontrollers, 32-bit', 48000, { quantity: 12000 })]) },
  { id: 'C02', kind: 'case', pattern: 'CHPL electronics to a new trader in a hub', categories: ['DIVERSION_RISK'], source: ALERT_2023, declaration: filed(trader('Tengri Electronic Supply LLP', 'KZ'), [line('854232', 'DRAM memory modules', 36000, { quantity: 3000 })]) },
  { id: 'C03', kind: 'case', pattern: 'CHPL electronics to a new trader in a hub', categories: ['DIVERSION_RISK'], source: ALERT_2023, declaration: filed(trader('Bosphorus Teknoloji Dis Ticaret', 'TR'), [line('852691', 'GNSS receiver modules', 22000, { quantity: 400 })]) },
  { id: 'C04', kind: 'case', pattern: 'aircraft parts and bearings (Tier 3.B) to a new trader in a hub', categories: ['DIVERSION_RISK'], source: CHPL_GUIDANCE, declaration: filed(trader('Anka Havacilik Parca Ticaret', 'TR'), [line('880730', 'Aircraft landing gear parts', 64000, { quantity: 20 })]) },
  { id: 'C05', kind: 'case', pattern: 'aircraft parts and bearings (Tier 3.B) to a new trader in a hub', categories: ['DIVERSION_RISK'], source: CHPL_GUIDANCE, declaration: filed(trader('Pamir Industrial Import LLC', 'TJ'), [line('848210', 'Ball bearings, deep groove', 18000, { quantity: 3000 })]) },
  { id: 'C06', kind: 'case', pattern: 'aircraft parts and bearings (Tier 3.B) to a new trader in a hub', categories: ['DIVERSION_RISK'], source: CHPL_GUIDANCE, declaration: filed(trader('Danube Parts Trade d.o.o.', 'RS'), [line('848250', 'Cylindrical roller bearings', 26000, { quantity: 900 })]) },
  { id: 'C07', kind: 'case', pattern: 'aircraft parts and bearings (Tier 3.B) to a new trader in a hub', categories: ['DIVERSION_RISK'], source: 'UK HMRC compound settlements and OFSI notices (2023-2024): aircraft parts routed through the UAE', declaration: filed(trader('Skyline Aero Spares FZE', 'AE'), [line('880730', 'Aircraft brake assemblies', 52000, { quantity: 8 })]) },
  { id: 'C08', kind: 'case', pattern: 'machine tools to a new intermediary in Central Asia', categories: ['STRATEGIC_GOODS', 'DIVERSION_RISK'], source: KCS, declaration: filed(trader('Ala-Too Machinery Trade LLC', 'KG'), [line('845710', 'Vertical machining centre', 210000, { quantity: 1 })]) },
  { id: 'C09', kind: 'case', pattern: 'machine tools to a new intermediary in Central Asia', categories: ['STRATEGIC_GOODS', 'DIVERSION_RISK'], source: KCS, declaration: filed(forwarder('Silk Way Cargo Service LLP', 'KZ'), [line('845811', 'CNC horizontal lathe', 150000, { quantity: 1 })]) },
  { id: 'C10', kind: 'case', pattern: 'electronics to a trading house in the EU, paid from a third country', categories: ['DIVERSION_RISK'], source: ALERT_2022, declaration: filed(trader('Baltic Components Handel OU', 'EE'), [line('854239', 'FPGA devices', 41000, { quantity: 800 })], { paymentCountry: 'AE' }) },
  { id: 'C11', kind: 'case', pattern: 'electronics to a trading house in the EU, paid from a third country', categories: ['DIVERSION_RISK'], source: ALERT_2022, declaration: filed(trader('Rheinhandel Elektronik GmbH', 'DE'), [line('854231', 'Microprocessors', 58000, { quantity: 1500 })], { paymentCountry: 'HK' }, de) },
  { id: 'C12', kind: 'case', pattern: 'electronics invoiced in an unusual currency', categories: ['DIVERSION_RISK'], source: ALERT_2023, declaration: filed(trader('Ararat Electronics Import LLC', 'AM'), [line('853224', 'Multilayer ceramic capacitors', 16000, { quantity: 200000 })], { currency: 'HKD', totalValue: 125000 }) },
  { id: 'C13', kind: 'case', pattern: 'a reseller declared as the end user', categories: ['DIVERSION_RISK'], source: 'BIS Know Your Customer guidance, red flag: a reseller claims to be the end user', declaration: { ...filed(forwarder('Caucasus Freight Solutions LLC', 'GE'), [line('854320', 'Signal generators', 46000, { quantity: 6 })]), parties: { exporter: kr, consignee: forwarder('Caucasus Freight Solutions LLC', 'GE'), endUser: forwarder('CAUCASUS FREIGHT SOLUTIONS, LLC', 'GE') } } },
  { id: 'C14', kind: 'case', pattern: 'end user, route or money in Russia behind a hub', categories: ['TRANSSHIPMENT', 'STRATEGIC_GOODS'], source: ALERT_2022, declaration: { ...filed(trader('Steppe Tech Distribution LLP', 'KZ'), [line('854231', 'Microcontrollers', 30000, { quantity: 9000 })]), parties: { exporter: kr, consignee: trader('Steppe Tech Distribution LLP', 'KZ'), endUser: { name: 'OOO Signal Pribor', country: 'RU' } } } },
  { id: 'C15', kind: 'case', pattern: 'end user, route or money in Russia behind a hub', categories: ['TRANSSHIPMENT', 'STRATEGIC_GOODS'], source: ALERT_2022, declaration: filed(trader('Yerevan Trade House LLC', 'AM'), [line('901420', 'Inertial navigation units', 88000, { quantity: 4 })], { portOfDischarge: 'RUNVS' }) },
  { id: 'C16', kind: 'case', pattern: 'end user, route or money in Russia behind a hub', categories: ['TRANSSHIPMENT', 'STRATEGIC_GOODS'], source: ALERT_2023, declaration: filed(trader('Chui Valley Commerce LLC', 'KG'), [line('851762', 'Network switches', 27000, { quantity: 40 })], { paymentCountry: 'RU' }) },
  { id: 'C17', kind: 'case', pattern: 'a large car to a new trader for a Russian end user', categories: ['STRATEGIC_GOODS', 'DIVERSION_RISK'], source: 'Japan METI and Korea MOTIE measures on passenger cars to Russia (2022-2023); customs seizures of re-exported cars', declaration: { ...filed(trader('Bishkek Auto Trade LLC', 'KG'), [line('870324', 'Passenger car, 3,498 cc petrol', 72000, { quantity: 1 })]), parties: { exporter: kr, consignee: trader('Bishkek Auto Trade LLC', 'KG'), endUser: { name: 'OOO Avtodom Premium', country: 'RU' } } } },
  { id: 'C18', kind: 'case', pattern: 'CHPL goods hidden under a neighbouring code', categories: ['MISDECLARATION'], source: CHPL_GUIDANCE, declaration: filed(trader('Samarkand Electro Trade LLC', 'UZ'), [line('854290', 'Microcontroller boards, 32-bit', 14000, { quantity: 2000 })]) },
  { id: 'C19', kind: 'case', pattern: 'CHPL goods hidden under a neighbouring code', categories: ['MISDECLARATION'], source: CHPL_GUIDANCE, declaration: filed(trader('Tbilisi Tech Supply LLC', 'GE'), [line('848299', 'Ball bearings, angular contact', 12000, { quantity: 1500 })]) },
  { id: 'C20', kind: 'case', pattern: 'goods to Iran through a hub', categories: ['DIVERSION_RISK', 'STRATEGIC_GOODS'], source: 'OFAC enforcement releases on exports to Iran through the UAE', declaration: { ...filed(trader('Gulf Star Trading FZE', 'AE'), [line('841810', 'Refrigerator-freezers', 24000, { quantity: 60 })]), parties: { exporter: kr, consignee: trader('Gulf Star Trading FZE', 'AE'), endUser: { name: 'Pars Cooling Industries', country: 'IR' } } } },
  // --- Look-alikes: lawful trade that looks like the above. ---
  { id: 'L01', kind: 'look-alike', pattern: 'licensed datacentre processors to a hub', categories: [], source: 'BIS licences for advanced computing items (15 CFR 742.6)', declaration: filed(maker('Desert Cloud Data Centres LLC', 'AE'), [line('847150', 'Server processing units with accelerators', 900000, { quantity: 40, licence: { number: 'D-2026-118204', type: 'INDIVIDUAL', validUntil: '2027-06-30', destinations: ['AE'] } })]) },
  { id: 'L02', kind: 'look-alike', pattern: 'licensed machine tools for an automotive plant', categories: [], source: 'EU Regulation 2021/821 and KR Foreign Trade Act: individual licences for 2B001 machine tools', declaration: filed(maker('Bajio Automotive Components S.A. de C.V.', 'MX'), [line('845710', 'Vertical machining centre for cylinder heads', 240000, { quantity: 1, licence: { number: 'KR-STR-2026-04412', type: 'INDIVIDUAL', validUntil: '2026-12-31' } })]) },
  { id: 'L03', kind: 'look-alike', pattern: 'licensed machine tools for an automotive plant', categories: [], source: 'EU Regulation 2021/821 and KR Foreign Trade Act: individual licences for 2B001 machine tools', regular: true, declaration: filed(maker('Marmara Otomotiv Parcalari A.S.', 'TR'), [line('845811', 'CNC lathe for brake discs', 130000, { quantity: 1, licence: { number: 'KR-STR-2026-03391', type: 'INDIVIDUAL' } })]) },
  { id: 'L04', kind: 'look-alike', pattern: 'humanitarian goods to Iran under a general licence', categories: [], source: '31 CFR 560.530', declaration: filed(maker('Darou Pakhsh Distribution Co.', 'IR'), [line('300490', 'Medicaments, packaged for retail sale', 45000, { licence: { number: '31 CFR 560.530', type: 'GENERAL' } })]) },
  { id: 'L05', kind: 'look-alike', pattern: 'humanitarian goods to Iran under a general licence', categories: [], source: '31 CFR 560.530', declaration: filed(maker('Tehran Medical Supply Co.', 'IR'), [line('901890', 'Infusion pumps', 38000, { licence: { number: '560.530', type: 'GENERAL' } })]) },
  { id: 'L06', kind: 'look-alike', pattern: 'humanitarian goods to Iran under a general licence', categories: [], source: '31 CFR 560.530', declaration: filed(maker('Iran Grain Trading Co.', 'IR'), [line('100630', 'Milled rice', 160000, { quantity: 200000, unit: 'KGM', licence: { number: '31 CFR 560.530', type: 'GENERAL' } })]) },
  { id: 'L07', kind: 'look-alike', pattern: 'goods Russia measures do not restrict', categories: [], source: 'Regulation 833/2014 Articles 2 to 3k; 15 CFR 746.8; MOTIE notice: medicine, medical devices and food are not restricted', declaration: filed(maker('Pharmimpex Distribution JSC', 'RU'), [line('300490', 'Medicaments, packaged for retail sale', 52000)]) },
  { id: 'L08', kind: 'look-alike', pattern: 'goods Russia measures do not restrict', categories: [], source: 'Regulation 833/2014 Articles 2 to 3k; 15 CFR 746.8; MOTIE notice', declaration: filed(maker('Medtekhnika Import LLC', 'RU'), [line('901819', 'Patient monitors', 64000)]) },
  { id: 'L09', kind: 'look-alike', pattern: 'goods Russia measures do not restrict', categories: [], source: 'Regulation 833/2014; 15 CFR 746.8; MOTIE notice', declaration: filed(maker('Agrotorg Import LLC', 'RU'), [line('210690', 'Food preparations', 28000, { quantity: 8000, unit: 'KGM' })]) },
  { id: 'L10', kind: 'look-alike', pattern: 'goods Russia measures do not restrict', categories: [], source: 'MOTIE notice on Russia: passenger cars of 2,000 cc or less are not situational-permit items', declaration: filed(maker('Avtomir Dealer LLC', 'RU'), [line('870322', 'Passenger car, 1,497 cc petrol', 19000, { quantity: 1 })]) },
  { id: 'L11', kind: 'look-alike', pattern: 'CHPL goods to a long-standing customer in a hub', categories: [], source: ALERT_2023, regular: true, declaration: filed(maker('Anadolu Rulman Sanayi A.S.', 'TR'), [line('848210', 'Ball bearings, deep groove', 15000, { quantity: 2500 })]) },
  { id: 'L12', kind: 'look-alike', pattern: 'CHPL goods to a long-standing customer in a hub', categories: [], source: ALERT_2023, regular: true, declaration: filed(trader('Lion City Components Pte. Ltd.', 'SG'), [line('854231', 'Microcontrollers, 32-bit', 26000, { quantity: 8000 })]) },
  { id: 'L13', kind: 'look-alike', pattern: 'licensed dual-use goods', categories: [], source: 'Regulation 2021/821 Article 12: individual authorisations', declaration: filed(maker('Saigon Test Instruments Co., Ltd.', 'VN'), [line('854320', 'Signal generators', 42000, { quantity: 4, controlCode: '3A002', licence: { number: 'KR-STR-2026-05120', type: 'INDIVIDUAL', validUntil: '2027-03-31', destinations: ['VN'], hsCodes: ['8543'] } })]) },
  { id: 'L14', kind: 'look-alike', pattern: 'ordinary goods to a new trader in a hub', categories: [], source: ALERT_2022, declaration: filed(trader('Emirates Home Goods Trading LLC', 'AE'), [line('610910', 'Cotton T-shirts', 9000, { quantity: 3000 })]) },
  { id: 'L15', kind: 'look-alike', pattern: 'ordinary goods to a new trader in a hub', categories: [], source: ALERT_2022, declaration: filed(trader('Almaty Home Appliance Trade LLP', 'KZ'), [line('845011', 'Washing machines, fully automatic', 21000, { quantity: 60 })]) },
];
