import { Party } from '@chokepoint/contracts';

/**
 * Keys that say "the same party" and "the same contact point" across declarations. Customs
 * systems spell a firm's name a little differently each time; punctuation, case, accents and
 * legal forms must not make a known consignee look new, nor hide a shared address.
 */

const LEGAL_FORMS = new Set([
  'LTD', 'LIMITED', 'LLC', 'LLP', 'INC', 'CORP', 'CORPORATION', 'CO', 'COMPANY', 'GMBH', 'AG', 'SA', 'SAS', 'SRL', 'SPA', 'BV', 'NV', 'AB', 'AS', 'OY',
  'PLC', 'PTE', 'PVT', 'OOO', 'OAO', 'ZAO', 'AO', 'PAO', 'TOO', 'JSC', 'CJSC', 'FZE', 'FZCO', 'FZC', 'DMCC', 'KFT', 'SP', 'ZOO', 'TRADING', 'THE',
]);

const ADDRESS_WORDS: Record<string, string> = {
  STREET: 'ST', STR: 'ST', STRASSE: 'ST', ULITSA: 'UL', AVENUE: 'AVE', AV: 'AVE', ROAD: 'RD', BOULEVARD: 'BLVD', BUILDING: 'BLDG', FLOOR: 'FL',
  OFFICE: 'OFF', SUITE: 'STE', ROOM: 'RM', NUMBER: 'NO', HOUSE: 'H', DISTRICT: 'DIST', PROSPEKT: 'PR', PROSPECT: 'PR',
};

/** Upper-case ASCII words: accents folded, everything but letters and digits a separator. */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Parties come back all day: their keys are remembered (bounded), since normalising costs more than the rules. */
const REMEMBERED = 50_000;
const partyKeys = new Map<string, string>();
const contactKeysOf = new Map<string, string[]>();

function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size >= REMEMBERED) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** The same firm across declarations: its registration id where given, else its name without legal forms. */
export function partyKey(party: Party): string {
  return remembered(partyKeys, `${party.country}\u001f${party.partyId ?? ''}\u001f${party.name}`, () => computePartyKey(party));
}

function computePartyKey(party: Party): string {
  const id = party.partyId?.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if (id) return `${party.country}:id:${id}`;
  const all = joinInitialisms(plainWords(party.name));
  const words = all.filter((w) => !LEGAL_FORMS.has(w));
  return `${party.country}:${(words.length ? words : all).join(' ')}`;
}

/** "L.L.C." splits into single letters: read them as the one word they spell. */
function joinInitialisms(words: string[]): string[] {
  const joined: string[] = [];
  let run = '';
  for (const word of [...words, '']) {
    if (word.length === 1) {
      run += word;
      continue;
    }
    if (run) joined.push(run);
    run = '';
    if (word) joined.push(word);
  }
  return joined;
}

/** An address as words in a standard spelling ("Zweierstrasse 35" and "ZWEIERSTR. 35" differ; "Street" and "St." do not). */
export function addressWords(address: string): string[] {
  return plainWords(address).map((w) => ADDRESS_WORDS[w] ?? w);
}

/**
 * An address specific enough to identify premises: three words or more, one with a digit (a
 * house, building or office number). "Dubai, UAE" shared by two firms proves nothing.
 */
export function isSpecificAddress(words: string[]): boolean {
  return words.length >= 3 && words.some((w) => /\d/.test(w));
}

/** Phone numbers compared on their last nine digits, so country prefixes and trunk zeros do not matter. */
export function phoneKey(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= 7 ? digits.slice(-9) : undefined;
}

export function emailKey(email: string | undefined): string | undefined {
  const trimmed = email?.trim().toLowerCase();
  return trimmed && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed) ? trimmed : undefined;
}

/** The contact points of a party, as keys: `addr:`, `tel:`, `mail:`. */
export function contactKeys(party: Party): string[] {
  return remembered(contactKeysOf, `${party.country}\u001f${party.address ?? ''}\u001f${party.phone ?? ''}\u001f${party.email ?? ''}`, () => computeContactKeys(party));
}

function computeContactKeys(party: Party): string[] {
  const keys: string[] = [];
  const address = party.address ? addressWords(party.address) : [];
  if (isSpecificAddress(address)) keys.push(`addr:${party.country}:${address.join(' ')}`);
  const phone = phoneKey(party.phone);
  if (phone) keys.push(`tel:${phone}`);
  const email = emailKey(party.email);
  if (email) keys.push(`mail:${email}`);
  return keys;
}

/** What a contact key is, for messages: "address", "phone number", "e-mail address". */
export function contactKind(key: string): string {
  return key.startsWith('addr:') ? 'address' : key.startsWith('tel:') ? 'phone number' : 'e-mail address';
}
