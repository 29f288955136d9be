/** Types of the export declaration event, v1 (`export-declaration.v1.schema.json`). */

export const DECLARATION_EVENT_TYPES = [
  'customs.export-declaration.submitted.v1',
  'customs.export-declaration.amended.v1',
  'customs.export-declaration.withdrawn.v1',
] as const;
export type DeclarationEventType = (typeof DECLARATION_EVENT_TYPES)[number];

export type CountryCode = string;

export type PartyKind =
  | 'MANUFACTURER'
  | 'TRADER'
  | 'FREIGHT_FORWARDER'
  | 'END_USER'
  | 'GOVERNMENT'
  | 'INDIVIDUAL'
  | 'UNKNOWN';

export interface Party {
  partyId?: string;
  name: string;
  country: CountryCode;
  address?: string;
  email?: string;
  phone?: string;
  kind?: PartyKind;
}

export interface Licence {
  number: string;
  type?: 'INDIVIDUAL' | 'GENERAL' | 'EXEMPTION';
  /**
   * What the licence says of itself, where the declaring system passes it on. Not in the v1
   * schema, which admits further properties here; checked at the edge (`LICENCE_EXTENSION`).
   */
  /** First day of validity, `YYYY-MM-DD`. */
  validFrom?: string;
  /** Last day of validity, `YYYY-MM-DD`, inclusive. */
  validUntil?: string;
  /** Destination countries it covers (ISO 3166-1 alpha-2). */
  destinations?: CountryCode[];
  /** HS codes or their leading digits (`8457`, `845710`) it covers. */
  hsCodes?: string[];
}

export interface GoodsItem {
  lineNumber: number;
  hsCode: string;
  description: string;
  quantity: number;
  unit: string;
  value: number;
  originCountry: CountryCode;
  controlCode?: string;
  licence?: Licence;
}

export interface DeclarationParties {
  exporter: Party;
  consignee: Party;
  endUser?: Party;
  manufacturer?: Party;
  declarant?: Party;
  notifyParty?: Party;
  intermediaries?: Party[];
}

export interface ExportDeclaration {
  declarationId: string;
  revision: number;
  declarationType?: 'EXPORT' | 'RE_EXPORT';
  submittedAt: string;
  exportCountry: CountryCode;
  destinationCountry: CountryCode;
  portOfLoading?: string;
  portOfDischarge?: string;
  transitCountries?: CountryCode[];
  transportMode?: 'SEA' | 'AIR' | 'ROAD' | 'RAIL' | 'POST' | 'COURIER' | 'OTHER';
  incoterm?: string;
  currency: string;
  totalValue: number;
  paymentCountry?: CountryCode;
  parties: DeclarationParties;
  items: GoodsItem[];
}

export interface DeclarationEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: DeclarationEventType;
  time: string;
  subject?: string;
  datacontenttype?: 'application/json';
  data: ExportDeclaration;
}

/** A party with the role it plays on the declaration (`intermediaries[2]` for the third intermediary). */
export interface PartyInRole {
  role: string;
  party: Party;
}

/** Every party of a declaration, each with its role, in a stable order. */
export function partiesOf(declaration: ExportDeclaration): PartyInRole[] {
  const { intermediaries, ...named } = declaration.parties;
  const roles: PartyInRole[] = [];
  for (const [role, party] of Object.entries(named)) {
    if (isParty(party)) roles.push({ role, party });
  }
  (intermediaries ?? []).forEach((party, i) => roles.push({ role: `intermediaries[${i}]`, party }));
  return roles;
}

const ROLE_WORDS: Record<string, string> = {
  exporter: 'exporter',
  consignee: 'consignee',
  endUser: 'end user',
  manufacturer: 'manufacturer',
  declarant: 'declarant',
  notifyParty: 'notify party',
};

/** A role as an officer reads it: `endUser` is "end user", `intermediaries[0]` is "intermediary 1". */
export function describeRole(role: string): string {
  const intermediary = /^intermediaries\[(\d+)\]$/.exec(role);
  if (intermediary) return `intermediary ${Number(intermediary[1]) + 1}`;
  // Own keys only: a sender's extra party named `constructor` must not read Object's own.
  return Object.hasOwn(ROLE_WORDS, role) ? ROLE_WORDS[role] : role;
}

function isParty(value: unknown): value is Party {
  return typeof value === 'object' && value !== null && 'name' in value && 'country' in value;
}
