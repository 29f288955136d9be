import { parse } from 'csv-parse/sync';
import { countryCode } from '../countries';
import { EntityKind, Identifier, ListedEntity, ListedName, scriptOf } from '../listed-entity';

/** The four files of OFAC's legacy CSV format, as text; the SDN and the consolidated (non-SDN) lists share it. */
export interface OfacFiles {
  primary: string;
  alternates: string;
  addresses: string;
  comments?: string;
}

const EMPTY = '-0-';

/** Parses OFAC's SDN or consolidated CSV files into listed entities. */
export function parseOfacCsv(list: 'ofac-sdn' | 'ofac-consolidated', files: OfacFiles): ListedEntity[] {
  const overflow = groupBy(rows(files.comments ?? ''), (r) => r[0]);
  const alternates = groupBy(rows(files.alternates), (r) => r[0]);
  const addresses = groupBy(rows(files.addresses), (r) => r[0]);
  return rows(files.primary).map((r) => {
    const [id, name, type, program, title, callSign, , , , vesselFlag, , remarks] = r;
    const fullRemarks = [value(remarks), ...(overflow.get(id) ?? []).map((c) => value(c[1]))].filter(Boolean).join(' ');
    const found = fromRemarks(fullRemarks);
    const addressList = (addresses.get(id) ?? []).flatMap(([, , street, city, country]) => {
      const text = [value(street), value(city), value(country)].filter(Boolean).join(', ');
      return text ? [{ text, country: countryCode(value(country)) }] : [];
    });
    const identifiers = [...found.identifiers];
    if (value(callSign)) identifiers.push({ type: 'CALL_SIGN', value: value(callSign)! });
    const countries = unique([...addressList.map((a) => a.country), ...found.countries, countryCode(value(vesselFlag))]);
    return {
      list,
      entryId: id,
      kind: kindOf(value(type)),
      names: [primaryName(name), ...(alternates.get(id) ?? []).flatMap(alternateName)],
      addresses: addressList,
      countries,
      identifiers,
      programs: (value(program) ?? '').split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      ...(value(title) ? { remarks: [value(title), fullRemarks].filter(Boolean).join('; ') } : fullRemarks ? { remarks: fullRemarks } : {}),
    };
  });
}

function rows(text: string): string[][] {
  const records: string[][] = parse(text.replace(/\u001a/g, ''), { relax_quotes: true, relax_column_count: true, trim: true, skip_empty_lines: true });
  return records.filter((r) => r.length >= 2 && /^\d+$/.test(r[0]));
}

function value(field: string | undefined): string | undefined {
  const text = field?.trim();
  return text && text !== EMPTY ? text : undefined;
}

function kindOf(type: string | undefined): EntityKind {
  switch (type?.toLowerCase()) {
    case 'individual':
      return 'INDIVIDUAL';
    case 'vessel':
      return 'VESSEL';
    case 'aircraft':
      return 'AIRCRAFT';
    default:
      return 'ENTITY';
  }
}

function primaryName(name: string): ListedName {
  return { name, type: 'primary', script: scriptOf(name) };
}

function alternateName([, , type, name]: string[]): ListedName[] {
  const text = value(name);
  if (!text) return [];
  const kind = value(type)?.toLowerCase();
  const nameType: ListedName['type'] = kind === 'fka' ? 'fka' : kind === 'nka' ? 'nka' : kind === 'weak aka' ? 'weak-aka' : 'aka';
  return [{ name: text, type: nameType, script: scriptOf(text) }];
}

/** Remarks carry identifiers and nationalities as `Passport A123 (Iran); IMO 9187629; Nationality Syria.` */
const IDENTIFIER_LABELS: [RegExp, string][] = [
  [/^passport(?: no\.?)?$/i, 'PASSPORT'],
  [/^(?:uk )?(?:registration (?:id|number|no\.)|business registration (?:number|document #)|company number|commercial registry number|government gazette number|chamber of commerce number|trade license no\.|c\.r\. no\.|certificate of incorporation number|legal entity number|unified social credit code \(uscc\))$/i, 'REGISTRATION'],
  [/^(?:vessel registration identification |identification number )?imo$/i, 'IMO'],
  [/^(?:tax id no\.|rfc|nit #|v\.a\.t\. number|tax identification number|inn|kpp|ogrn)$/i, 'TAX_ID'],
  [/^(?:national id no\.|cedula no\.|c\.u\.r\.p\.|identification number|national foreign id number|residency number|personal id card)$/i, 'NATIONAL_ID'],
  [/^mmsi$/i, 'MMSI'],
  [/^d-u-n-s number$/i, 'DUNS'],
  [/^aircraft tail number$/i, 'AIRCRAFT_TAIL'],
  [/^aircraft (?:manufacturer's )?serial number \(msn\)$/i, 'AIRCRAFT_MSN'],
  [/^(?:phone number|telephone(?: no\.)?|telephone number)$/i, 'PHONE'],
];

function fromRemarks(remarks: string): { identifiers: Identifier[]; countries: (string | undefined)[] } {
  const identifiers: Identifier[] = [];
  const countries: (string | undefined)[] = [];
  for (const segment of remarks.split(';').map((s) => s.trim().replace(/\.$/, ''))) {
    const nationality = /^(?:nationality|citizen|citizenship)\s+(.+)$/i.exec(segment);
    if (nationality) {
      countries.push(countryCode(nationality[1]));
      continue;
    }
    const swift = /^swift\/bic\s+([A-Z0-9]{8,11})\b/i.exec(segment);
    if (swift) {
      identifiers.push({ type: 'SWIFT', value: swift[1].toUpperCase() });
      continue;
    }
    const email = /^email address\s+(\S+@\S+)$/i.exec(segment);
    if (email) {
      identifiers.push({ type: 'EMAIL', value: email[1].toLowerCase() });
      continue;
    }
    // A value has a digit: that is where the label ends (`Vessel Registration Identification IMO 9187629`).
    const labelled = /^(.+?)\s+([A-Z0-9+\-/.]*\d[A-Z0-9\-/.]*)(?:\s+\(([^)]+)\))?(?:\s+.*)?$/i.exec(segment);
    if (!labelled) continue;
    const type = IDENTIFIER_LABELS.find(([label]) => label.test(labelled[1].trim()))?.[1];
    if (type) identifiers.push({ type, value: labelled[2], ...(countryCode(labelled[3]) ? { country: countryCode(labelled[3]) } : {}) });
  }
  return { identifiers, countries };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
