/** One model for every list: what screening needs of a listed person, company, vessel or aircraft. */

export type ListFormat = 'ofac-sdn' | 'ofac-consolidated' | 'un-xml' | 'bis-dpl';
export const LIST_FORMATS: readonly ListFormat[] = ['ofac-sdn', 'ofac-consolidated', 'un-xml', 'bis-dpl'];

/** UNKNOWN where the list does not say (the Denied Persons List mixes people and firms). */
export type EntityKind = 'ENTITY' | 'INDIVIDUAL' | 'VESSEL' | 'AIRCRAFT' | 'UNKNOWN';

/** The script a name is written in, as far as screening cares (transliteration picks by it). */
export type Script = 'Latin' | 'Cyrillic' | 'Hangul' | 'Han' | 'Arabic' | 'Other';

export interface ListedName {
  name: string;
  /** primary, or as the list qualifies the alias: aka, fka, nka, good / low quality, original script ... */
  type: 'primary' | 'aka' | 'fka' | 'nka' | 'weak-aka' | 'original-script';
  script: Script;
}

export interface ListedAddress {
  text: string;
  /** ISO 3166-1 alpha-2 where the list's country could be recognised. */
  country?: string;
}

export interface Identifier {
  /** As the list names it, normalised: PASSPORT, REGISTRATION, IMO, TAX_ID, NATIONAL_ID, SWIFT, ... */
  type: string;
  value: string;
  country?: string;
}

export interface ListedEntity {
  /** The list it comes from, e.g. `ofac-sdn`; with `entryId`, unique. */
  list: ListFormat;
  entryId: string;
  kind: EntityKind;
  names: ListedName[];
  addresses: ListedAddress[];
  /** Countries of addresses, nationality, citizenship or registration (ISO alpha-2). */
  countries: string[];
  identifiers: Identifier[];
  programs: string[];
  /** ISO date the listing took effect, and until when it runs, where the list says. */
  listedOn?: string;
  validUntil?: string;
  remarks?: string;
}

/** The script most of a name's letters are in. */
export function scriptOf(name: string): Script {
  const counts = new Map<Script, number>();
  for (const ch of name) {
    const script = charScript(ch);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script = 'Latin';
  let most = 0;
  for (const [script, n] of counts) if (n > most) [best, most] = [script, n];
  return best;
}

function charScript(ch: string): Script | undefined {
  if (/\p{Script=Latin}/u.test(ch)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'Cyrillic';
  if (/\p{Script=Hangul}/u.test(ch)) return 'Hangul';
  if (/\p{Script=Han}/u.test(ch)) return 'Han';
  if (/\p{Script=Arabic}/u.test(ch)) return 'Arabic';
  if (/\p{L}/u.test(ch)) return 'Other';
  return undefined;
}
