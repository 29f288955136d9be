import { isGenericWord, ListedEntity, normaliseName, prepareName, ScreeningIndex, screenParty } from '@chokepoint/party-screening';
import { seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { cyrillicToIcao, hangulToMcCuneReischauer, latinToCyrillic, latinToHangul } from './transliteration';

/**
 * The labelled name-matching set, built from the real lists: true variants of listed names
 * (each labelled with the entry it must find) and decoys that share generic words with listed
 * names but name nobody on the lists.
 */
export type VariantKind =
  | 'exact' | 'case-punctuation' | 'legal-form' | 'reordered' | 'typo-1' | 'typo-2' | 'dropped-token'
  | 'to-cyrillic' | 'to-hangul' | 'from-cyrillic' | 'from-hangul';
export type DecoyKind = 'decoy-company' | 'decoy-generic-only' | 'decoy-person';

export interface LabelledName {
  query: string;
  kind: VariantKind | DecoyKind;
  /** `list:entryId` the query must find; absent for decoys, which must find nothing. */
  expected?: string;
}

export interface SetOptions {
  seed: number;
  /** Entities sampled for the Latin-script variants. */
  sample: number;
  decoys: number;
}

const LEGAL_FORM_SWAPS = ['LLC', 'Co., Ltd.', 'GmbH', 'JSC', 'FZE', 'Limited', 'S.A.', 'OOO', 'Inc.'];
const FORMER_USSR = new Set(['RU', 'BY', 'UA', 'KZ', 'KG', 'UZ', 'TJ', 'AM', 'AZ', 'GE', 'MD']);

export function buildNameMatchingSet(index: ScreeningIndex, options: SetOptions): LabelledName[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const set: LabelledName[] = [];
  const latin = index.entities.filter((e) => primaryLatin(e) && normaliseName(primaryLatin(e)!).tokens.length > 0);
  for (const entity of sample(latin, options.sample, random)) {
    const name = primaryLatin(entity)!;
    const expected = `${entity.list}:${entity.entryId}`;
    const add = (kind: VariantKind, query: string | undefined) => query && set.push({ query, kind, expected });
    add('exact', name);
    add('case-punctuation', recase(name, random));
    if (entity.kind !== 'INDIVIDUAL') add('legal-form', swapLegalForm(name, pick));
    add('reordered', reorder(name));
    add('typo-1', typo(name, 1, random));
    add('typo-2', typo(name, 2, random));
    add('dropped-token', dropToken(name, random));
    if (russianSpeaking(entity)) add('to-cyrillic', latinToCyrillic(name));
    if (korean(entity)) add('to-hangul', latinToHangul(stripLegalForms(name)));
  }
  for (const entity of index.entities) {
    for (const n of entity.names) {
      const expected = `${entity.list}:${entity.entryId}`;
      if (n.script === 'Cyrillic') set.push({ query: cyrillicToIcao(n.name), kind: 'from-cyrillic', expected });
      if (n.script === 'Hangul') set.push({ query: hangulToMcCuneReischauer(n.name), kind: 'from-hangul', expected });
    }
  }
  return [...set, ...decoys(index, latin, options.decoys, random)];
}

function primaryLatin(entity: ListedEntity): string | undefined {
  return entity.names.find((n) => n.type === 'primary' && n.script === 'Latin')?.name;
}

function sample<T>(items: T[], n: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

function words(name: string): string[] {
  return name.split(/[\s,]+/).filter(Boolean);
}

function recase(name: string, random: () => number): string {
  const cased = random() < 0.5 ? name.toLowerCase() : name.replace(/\w\S*/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  return cased.replace(/[,.]/g, '').replace(/-/g, random() < 0.5 ? ' ' : '-').replace(/'/g, '');
}

function stripLegalForms(name: string): string {
  return name.replace(/\b(LLC|LTD|LIMITED|CO|CORP|CORPORATION|INC|COMPANY|JSC|OAO|OOO|ZAO|PAO|AO|GMBH|FZE|S\.?A)\b\.?,?/gi, ' ').replace(/\s+/g, ' ').trim();
}

function swapLegalForm(name: string, pick: <T>(items: T[]) => T): string {
  return `${stripLegalForms(name).replace(/[,\s]+$/, '')} ${pick(LEGAL_FORM_SWAPS)}`;
}

function reorder(name: string): string | undefined {
  const w = words(name);
  if (w.length < 2) return undefined;
  return [...w.slice(1), w[0]].join(' ');
}

const KEYBOARD_NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';

/** One or two edits (substitution, deletion, insertion, transposition) in words of five letters or more. */
function typo(name: string, edits: 1 | 2, random: () => number): string | undefined {
  const w = words(name);
  const long = w.map((x, i) => [x, i] as const).filter(([x]) => /^[A-Za-z]{5,}$/.test(x));
  if (!long.length) return undefined;
  for (let e = 0; e < edits; e++) {
    const [, i] = long[Math.floor(random() * long.length)];
    w[i] = edit(w[i], random);
  }
  return w.join(' ');
}

function edit(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = KEYBOARD_NEIGHBOURS[Math.floor(random() * KEYBOARD_NEIGHBOURS.length)];
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, at) + letter + word.slice(at + 1);
    case 1: return word.slice(0, at) + word.slice(at + 1);
    case 2: return word.slice(0, at) + letter + word.slice(at);
    default: return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

/**
 * Drops a word other than the first from names of three words or more, keeping a distinctive
 * word: a name cut down to generic words ("Korea General") no longer names anyone.
 */
function dropToken(name: string, random: () => number): string | undefined {
  const w = words(stripLegalForms(name));
  if (w.length < 3) return undefined;
  const at = 1 + Math.floor(random() * (w.length - 1));
  const kept = [...w.slice(0, at), ...w.slice(at + 1)].join(' ');
  return normaliseName(kept).tokens.some((t) => !isGenericWord(t)) ? kept : undefined;
}

function russianSpeaking(entity: ListedEntity): boolean {
  return entity.countries.some((c) => FORMER_USSR.has(c)) || entity.programs.some((p) => /RUSSIA|UKRAINE|BELARUS/.test(p));
}

function korean(entity: ListedEntity): boolean {
  return entity.countries.includes('KP') || entity.countries.includes('KR') || entity.programs.some((p) => /DPRK|NKSPEA/.test(p));
}

const SYLLABLES = ['ka', 'ro', 'ven', 'tal', 'mi', 'sor', 'du', 'lek', 'pra', 'nis', 'zo', 'fen', 'bri', 'tov', 'qua', 'lem', 'sta', 'rix'];

/**
 * Decoys: listed names with their distinctive words replaced by invented ones (kept only if
 * nothing on the lists resembles them), names of generic words only, and invented surnames after
 * given names common on the lists.
 */
function decoys(index: ScreeningIndex, latin: ListedEntity[], n: number, random: () => number): LabelledName[] {
  const listedNames = new Set(index.names.map((x) => [...x.keys].sort().join(' ')));
  const invent = (): string => {
    for (;;) {
      const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
      if (screenParty(index, { name: word }, { threshold: 0.6 }).length === 0) return word.charAt(0).toUpperCase() + word.slice(1);
    }
  };
  const companies = latin.filter((e) => e.kind !== 'INDIVIDUAL' && normaliseName(primaryLatin(e)!).tokens.some((t) => !normaliseName(primaryLatin(e)!).distinctive.includes(t)));
  const givenNames = latin.filter((e) => e.kind === 'INDIVIDUAL').map((e) => words(primaryLatin(e)!).slice(1, 3).join(' ')).filter(Boolean);
  const out: LabelledName[] = [];
  while (out.length < n) {
    const roll = random();
    if (roll < 0.5) {
      const name = primaryLatin(companies[Math.floor(random() * companies.length)])!;
      const { distinctive } = normaliseName(name);
      const query = name.replace(/[^\s,]+/g, (w) => (normaliseName(w).tokens.some((t) => distinctive.includes(t)) ? invent() : w));
      // Every distinctive word replaced, or it is no decoy (`A.T.E.` is one word, not three letters).
      if (normaliseName(query).tokens.some((t) => distinctive.includes(t))) continue;
      out.push({ query, kind: 'decoy-company' });
    } else if (roll < 0.75) {
      const name = primaryLatin(companies[Math.floor(random() * companies.length)])!;
      const { tokens, distinctive } = normaliseName(name);
      // Words, not the stray letters a legal form leaves (`y`, `s`): a decoy is a plausible name.
      const generic = tokens.filter((t) => !distinctive.includes(t) && t.length > 2);
      if (!generic.length || listedNames.has(prepareName(generic.join(' ')).keys.sort().join(' '))) continue;
      out.push({ query: `${generic.join(' ')} ${LEGAL_FORM_SWAPS[Math.floor(random() * LEGAL_FORM_SWAPS.length)]}`, kind: 'decoy-generic-only' });
    } else {
      out.push({ query: `${givenNames[Math.floor(random() * givenNames.length)]} ${invent()}`, kind: 'decoy-person' });
    }
  }
  return out;
}
