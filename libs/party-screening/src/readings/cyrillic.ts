import anyAscii from 'any-ascii';
import { Schemas, translate } from 'iuliia';

/**
 * Readings of names in Cyrillic by the romanisation systems lists and passports use. Russian
 * through the `iuliia` package's schemes: BGN/PCGN (what UK and US lists mostly follow), ICAO
 * Doc 9303 (Russian passports since 2013: Gennadii, Iurii), the Russian passport rules of 1997 and
 * 2010 (MVD 310 / 782: Gennadiy, Yuriy), Wikipedia's common English spelling (Gennady, Yeltsin)
 * and GOST 7.79 system B. Ukrainian by the national system of 2010 (Cabinet of Ministers
 * Resolution No. 55, also BGN/PCGN's since 2019); Bulgarian by its 2009 Transliteration Act;
 * Serbian and Macedonian by their official Latin alphabets.
 */

const RUSSIAN_SCHEMES = ['bgn_pcgn', 'icao_doc_9303', 'mvd_782', 'wikipedia', 'mvd_310', 'gost_779_alt'].map((name) => Schemas.get(name)!);

const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/;
const SERBIAN_LETTERS = /[ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ]/;
const UKRAINIAN_COUNTRIES = new Set(['UA']);
const BULGARIAN_COUNTRIES = new Set(['BG']);
const SERBIAN_COUNTRIES = new Set(['RS', 'ME', 'BA', 'MK']);

/** Ukrainian national transliteration (2010): letters, and the forms used at the start of a word. */
const UKRAINIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '',
  ю: 'iu', я: 'ia', "'": '', '’': '', ʼ: '',
};
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Bulgarian Transliteration Act (2009): щ is sht and ъ is a. */
const BULGARIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

/** Serbian and Macedonian Latin alphabets, without their diacritics, and with English digraphs. */
const SERBIAN: Record<string, [string, string]> = {
  а: ['a', 'a'], б: ['b', 'b'], в: ['v', 'v'], г: ['g', 'g'], д: ['d', 'd'], ђ: ['dj', 'dj'], ѓ: ['gj', 'dj'], е: ['e', 'e'], ж: ['z', 'zh'],
  з: ['z', 'z'], ѕ: ['dz', 'dz'], и: ['i', 'i'], ј: ['j', 'y'], к: ['k', 'k'], л: ['l', 'l'], љ: ['lj', 'ly'], м: ['m', 'm'], н: ['n', 'n'],
  њ: ['nj', 'ny'], о: ['o', 'o'], п: ['p', 'p'], р: ['r', 'r'], с: ['s', 's'], т: ['t', 't'], ћ: ['c', 'ch'], ќ: ['kj', 'ch'], у: ['u', 'u'],
  ф: ['f', 'f'], х: ['h', 'kh'], ц: ['c', 'ts'], ч: ['c', 'ch'], џ: ['dz', 'dzh'], ш: ['s', 'sh'],
};

export function cyrillicReadings(text: string, country?: string): string[] {
  if (UKRAINIAN_LETTERS.test(text) || (country && UKRAINIAN_COUNTRIES.has(country))) {
    const national = byTable(text, (ch, initial) => (initial && UKRAINIAN_INITIAL[ch]) || UKRAINIAN[ch]);
    // Names of Ukrainians in lists often follow Russian habits: г as g, и as i.
    const russianStyle = byTable(text, (ch, initial) => (ch === 'г' ? 'g' : (initial && UKRAINIAN_INITIAL[ch]) || UKRAINIAN[ch]));
    return [national, russianStyle, ...russian(text.replace(/[іїІЇ]/g, (c) => (c === c.toLowerCase() ? 'и' : 'И')).replace(/[єЄ]/g, (c) => (c === 'є' ? 'е' : 'Е')).replace(/[ґҐ]/g, (c) => (c === 'ґ' ? 'г' : 'Г')))];
  }
  if (country && BULGARIAN_COUNTRIES.has(country)) return [byTable(text, (ch) => BULGARIAN[ch]), ...russian(text)];
  if (SERBIAN_LETTERS.test(text) || (country && SERBIAN_COUNTRIES.has(country))) {
    return [byTable(text, (ch) => SERBIAN[ch]?.[0]), byTable(text, (ch) => SERBIAN[ch]?.[1])];
  }
  // Belarusian ў and the letters of Kazakh, Kyrgyz, Tajik … have no Russian scheme: their
  // nearest Russian letters first.
  return russian(text.replace(/[ўЎ]/g, (c) => (c === 'ў' ? 'у' : 'У')).replace(/[әӘ]/g, 'а').replace(/[ғҒ]/g, 'г').replace(/[қҚ]/g, 'к').replace(/[ңҢ]/g, 'н').replace(/[өӨ]/g, 'о').replace(/[ұүҰҮ]/g, 'у').replace(/[һҺ]/g, 'х').replace(/[іІ]/g, 'и'));
}

function russian(text: string): string[] {
  return RUSSIAN_SCHEMES.map((scheme) => ascii(translate(text, scheme)));
}

/** Letter by letter through a table, keeping each letter's case; unknown characters kept. */
function byTable(text: string, latinOf: (lowerLetter: string, wordInitial: boolean) => string | undefined): string {
  let out = '';
  let previous = ' ';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = latinOf(lower, !/\p{L}/u.test(previous));
    previous = ch;
    if (latin === undefined) out += ch;
    else out += ch !== lower && latin ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
  }
  return ascii(out);
}

/** iuliia keeps apostrophes for ь and ъ and some letters with diacritics (ё): plain ASCII for the matcher. */
function ascii(reading: string): string {
  return anyAscii(reading.replace(/['’`ʹʺ″·]/g, '')).replace(/["'`]/g, '');
}
