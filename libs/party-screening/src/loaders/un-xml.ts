import { XMLParser } from 'fast-xml-parser';
import { countryCode } from '../countries';
import { Identifier, ListedAddress, ListedEntity, ListedName, scriptOf } from '../listed-entity';

const REPEATED = new Set(['INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS', 'INDIVIDUAL_DOCUMENT', 'VALUE']);

type Node = Record<string, unknown>;

/** Parses the UN Security Council Consolidated List (XML) into listed entities. */
export function parseUnXml(xml: string): ListedEntity[] {
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (name) => REPEATED.has(name) });
  const root = (parser.parse(xml) as { CONSOLIDATED_LIST?: Node }).CONSOLIDATED_LIST;
  if (!root) throw new Error('not a UN consolidated list: no CONSOLIDATED_LIST element');
  const individuals = ((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL as Node[] | undefined) ?? [];
  const entities = ((root.ENTITIES as Node | undefined)?.ENTITY as Node[] | undefined) ?? [];
  return [...individuals.map((n) => toEntity(n, 'INDIVIDUAL')), ...entities.map((n) => toEntity(n, 'ENTITY'))];
}

function toEntity(node: Node, kind: 'INDIVIDUAL' | 'ENTITY'): ListedEntity {
  const prefix = kind === 'INDIVIDUAL' ? 'INDIVIDUAL' : 'ENTITY';
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(node[k])).filter(Boolean).join(' ');
  const names: ListedName[] = [{ name: primary, type: 'primary', script: scriptOf(primary) }];
  const original = text(node.NAME_ORIGINAL_SCRIPT);
  if (original) names.push({ name: original, type: 'original-script', script: scriptOf(original) });
  for (const alias of list(node[`${prefix}_ALIAS`])) {
    const name = text(alias.ALIAS_NAME);
    if (name) names.push({ name, type: text(alias.QUALITY).toLowerCase() === 'low' ? 'weak-aka' : 'aka', script: scriptOf(name) });
  }
  const addresses: ListedAddress[] = list(node[`${prefix}_ADDRESS`]).flatMap((a) => {
    const parts = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'].map((k) => text(a[k])).filter(Boolean);
    return parts.length ? [{ text: parts.join(', '), country: countryCode(text(a.COUNTRY)) }] : [];
  });
  const nationality = values(node.NATIONALITY).map(countryCode);
  const identifiers: Identifier[] = list(node.INDIVIDUAL_DOCUMENT).flatMap((d) => {
    const number = text(d.NUMBER);
    if (!number) return [];
    const country = countryCode(text(d.ISSUING_COUNTRY) || text(d.COUNTRY_OF_ISSUE));
    return [{ type: documentType(text(d.TYPE_OF_DOCUMENT)), value: number, ...(country ? { country } : {}) }];
  });
  const remarks = text(node.COMMENTS1);
  const listedOn = text(node.LISTED_ON);
  return {
    list: 'un-xml',
    entryId: text(node.REFERENCE_NUMBER) || text(node.DATAID),
    kind,
    names,
    addresses,
    countries: [...new Set([...addresses.map((a) => a.country), ...nationality].filter((c): c is string => Boolean(c)))],
    identifiers,
    programs: [text(node.UN_LIST_TYPE)].filter(Boolean),
    ...(listedOn ? { listedOn } : {}),
    ...(remarks ? { remarks } : {}),
  };
}

function documentType(type: string): string {
  if (/passport/i.test(type)) return 'PASSPORT';
  if (/national identification|id card|identity/i.test(type)) return 'NATIONAL_ID';
  if (/tax/i.test(type)) return 'TAX_ID';
  return type.toUpperCase().replace(/\W+/g, '_') || 'DOCUMENT';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Node[]) : [];
}

function values(node: unknown): string[] {
  const inner = node && typeof node === 'object' ? (node as Node).VALUE : undefined;
  return (Array.isArray(inner) ? inner : []).map(text).filter(Boolean);
}
