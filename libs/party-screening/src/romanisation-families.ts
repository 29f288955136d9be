import { ListedEntity, scriptOf } from './listed-entity';
import { ARABIC, CYRILLIC, KOREAN } from './spelling-similarity';

/** Where Korean is written: its romanisations (RR, McCune–Reischauer, older spellings) meet. */
const KOREAN_COUNTRIES = new Set(['KP', 'KR']);
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

/** The romanisation world a screened name's own script puts it in (none for Latin script). */
export function scriptFamilies(name: string): number {
  if (/^[\x00-\x7f]*$/.test(name)) return 0;
  const script = scriptOf(name);
  return script === 'Hangul' ? KOREAN : script === 'Cyrillic' ? CYRILLIC : script === 'Arabic' ? ARABIC : 0;
}
