import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ar, base, en_IN, Faker, hy, ka_GE, ko, ru, uz_UZ_latin, vi } from '@faker-js/faker';
import { loadList, parseListSource } from '@chokepoint/party-screening';
import {
  capital, customarySurnames, isHangul, mcCuneReischauerName, mcCuneReischauerWord, MrNameStyle, revisedSyllables,
} from './korean-romanisation';
import {
  armenianToLatin, cyrillicOnly, foldVietnamese, georgianToLatin, kazakhToKyrgyzSpelling, kazakhToLatin, kyrgyzToLatin,
  russianToLatin, uzbekLatinToCyrillic,
} from './script-romanisation';
import * as W from './ordinary-party-words';

/**
 * False-alarm corpora of ordinary parties: names of trading houses, forwarders and people of
 * AE, KZ, KG, UZ, AM, GE, VN and KR that are on no sanctions list, built from well-kept word
 * stock (the @faker-js/faker locales, Debian's Kazakh dictionary, and the business words and
 * legal forms in ordinary-party-words.ts) with each country's naming patterns, never from list
 * names. Deterministic: each group has its own seeded faker, so groups do not shift each other.
 *
 * `npm run fixtures:ordinary-parties` writes them to test/fixtures/ordinary-parties/ (see the
 * README there).
 */

export type PartyKind = 'ORGANISATION' | 'INDIVIDUAL';

export interface OrdinaryParty {
  name: string;
  /** ISO 3166-1 alpha-2 of registration or nationality. */
  country: string;
  kind: PartyKind;
  /** The corpus slice: trading-AE, mr-korean-company, person-KZ, person-native-script ... */
  group: string;
}

export const ORDINARY_PARTY_SIZES = {
  'trading-AE': 2500,
  'trading-KZ': 1500,
  'trading-KG': 1200,
  'trading-UZ': 1500,
  'trading-AM': 1200,
  'trading-GE': 1200,
  'trading-VN': 2000,
  'mr-korean-company': 2000,
  'mr-korean-person': 2000,
  'person-KZ': 1500,
  'person-KG': 1200,
  'person-UZ': 1500,
  'person-AM': 1200,
  'person-GE': 1500,
  'person-VN': 1500,
  'person-AE': 1500,
  'person-KR': 1500,
} as const;
export type OrdinaryPartyGroup = keyof typeof ORDINARY_PARTY_SIZES | 'person-native-script';

/** People of each person group also written in their own script, in person-native-script. */
export const NATIVE_SCRIPT_PER_COUNTRY = 300;

export interface OrdinaryPartyOptions {
  seed?: number;
  /** Debian hunspell-kk's dictionary, the Kazakh name and word stock. */
  kazakhDictionary?: string;
  /** Rows for which this is true are dropped (and replaced): names that are on a list. */
  exclude?: (party: OrdinaryParty) => boolean;
  sizes?: Partial<Record<keyof typeof ORDINARY_PARTY_SIZES, number>>;
}

export const DEFAULT_KAZAKH_DICTIONARY = '/usr/share/hunspell/kk_KZ.dic';
export const DEFAULT_SEED = 20260;

export function ordinaryParties(options: OrdinaryPartyOptions = {}): OrdinaryParty[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const stock = wordStock(options.kazakhDictionary ?? DEFAULT_KAZAKH_DICTIONARY);
  const sizes = { ...ORDINARY_PARTY_SIZES, ...options.sizes };
  const exclude = options.exclude ?? (() => false);
  const rows: OrdinaryParty[] = [];
  const native: OrdinaryParty[] = [];
  for (const [group, size] of Object.entries(sizes) as Array<[keyof typeof ORDINARY_PARTY_SIZES, number]>) {
    const make = GENERATORS[group];
    const rng = new Rng(seed, group);
    const seen = new Set<string>();
    const nativeSeen = new Set<string>();
    let nativeCount = 0;
    const country = group.startsWith('mr-') ? 'KR' : group.slice(group.indexOf('-') + 1);
    const kind: PartyKind = group.startsWith('trading-') || group === 'mr-korean-company' ? 'ORGANISATION' : 'INDIVIDUAL';
    let made = 0;
    for (let attempt = 0; made < size && attempt < size * 60; attempt++) {
      const { name, native: nativeName } = make(rng, stock);
      const key = foldKey(name);
      if (!key || seen.has(key) || famous(name) || (kind === 'ORGANISATION' && onlyGenericWords(name))) continue;
      const row: OrdinaryParty = { name, country, kind, group };
      if (exclude(row)) continue;
      seen.add(key);
      rows.push(row);
      made++;
      if (nativeName && nativeCount < NATIVE_SCRIPT_PER_COUNTRY && !nativeSeen.has(nativeName)) {
        const nativeRow: OrdinaryParty = { name: nativeName, country, kind, group: 'person-native-script' };
        if (exclude(nativeRow)) continue;
        nativeSeen.add(nativeName);
        native.push(nativeRow);
        nativeCount++;
      }
    }
    if (made < size) throw new Error(`${group}: only ${made} distinct names of ${size}; the word stock is too small`);
  }
  return [...rows, ...native];
}

// ---------------------------------------------------------------------------------------------
// Randomness: one seeded faker per group.

class Rng {
  readonly faker: Faker;
  constructor(seed: number, group: string) {
    this.faker = new Faker({ locale: [base] });
    this.faker.seed([seed, hash(group)]);
  }
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return this.faker.helpers.arrayElement(items as T[]);
  }
  chance(probability: number): boolean {
    return this.faker.datatype.boolean({ probability });
  }
  weighted<T>(options: Array<[T, number]>): T {
    return this.faker.helpers.weightedArrayElement(options.filter(([, weight]) => weight > 0).map(([value, weight]) => ({ value, weight })));
  }
}

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

// ---------------------------------------------------------------------------------------------
// Word stock.

interface KazakhName { name: string; female: boolean }

interface Stock {
  kazakhNames: KazakhName[];
  kazakhMale: string[];
  kazakhFemale: string[];
  kazakhWords: string[];
  kazakhBusinessWords: string[];
  arabicMale: Array<[string, string]>;
  arabicFemale: Array<[string, string]>;
  arabicFamily: Array<[string, string]>;
  arabicPlaces: string[];
  indianFirst: string[];
  indianLast: string[];
  ruMaleFirst: Array<[string, number]>;
  ruFemaleFirst: string[];
  ruMaleLast: string[];
  ruFemaleLast: string[];
  uzMaleFirst: string[];
  uzFemaleFirst: string[];
  uzMaleLast: string[];
  uzFemaleLast: string[];
  uzPlaces: string[];
  hyMaleFirst: string[];
  hyFemaleFirst: string[];
  hyLast: string[];
  hyRegions: string[];
  kaFirst: Array<[string, number]>;
  kaLast: string[];
  kaPlaces: string[];
  viLast: Array<[string, number]>;
  viMaleFirst: string[];
  viFemaleFirst: string[];
  viPlaces: string[];
  koLast: Array<[string, number]>;
  koMaleFirst: string[];
  koFemaleFirst: string[];
  koStems: string[];
  koPlaces: string[];
  koCategories: string[];
}

function need<T>(value: readonly T[] | undefined | null, what: string): T[] {
  if (!value || !value.length) throw new Error(`@faker-js/faker has no ${what}`);
  return [...value];
}

/** Only the entries of a hand-made table whose key the locale really has. */
function fromLocale(table: Record<string, string>, locale: readonly string[], what: string): Array<[string, string]> {
  const has = new Set(locale);
  const entries = Object.entries(table).filter(([key]) => has.has(key));
  if (entries.length < Object.keys(table).length * 0.9) throw new Error(`${what}: the faker locale has changed; check the romanisation table`);
  return entries;
}

/** Debian hunspell-kk's dictionary: its capitalised entries are the 395 Kazakh personal names. */
function readKazakhDictionary(path: string): { names: string[]; words: Set<string> } {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: the Kazakh names come from Debian's hunspell-kk (apt-get install hunspell-kk), or set ORDINARY_PARTIES_KK_DIC`);
  }
  const entries = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).map((line) => line.split('/')[0].trim()).filter(Boolean);
  const names = entries.filter((w) => /^\p{Lu}/u.test(w)).map(cyrillicOnly);
  return { names, words: new Set(entries.map((w) => w.toLowerCase())) };
}

function wordStock(kazakhDictionary: string): Stock {
  const kk = readKazakhDictionary(kazakhDictionary);
  const checkKazakh = (words: string[]) => {
    const missing = words.filter((w) => !kk.words.has(w));
    if (missing.length) throw new Error(`not in the Kazakh dictionary: ${missing.join(', ')}`);
    return words;
  };
  const kazakhNames = kk.names.map((name) => ({ name, female: W.KAZAKH_FEMALE_NAMES.has(name) }));
  const arPerson = ar.person!;
  const koStreetParts = need(ko.location?.street_name_part, 'ko street names').filter((s) => isHangul(s) && [...s].length >= 2 && [...s].length <= 3);
  return {
    kazakhNames,
    kazakhMale: kazakhNames.filter((n) => !n.female).map((n) => n.name),
    kazakhFemale: kazakhNames.filter((n) => n.female).map((n) => n.name),
    kazakhWords: checkKazakh(W.KAZAKH_WORDS),
    kazakhBusinessWords: checkKazakh(W.KAZAKH_BUSINESS_WORDS),
    arabicMale: fromLocale(W.ARABIC_MALE_NAMES, need(arPerson.first_name?.male, 'ar male names'), 'ar male names'),
    arabicFemale: fromLocale(W.ARABIC_FEMALE_NAMES, need(arPerson.first_name?.female, 'ar female names'), 'ar female names'),
    arabicFamily: fromLocale(W.ARABIC_FAMILY_NAMES, need(arPerson.last_name?.generic, 'ar family names'), 'ar family names'),
    arabicPlaces: fromLocale(W.ARABIC_PLACES, need(ar.location?.city_name, 'ar cities'), 'ar cities').map(([, latin]) => latin),
    indianFirst: need(en_IN.person?.first_name?.male, 'en_IN male names'),
    indianLast: need(en_IN.person?.last_name?.generic, 'en_IN surnames').filter((s) => s !== 'Abbott'),
    ruMaleFirst: need(ru.person?.first_name?.male, 'ru male names').map((n) => [n, W.COMMON_RUSSIAN_MALE_NAMES.has(n) ? 15 : 1]),
    ruFemaleFirst: need(ru.person?.first_name?.female, 'ru female names'),
    ruMaleLast: need(ru.person?.last_name?.male, 'ru male surnames'),
    ruFemaleLast: need(ru.person?.last_name?.female, 'ru female surnames'),
    uzMaleFirst: need(uz_UZ_latin.person?.first_name?.male, 'uz male names'),
    // A few men's names (Vasliddin) are in the locale's women's list.
    uzFemaleFirst: need(uz_UZ_latin.person?.first_name?.female, 'uz female names').filter((n) => !/(iddin|bek)$/.test(n)),
    uzMaleLast: need(uz_UZ_latin.person?.last_name?.male, 'uz male surnames'),
    uzFemaleLast: need(uz_UZ_latin.person?.last_name?.female, 'uz female surnames'),
    uzPlaces: need(uz_UZ_latin.location?.city_name, 'uz cities'),
    hyMaleFirst: need(hy.person?.first_name?.male, 'hy male names'),
    hyFemaleFirst: need(hy.person?.first_name?.female, 'hy female names'),
    hyLast: need(hy.person?.last_name?.generic, 'hy surnames'),
    // The eleven provinces of Armenia; the locale's list goes on with places in Karabakh.
    hyRegions: need(hy.location?.state, 'hy regions').slice(0, 11),
    kaFirst: need(ka_GE.person?.first_name?.generic, 'ka_GE names').map((n) => [n, W.COMMON_GEORGIAN_NAMES.has(georgianToLatin(n)) ? 15 : 1]),
    kaLast: need(ka_GE.person?.last_name?.generic, 'ka_GE surnames'),
    kaPlaces: need(ka_GE.location?.city_name, 'ka_GE cities').filter((c) => !c.includes(' ')),
    viLast: need(vi.person?.last_name?.generic, 'vi surnames').map((s) => [s, VIETNAMESE_SURNAME_WEIGHT[s] ?? 0.5]),
    viMaleFirst: need(vi.person?.first_name?.male, 'vi male names'),
    viFemaleFirst: need(vi.person?.first_name?.female, 'vi female names'),
    viPlaces: [...need(vi.location?.state, 'vi provinces'), ...need(vi.location?.city_name, 'vi cities')].filter((p) => !/Hồ Chí Minh|Ho Chi Minh/.test(p)),
    koLast: need(ko.person?.last_name?.generic, 'ko surnames').map((n) => [n, W.KOREAN_SURNAME_WEIGHT[n] ?? 0.05]),
    koMaleFirst: need(ko.person?.first_name?.male, 'ko male names').filter(isHangul),
    koFemaleFirst: need(ko.person?.first_name?.female, 'ko female names').filter(isHangul),
    koStems: [...W.KOREAN_STEMS, ...koStreetParts],
    koPlaces: [...need(ko.location?.city_name, 'ko cities').filter((c) => [...c].length >= 2), ...need(ko.location?.state_abbr, 'ko provinces')],
    // 물산 goods, 전자 electronics, 중공업 heavy industry, 공사 corporation, 연구소 institute; loanwords and finance left out.
    koCategories: need((ko.company as Record<string, unknown> | undefined)?.category as string[] | undefined, 'ko company categories').filter((c) => ['물산', '전자', '중공업', '공사', '연구소'].includes(c)),
  };
}

/** Rough shares of Vietnamese surnames (Nguyễn about 38 %), so the names read like a real population. */
const VIETNAMESE_SURNAME_WEIGHT: Record<string, number> = {
  Nguyễn: 38, Trần: 11, Lê: 9.5, Phạm: 7, Hoàng: 5, Phan: 4.5, Vũ: 3.9, Đặng: 2.1, Bùi: 2, Đỗ: 1.4, Hồ: 1.3, Ngô: 1.3, Dương: 1, Lý: 0.5,
};

// ---------------------------------------------------------------------------------------------
// Shared helpers.

interface Made { name: string; native?: string }

function upper(rng: Rng, name: string, probability: number): string {
  return rng.chance(probability) ? name.toUpperCase() : name;
}

function quoted(rng: Rng, inner: string): string {
  return rng.weighted([[`"${inner}"`, 8], [`«${inner}»`, 2], [`'${inner}'`, 1]]);
}

/** A legal form in front with the name in quotes (TOO "Altyn Zhol"), or after it. */
function withForm(rng: Rng, inner: string, form: string, prefixShare: number): string {
  return rng.chance(prefixShare) ? `${form} ${quoted(rng, inner)}` : `${inner} ${form}`;
}

/** Kazakh surname from a man's name: Асқар → Асқаров, Назарбай → Назарбаев, Муса → Мусаев. */
function slavicSurname(name: string, female: boolean): string {
  let stem = name.replace(/ь$/, '');
  let suffix = 'ов';
  if (/й$/.test(stem)) [stem, suffix] = [stem.slice(0, -1), 'ев'];
  else if (/[аеиоуыіәөұүэюя]$/.test(stem) || stem !== name) suffix = 'ев';
  return stem + suffix + (female ? 'а' : '');
}

/** Russian-style patronymic: Серік → Серікович / Серікқызы not; Нұрлан → Нұрланович, Нұрлановна. */
function slavicPatronymic(name: string, female: boolean): string | undefined {
  if (/[аеиоуыіәөұүэюяь]$/.test(name)) return undefined;
  if (/й$/.test(name)) return name.slice(0, -1) + (female ? 'евна' : 'евич');
  return name + (female ? 'овна' : 'ович');
}

function russianPatronymic(name: string, female: boolean): string | undefined {
  if (/[аеиоуыэюяь]$/.test(name)) return undefined;
  if (/й$/.test(name)) return name.slice(0, -1) + (female ? 'евна' : 'евич');
  return name + (female ? 'овна' : 'ович');
}

function splitWords(name: string): string[] {
  return name.split(' ');
}

// ---------------------------------------------------------------------------------------------
// Organisations.

function tradingAE(rng: Rng, s: Stock): Made {
  const activity = rng.pick(W.AE_ACTIVITIES);
  const form = rng.pick(W.AE_FORMS);
  const al = (word: string) => rng.weighted([[`Al ${word}`, 6], [`Al-${word}`, 2], [`Al${word.toLowerCase()}`, 1]]);
  const stripAl = (family: string) => family.replace(/^Al /, '');
  let stem: string;
  switch (rng.weighted([['al-word', 22], ['owner', 16], ['family', 12], ['brand', 22], ['place', 8], ['indian', 20]] as Array<[string, number]>)) {
    case 'al-word': stem = al(rng.pick(s.arabicMale)[1]); break;
    case 'owner': {
      const [, given] = rng.pick(s.arabicMale);
      const [, father] = rng.pick(s.arabicMale);
      stem = rng.chance(0.7) ? `${given} ${father}` : `${given} ${father} ${rng.pick(s.arabicFamily)[1]}`;
      break;
    }
    case 'family': {
      const family = rng.pick(s.arabicFamily.filter(([, l]) => l.startsWith('Al ')))[1];
      stem = rng.chance(0.7) ? al(stripAl(family)) : `${rng.pick(s.arabicMale)[1]} ${family}`;
      break;
    }
    case 'brand': stem = rng.chance(0.35) ? `${rng.pick(W.GULF_BRAND_WORDS)} ${rng.pick(W.GULF_BRAND_WORDS)}` : rng.pick(W.GULF_BRAND_WORDS); break;
    case 'place': stem = `${rng.pick(s.arabicPlaces)} ${rng.pick(W.GULF_BRAND_WORDS)}`; break;
    default: {
      const last = rng.pick(s.indianLast);
      const first = rng.pick(s.indianFirst);
      stem = rng.weighted([[last, 4], [`${first} ${last}`, 2], [`Shree ${first}`, 2], [`${last} Brothers`, 1], [`${first} International`, 1]]);
    }
  }
  // An establishment (Est.) is a sole trader's: "Al Badr Trading Est.", "Al Badr Foodstuff Trading Est.".
  const name = form === 'Est.' ? `${stem} ${activity.endsWith('Trading') ? activity : 'Trading'} Est.` : `${stem} ${activity} ${form}`;
  return { name: upper(rng, name, 0.25) };
}

function kazakhLatin(rng: Rng, word: string): string {
  return kazakhToLatin(word, { ye: rng.chance(0.6) });
}

function tradingKZ(rng: Rng, s: Stock): Made {
  const form = rng.pick(W.KZ_FORMS);
  const word = () => capital(kazakhLatin(rng, rng.pick(s.kazakhWords)));
  let inner: string;
  switch (rng.weighted([['kazakh', 35], ['compound', 22], ['place', 15], ['owner', 13], ['russian', 15]] as Array<[string, number]>)) {
    case 'kazakh': {
      const a = word();
      inner = rng.weighted([
        [a, 2], [`${a} ${word()}`, 4], [`${a} ${rng.pick(W.TRADE_WORDS)}`, 4], [`${a}-${rng.pick(W.CIS_SUFFIXES)}`, 2],
        [`${a} ${capital(kazakhLatin(rng, rng.pick(s.kazakhBusinessWords)))}`, 1],
      ]);
      break;
    }
    case 'compound': inner = `${rng.pick(W.KZ_PREFIXES)}${rng.pick(W.CIS_SUFFIXES)}${rng.chance(0.3) ? ` ${rng.pick(W.TRADE_WORDS)}` : ''}`; break;
    case 'place': inner = `${rng.pick(W.KZ_PLACES)} ${rng.chance(0.5) ? rng.pick(W.TRADE_WORDS) : rng.pick(W.CIS_SUFFIXES)}`; break;
    case 'owner': {
      const surname = kazakhLatin(rng, slavicSurname(rng.pick(s.kazakhMale), false));
      if (form === 'IP') return { name: `IP ${surname} ${kazakhLatin(rng, rng.pick(s.kazakhMale)).charAt(0)}.` };
      inner = rng.pick([`${surname} i K`, `${surname} & Co`, `${surname} Trade`, `${surname} Group`]);
      break;
    }
    default: inner = rng.pick([`Torgovyi Dom ${word()}`, `${word()}Stroy`, `${word()} Snab`, `${word()}Trans`, `Torgovyi Dom ${rng.pick(W.KZ_PLACES)}`]);
  }
  return { name: upper(rng, withForm(rng, inner, form === 'IP' ? 'TOO' : form, form === 'TOO' || form === 'AO' ? 0.75 : 0.1), 0.2) };
}

function tradingKG(rng: Rng, s: Stock): Made {
  const form = rng.pick(W.KG_FORMS);
  const word = () => rng.pick(W.KYRGYZ_WORDS);
  let inner: string;
  switch (rng.weighted([['kyrgyz', 40], ['compound', 20], ['place', 20], ['owner', 20]] as Array<[string, number]>)) {
    case 'kyrgyz': inner = rng.weighted([[word(), 2], [`${word()} ${word()}`, 3], [`${word()} ${rng.pick(W.TRADE_WORDS)}`, 4], [`${word()}-${rng.pick(W.CIS_SUFFIXES)}`, 2]]); break;
    case 'compound': inner = `${rng.pick(['Kyrgyz', 'Asia', 'Euro', 'Ak', 'Ala', 'Nur', 'Tenir'])}${rng.pick(W.CIS_SUFFIXES)}`; break;
    case 'place': inner = `${rng.pick(W.KG_PLACES)} ${rng.chance(0.6) ? rng.pick(W.TRADE_WORDS) : rng.pick(W.CIS_SUFFIXES)}`; break;
    default: {
      const surname = kyrgyzToLatin(slavicSurname(kazakhToKyrgyzSpelling(rng.pick(s.kazakhMale)), false), { jForZh: rng.chance(0.6) });
      inner = rng.pick([`${surname} i K`, `${surname} Trade`, `${surname} & Co`, `${surname} Group`]);
    }
  }
  return { name: upper(rng, withForm(rng, inner, form, form === 'OsOO' ? 0.7 : 0.1), 0.2) };
}

function tradingUZ(rng: Rng, s: Stock): Made {
  const form = rng.pick(W.UZ_FORMS);
  const place = () => rng.pick(s.uzPlaces);
  let inner: string;
  switch (rng.weighted([['uzbek', 40], ['place', 25], ['owner', 15], ['english', 20]] as Array<[string, number]>)) {
    case 'uzbek': inner = rng.weighted([[`${rng.pick(W.UZBEK_WORDS)} ${rng.pick(W.UZBEK_WORDS)}`, 3], [rng.pick(W.UZBEK_WORDS), 1], [`${rng.pick(W.UZBEK_WORDS)}-${rng.pick(W.CIS_SUFFIXES)}`, 2]]); break;
    case 'place': inner = rng.weighted([[`${place()} ${rng.pick(W.UZBEK_WORDS)}`, 3], [`${place()} ${rng.pick(W.TRADE_WORDS)}`, 2], [`${place()}${rng.pick(['tekstil', 'trans', 'savdo', 'invest', 'agro'])}`, 1]]); break;
    case 'owner': {
      const surname = rng.pick(s.uzMaleLast);
      inner = rng.pick([`${surname} Savdo`, `${surname} Biznes`, `${surname} Trans`, `${rng.pick(s.uzMaleFirst)} ${rng.pick(W.UZBEK_WORDS)}`]);
      break;
    }
    default: inner = `${rng.pick(['Uz', 'Uzbek', 'Asia', 'Silk Road', 'Turon', 'Euro', 'Grand', 'Orient'])} ${rng.pick(W.TRADE_WORDS)}`;
  }
  return { name: upper(rng, withForm(rng, inner, form, form === 'MChJ' || form === 'OOO' || form === 'XK' || form === 'QK' ? 0.55 : form === 'AJ' ? 0.05 : 0), 0.2) };
}

function tradingAM(rng: Rng, s: Stock): Made {
  const form = rng.pick(W.AM_FORMS);
  const surname = () => armenianToLatin(rng.pick(s.hyLast));
  const first = () => armenianToLatin(rng.pick(s.hyMaleFirst));
  const region = () => armenianToLatin(rng.pick(s.hyRegions));
  const word = () => rng.pick(W.CAUCASUS_WORDS);
  const inner = rng.weighted([
    [`${surname()} ${word()}`, 5], [`${first()}-${word()}`, 3], [`${region()} ${word()}`, 3], [`${surname()} Brothers`, 1],
    [`${surname()} and Partners`, 1], [`${first()} ${surname()} ${word()}`, 1], [`Arm${word()}`, 2], [`Hay${word()}`, 1],
    [`${region()} ${word()} ${word()}`, 1], [partners(rng, first), 1], [`Yerevan ${word()}`, 1],
  ]);
  return { name: upper(rng, withForm(rng, inner, form, 0.15), 0.2) };
}

/** Two different first names: "Aram & Gagik". */
function partners(rng: Rng, first: () => string): string {
  const a = first();
  let b = first();
  for (let i = 0; b === a && i < 10; i++) b = first();
  return `${a} & ${b}`;
}

function tradingGE(rng: Rng, s: Stock): Made {
  const form = rng.pick(W.GE_FORMS);
  const surname = () => georgianToLatin(rng.pick(s.kaLast));
  const place = () => georgianToLatin(rng.pick(s.kaPlaces));
  const word = () => rng.pick(W.CAUCASUS_WORDS);
  const inner = rng.weighted([
    [`${surname()} ${word()}`, 4], [`${place()} ${word()}`, 4], [`Geo${word()}`, 2], [`${surname()} and Co`, 1], [`${surname()}-${surname()}`, 1],
    [`${georgianToLatin(rng.weighted(s.kaFirst))} ${word()}`, 2], [`${place()} ${word()} ${word()}`, 1], [`Kartli ${word()}`, 1], [`Caucasus ${word()}`, 1],
  ]);
  return { name: upper(rng, withForm(rng, inner, form, 0.1), 0.2) };
}

function tradingVN(rng: Rng, s: Stock): Made {
  const given = rng.pick(rng.chance(0.5) ? s.viMaleFirst : s.viFemaleFirst);
  const stem = rng.weighted([
    [given, 6], [rng.pick(s.viPlaces), 2], [`Viet ${splitWords(given).pop()}`, 1], [`${splitWords(given).pop()} Viet`, 1], [`Vina ${splitWords(given)[0]}`, 1],
  ]);
  const folded = foldVietnamese(stem);
  let name: string;
  if (rng.chance(0.2)) name = `${rng.pick(W.VN_NATIVE_FORMS)} ${rng.pick(W.VN_NATIVE_ACTIVITIES)} ${folded}`;
  else name = `${folded} ${rng.pick(W.VN_ACTIVITIES)} ${rng.pick(W.VN_FORMS)}`;
  return { name: upper(rng, name, 0.45) };
}

function mrKoreanCompany(rng: Rng, s: Stock): Made {
  const apostrophes = rng.chance(0.75);
  const mr = (word: string) => capital(mcCuneReischauerWord(word, { apostrophes }));
  const stem = rng.weighted([[rng.pick(s.koStems), 7], [rng.pick(s.koPlaces), 2], [rng.pick([...s.koMaleFirst, ...s.koFemaleFirst]), 1]]);
  const business = [rng.pick([...W.KOREAN_BUSINESS_WORDS, ...s.koCategories])];
  if (rng.chance(0.3)) business.push(rng.pick(W.KOREAN_BUSINESS_WORDS));
  const words = [stem, ...business.filter((b, i) => business.indexOf(b) === i)].map(mr);
  if (rng.chance(0.12)) words.unshift('Korea');
  else if (rng.chance(0.04)) words.unshift(mr('조선'));
  let name: string;
  const native = rng.chance(0.3) ? rng.pick(W.KOREAN_NATIVE_FORMS) : undefined;
  if (native) {
    // 주식회사 and 유한회사 are written as two words (Chusik Hoesa) and may stand first, as in Seoul.
    const twoWords = native === '주식회사' || native === '유한회사';
    const form = twoWords ? `${mr(native.slice(0, 2))} ${mr(native.slice(2))}` : mr(native);
    name = twoWords && rng.chance(0.3) ? `${form} ${words.join(' ')}` : `${words.join(' ')} ${form}`;
  } else {
    name = `${words.join(' ')} ${rng.pick(W.KOREAN_FORMS)}`;
  }
  return { name: upper(rng, name, 0.25) };
}

// ---------------------------------------------------------------------------------------------
// People. Each returns the Latin form and, where the stock has it, the same name in native script.

/** Latin and native renderings of the same tokens, kept aligned so one format applies to both. */
function personFormat(rng: Rng, latin: { given: string; family: string; middle?: string }, native: { given: string; family: string; middle?: string } | undefined, upperShare = 0.2): Made {
  const format = rng.weighted([['given-family', 55], ['FAMILY-GIVEN', upperShare * 100], ['family-given', 15], ['with-middle', latin.middle ? 15 : 0]] as Array<[string, number]>);
  const render = (p: { given: string; family: string; middle?: string }) => {
    switch (format) {
      case 'FAMILY-GIVEN': return `${p.family} ${p.given}`.toUpperCase();
      case 'family-given': return `${p.family} ${p.given}`;
      case 'with-middle': return `${p.family} ${p.given} ${p.middle}`;
      default: return `${p.given} ${p.family}`;
    }
  };
  return { name: render(latin), native: native && (format !== 'with-middle' || native.middle) ? render(native) : undefined };
}

function personKZ(rng: Rng, s: Stock): Made {
  const female = rng.chance(0.5);
  if (rng.chance(0.15)) return russianPerson(rng, s, female, { ye: false });
  const ye = rng.chance(0.6);
  const given = rng.pick(female ? s.kazakhFemale : s.kazakhMale);
  const father = rng.pick(s.kazakhMale);
  if (rng.chance(0.1)) {
    // The patronymic surname of newer passports: Асқар Ерланұлы, Айгерім Ерланқызы.
    const family = father + (female ? 'қызы' : 'ұлы');
    return personFormat(rng, { given: kazakhToLatin(given, { ye }), family: kazakhToLatin(family, { ye }) }, { given, family });
  }
  const family = slavicSurname(rng.pick(s.kazakhMale), female);
  const middle = slavicPatronymic(father, female);
  return personFormat(
    rng,
    { given: kazakhToLatin(given, { ye }), family: kazakhToLatin(family, { ye }), middle: middle && kazakhToLatin(middle, { ye }) },
    { given, family, middle },
  );
}

function russianPerson(rng: Rng, s: Stock, female: boolean, options: { ye: boolean }): Made {
  const given = female ? rng.pick(s.ruFemaleFirst) : rng.weighted(s.ruMaleFirst);
  const family = rng.pick(female ? s.ruFemaleLast : s.ruMaleLast);
  const middle = russianPatronymic(rng.weighted(s.ruMaleFirst), female);
  return personFormat(rng, { given: russianToLatin(given, options), family: russianToLatin(family, options), middle: middle && russianToLatin(middle, options) }, { given, family, middle });
}

function personKG(rng: Rng, s: Stock): Made {
  const female = rng.chance(0.5);
  if (rng.chance(0.06)) return russianPerson(rng, s, female, { ye: false });
  const latin = (text: string) => kyrgyzToLatin(text, { jForZh: j });
  const j = rng.chance(0.6);
  const given = kazakhToKyrgyzSpelling(rng.pick(female ? s.kazakhFemale : s.kazakhMale));
  const father = kazakhToKyrgyzSpelling(rng.pick(s.kazakhMale));
  if (rng.chance(0.3)) {
    // Kyrgyz patronymic names: Азамат Бакыт уулу, Айгүл Бакыт кызы.
    const [patronymic, latinPatronymic] = female ? ['кызы', 'kyzy'] : ['уулу', 'uulu'];
    return rng.chance(0.8)
      ? { name: `${latin(given)} ${latin(father)} ${latinPatronymic}`, native: `${given} ${father} ${patronymic}` }
      : { name: `${latin(father)} ${latinPatronymic} ${latin(given)}`.toUpperCase(), native: `${father} ${patronymic} ${given}`.toUpperCase() };
  }
  const family = slavicSurname(kazakhToKyrgyzSpelling(rng.pick(s.kazakhMale)), female);
  const middle = slavicPatronymic(father, female);
  return personFormat(rng, { given: latin(given), family: latin(family), middle: middle && latin(middle) }, { given, family, middle });
}

function personUZ(rng: Rng, s: Stock): Made {
  const female = rng.chance(0.5);
  const given = rng.pick(female ? s.uzFemaleFirst : s.uzMaleFirst);
  const family = rng.pick(female ? s.uzFemaleLast : s.uzMaleLast);
  const fatherSurname = rng.pick(s.uzMaleLast);
  const fatherName = rng.pick(s.uzMaleFirst);
  if (rng.chance(0.12)) {
    const name = `${given} ${fatherName} ${female ? 'qizi' : "o'g'li"}`;
    return { name, native: uzbekLatinToCyrillic(name) };
  }
  const middle = `${fatherSurname}${female ? 'na' : 'ich'}`;
  const p = { given, family, middle };
  const made = personFormat(rng, p, { given: uzbekLatinToCyrillic(given), family: uzbekLatinToCyrillic(family), middle: uzbekLatinToCyrillic(middle) });
  return made;
}

function personAM(rng: Rng, s: Stock): Made {
  const female = rng.chance(0.5);
  const given = rng.pick(female ? s.hyFemaleFirst : s.hyMaleFirst);
  const family = rng.pick(s.hyLast);
  // Armenian patronymic: the father's name in the genitive (Աշոտի, Ashoti).
  const middle = `${rng.pick(s.hyMaleFirst)}ի`;
  return personFormat(rng, { given: armenianToLatin(given), family: armenianToLatin(family), middle: armenianToLatin(middle) }, { given, family, middle });
}

function personGE(rng: Rng, s: Stock): Made {
  const given = rng.weighted(s.kaFirst);
  const family = rng.pick(s.kaLast);
  return personFormat(rng, { given: georgianToLatin(given), family: georgianToLatin(family) }, { given, family });
}

function personVN(rng: Rng, s: Stock): Made {
  const female = rng.chance(0.5);
  const family = rng.weighted(s.viLast);
  let given = rng.pick(female ? s.viFemaleFirst : s.viMaleFirst);
  if (rng.chance(0.25)) given = `${female ? 'Thị' : 'Văn'} ${splitWords(given).pop()}`;
  const native = `${family} ${given}`;
  const name = foldVietnamese(native);
  if (rng.chance(0.1)) {
    // Given name first, as some foreign forms ask.
    const [f, ...g] = splitWords(name);
    return { name: `${g.join(' ')} ${f}`, native: undefined };
  }
  return rng.chance(0.35) ? { name: name.toUpperCase(), native: native.toUpperCase() } : { name, native };
}

function personAE(rng: Rng, s: Stock): Made {
  if (rng.chance(0.25)) {
    const first = rng.pick(s.indianFirst);
    const last = rng.pick(s.indianLast);
    const name = rng.weighted([[`${first} ${last}`, 5], [`${first} Kumar ${last}`, 1], [`${last} ${first}`, 1]]);
    return { name: upper(rng, name, 0.2) };
  }
  const female = rng.chance(0.35);
  const [givenAr, given] = rng.pick(female ? s.arabicFemale : s.arabicMale);
  const [fatherAr, father] = rng.pick(s.arabicMale);
  const [grandAr, grand] = rng.pick(s.arabicMale);
  const [familyAr, family] = rng.pick(s.arabicFamily);
  const familyLatin = family.startsWith('Al ') ? rng.weighted([[family, 6], [family.replace('Al ', 'Al-'), 2], [family.replace('Al ', 'Al'), 1], [family.replace('Al ', 'El '), 1]]) : family;
  const [latin, native] = rng.weighted([
    [[`${given} ${father} ${familyLatin}`, `${givenAr} ${fatherAr} ${familyAr}`], 6],
    [[`${given} ${father} ${grand} ${familyLatin}`, `${givenAr} ${fatherAr} ${grandAr} ${familyAr}`], 2],
    [[`${given} ${father} ${grand}`, `${givenAr} ${fatherAr} ${grandAr}`], 2],
    [[`${given} ${familyLatin}`, `${givenAr} ${familyAr}`], 2],
  ] as Array<[[string, string], number]>);
  return rng.chance(0.25) ? { name: latin.toUpperCase(), native } : { name: latin, native };
}

function personKR(rng: Rng, s: Stock): Made {
  const surname = rng.weighted(s.koLast);
  const given = rng.pick(rng.chance(0.5) ? s.koMaleFirst : s.koFemaleFirst);
  const family = rng.pick(customarySurnames(surname));
  const syllables = revisedSyllables(given);
  const first = rng.weighted([[capital(syllables.join('')), 4], [capital(syllables.join('-')), 4], [syllables.map(capital).join(' '), 2]]);
  const name = rng.weighted([[`${family} ${first}`, 5], [`${family} ${first}`.toUpperCase(), 2], [`${first} ${family}`, 2], [`${family}, ${first}`, 1]]);
  return { name, native: rng.chance(0.85) ? `${surname}${given}` : `${surname} ${given}` };
}

function mrKoreanPerson(rng: Rng, s: Stock): Made {
  const surname = rng.weighted(s.koLast);
  const given = rng.pick(rng.chance(0.5) ? s.koMaleFirst : s.koFemaleFirst);
  const style = rng.weighted([['hyphenated', 5], ['spaced', 3], ['joined', 2]] as Array<[MrNameStyle, number]>);
  const name = mcCuneReischauerName(surname, given, style, { apostrophes: rng.chance(0.75), north: rng.chance(0.4) });
  if (rng.chance(0.2)) {
    const [family, ...rest] = splitWords(name);
    return { name: `${family.toUpperCase()} ${rest.join(' ')}` };
  }
  return { name: rng.chance(0.1) ? name.toUpperCase() : name };
}

const GENERATORS: Record<keyof typeof ORDINARY_PARTY_SIZES, (rng: Rng, stock: Stock) => Made> = {
  'trading-AE': tradingAE,
  'trading-KZ': tradingKZ,
  'trading-KG': tradingKG,
  'trading-UZ': tradingUZ,
  'trading-AM': tradingAM,
  'trading-GE': tradingGE,
  'trading-VN': tradingVN,
  'mr-korean-company': mrKoreanCompany,
  'mr-korean-person': mrKoreanPerson,
  'person-KZ': personKZ,
  'person-KG': personKG,
  'person-UZ': personUZ,
  'person-AM': personAM,
  'person-GE': personGE,
  'person-VN': personVN,
  'person-AE': personAE,
  'person-KR': personKR,
};

// ---------------------------------------------------------------------------------------------
// Keys: duplicates, famous people, and names that are on a list.

/** Letters and digits only, lower case, any script: "TOO «Altyn Zhol»" and "Too Altyn-Zhol" agree. */
export function foldKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function orderKeys(name: string): string[] {
  const tokens = name.normalize('NFKC').toLowerCase().replace(/'/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!tokens.length) return [];
  return [tokens.join(''), [...tokens.slice(1), tokens[0]].join(''), [tokens[tokens.length - 1], ...tokens.slice(0, -1)].join('')];
}

const FAMOUS = new Set([...W.FAMOUS_PEOPLE, ...W.FAMOUS_PEOPLE_MR, ...W.FAMOUS_PEOPLE_IN].flatMap(orderKeys));

function famous(name: string): boolean {
  return orderKeys(name).some((k) => FAMOUS.has(k));
}

const LEGAL_FORMS = new Set([
  'llc', 'l', 'c', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'fze', 'fzco', 'fz', 'dmcc', 'dwc', 'est', 'jsc', 'cjsc',
  'ojsc', 'oao', 'zao', 'ooo', 'ao', 'too', 'llp', 'mchj', 'osoo', 'xk', 'qk', 'aj', 'jv', 'ip', 'cong', 'ty', 'cty', 'tnhh', 'co', 'phan',
  'chusik', 'hoesa', 'yuhan', 'sa', 'plc', 'gmbh',
]);

const GENERIC_WORDS = new Set(
  [...W.TRADE_WORDS, ...W.CIS_SUFFIXES, ...W.CAUCASUS_WORDS, ...W.AE_ACTIVITIES, ...W.VN_ACTIVITIES, ...W.KOREAN_FORMS, ...W.UZBEK_GENERIC_WORDS, 'Korea', 'Euro', 'Asia', 'Grand', 'Uz', 'Kaz']
    .flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean),
);

/** A firm name of generic words and legal forms alone ("Invest XK", "Euro Trading LLC") names no one in particular: not made. */
function onlyGenericWords(name: string): boolean {
  return name.toLowerCase().replace(/'/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((t) => GENERIC_WORDS.has(t) || LEGAL_FORMS.has(t));
}

/** Order-free key without legal forms: what counts as the same name as a listed one. */
export function nameKey(name: string): string {
  const tokens = name.normalize('NFKC').toLowerCase().replace(/'/g, '').split(/[^\p{L}\p{N}]+/u).filter((t) => t && !LEGAL_FORMS.has(t));
  return tokens.sort().join(' ');
}

// ---------------------------------------------------------------------------------------------
// Writing the fixtures.

export function toTsv(rows: readonly OrdinaryParty[]): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return ['name\tcountry\tkind\tgroup', ...rows.map((r) => [r.name, r.country, r.kind, r.group].map(clean).join('\t'))].join('\n') + '\n';
}

/** Names on the lists and in the shared company-name benchmarks, keyed by nameKey. */
async function knownNames(dataDir: string): Promise<{ listed: Set<string>; benchmark: Set<string>; versions: string[] }> {
  const specs = [`ofac-sdn:${join(dataDir, 'ofac-sdn')}`, `ofac-consolidated:${join(dataDir, 'ofac-consolidated')}`, `un-xml:${join(dataDir, 'un/consolidated.xml')}`, `bis-dpl:${join(dataDir, 'bis-dpl/dpl.txt')}`];
  const lists = await Promise.all(specs.map((spec) => loadList(parseListSource(spec))));
  const listed = new Set<string>();
  for (const list of lists) for (const entity of list.entities) for (const n of entity.names) listed.add(nameKey(n.name));
  const benchmark = new Set<string>();
  for (const file of ['company-names/dart-kr-operating.dev.tsv', 'company-names/financedatabase-listed.dev.tsv']) {
    const path = join(dataDir, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) if (line) benchmark.add(nameKey(line.split('\t')[0]));
  }
  return { listed, benchmark, versions: lists.map((l) => l.version) };
}

async function main(): Promise<void> {
  const root = join(__dirname, '../../..');
  const dataDir = process.env.ORDINARY_PARTIES_DATA_DIR ?? join(root, '../shared/data');
  const out = join(root, 'test/fixtures/ordinary-parties');
  const known = await knownNames(dataDir);
  const dropped = { listed: 0, benchmark: 0 };
  const rows = ordinaryParties({
    kazakhDictionary: process.env.ORDINARY_PARTIES_KK_DIC,
    exclude: (row) => {
      const key = nameKey(row.name);
      const on = known.listed.has(key) ? 'listed' : row.kind === 'ORGANISATION' && known.benchmark.has(key) ? 'benchmark' : undefined;
      if (on) {
        dropped[on]++;
        if (process.env.ORDINARY_PARTIES_VERBOSE) console.error(`dropped (${on}): ${row.group}\t${row.name}`);
      }
      return on !== undefined;
    },
  });
  mkdirSync(out, { recursive: true });
  const groups = [...new Set(rows.map((r) => r.group))];
  for (const group of groups) {
    const slice = rows.filter((r) => r.group === group);
    writeFileSync(join(out, `${group}.tsv`), toTsv(slice));
    console.log(`${group}\t${slice.length}`);
  }
  console.log(`total\t${rows.length}`);
  console.log(`dropped as names on a list: ${dropped.listed}; as names in the shared company-name benchmarks: ${dropped.benchmark}`);
  console.log(`lists: ${known.versions.join(', ')}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
