import { ListedEntity, scriptOf } from './listed-entity';
import { ARABIC, CHINESE, CYRILLIC, KOREAN, VIETNAMESE } from './spelling-similarity';
import { KOREAN_SURNAMES } from './readings/hangul-surnames';

/** Where Korean is written: its romanisations (RR, McCune–Reischauer, older spellings) meet. */
const KOREAN_COUNTRIES = new Set(['KP', 'KR']);
/** Where Chinese names are romanised in pinyin or Wade–Giles. */
const CHINESE_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO']);
/** Where Cyrillic is, or was, the script of record. */
const CYRILLIC_COUNTRIES = new Set(['RU', 'BY', 'UA', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'AM', 'AZ', 'GE', 'MD', 'MN', 'RS', 'BG', 'MK', 'ME', 'BA']);
/** Where names are written in Arabic script (Arabic, Persian, Pashto, Urdu), without short vowels. */
const ARABIC_COUNTRIES = new Set(['AE', 'AF', 'BH', 'DZ', 'EG', 'IQ', 'IR', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PK', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE']);

/**
 * The romanisation worlds a listed entity's names come from, by its countries and the scripts of
 * its names: a script's own spelling folds apply only to names from its world.
 */
export function romanisationFamilies(entity: ListedEntity): number {
  let families = 0;
  for (const country of entity.countries) {
    if (KOREAN_COUNTRIES.has(country)) families |= KOREAN;
    if (country === 'VN') families |= VIETNAMESE;
    if (CHINESE_COUNTRIES.has(country)) families |= CHINESE;
    if (CYRILLIC_COUNTRIES.has(country)) families |= CYRILLIC;
    if (ARABIC_COUNTRIES.has(country)) families |= ARABIC;
  }
  for (const { script } of entity.names) {
    if (script === 'Hangul') families |= KOREAN;
    if (script === 'Cyrillic') families |= CYRILLIC;
    if (script === 'Arabic') families |= ARABIC;
  }
  return families;
}

/**
 * Folds of a listed name's world that do not apply to a screened party: Arabic script's missing
 * vowels make Latin words of the same consonants alike (`Orion`, `Iran`), right between two
 * romanisations of one Arabic name but not for a party declared in a country outside that world.
 */
export function foldsNotApplying(country: string | undefined, scriptFamily: number): number {
  return country && !ARABIC_COUNTRIES.has(country) && !(scriptFamily & ARABIC) ? ARABIC : 0;
}

/** The romanisation world a screened name's own script puts it in (none for Latin script). */
export function scriptFamilies(name: string): number {
  if (/^[\x00-\x7f]*$/.test(name)) return 0;
  const script = scriptOf(name);
  return script === 'Hangul' ? KOREAN : script === 'Cyrillic' ? CYRILLIC : script === 'Arabic' ? ARABIC : 0;
}

/** The Latin spellings of Korean surnames (Kim, Lee, Ri, Choi, Jeong …), folded as names are. */
const KOREAN_SURNAME_SPELLINGS = new Set(Object.values(KOREAN_SURNAMES).flat().map((s) => s.toLowerCase()));
/** One to three romanised Korean syllables (RR, McCune–Reischauer without breves, older spellings). */
const KOREAN_WORD = /^(?:(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhw])?(?:yeo|yae|wae|eo|eu|ae|ya|yo|yu|ye|wa|wo|we|wi|ui|oe|oo|ee|a|e|i|o|u)(?:ng|[knltmpgdbrs])?){1,3}$/;

/**
 * A person's name that reads as Korean whatever list or country it comes with: a Korean surname
 * and only romanised Korean syllables (`KIM, Sang-ho`; `Ri U Chon`). Many listed North Koreans
 * have no country on the list. Likewise a Russian name by its patronymic or surname.
 */
export function nameFamilies(tokens: string[]): number {
  if (tokens.length < 2 || tokens.length > 4) return 0;
  // A surname's conventional spelling need not be syllables (`Rhee`, `Bahk`).
  if (tokens.some((t) => KOREAN_SURNAME_SPELLINGS.has(t)) && tokens.every((t) => KOREAN_WORD.test(t) || KOREAN_SURNAME_SPELLINGS.has(t))) return KOREAN;
  return tokens.some((t) => EAST_SLAVIC_NAME.test(t)) ? CYRILLIC : 0;
}

/**
 * A patronymic (`Andreevich`, `Ivanovna`) or a surname in -ov/-ev (`Tarasov`, `Belyaeva`) is a
 * name romanised from Cyrillic, whatever country the list gives; its folds (й as j, y or i; the
 * Baltic -s) apply to it.
 */
const EAST_SLAVIC_NAME = /^[a-z]{2,}(?:[oe]v(?:ic|n)[ha]|ichna|[oe]va?)$/;
