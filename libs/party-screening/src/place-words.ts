import anyAscii from 'any-ascii';
import countries from 'i18n-iso-countries';
import { countries as countryFacts } from 'countries-list';

/**
 * Words of country names in the languages firms name themselves in (`Banque Pictet (Suisse)`,
 * `Korea Chemical`, `Korea Transport`), and of capitals (`Yerevan Metal`, `Seoul Plaza`): in a
 * firm's name they say where it is, not which firm it is, so they weigh as generic words. Read
 * from i18n-iso-countries and countries-list, not written out here.
 */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'];
/** Short words of country names (`of`, `and`, `us`) are left to the generic words and legal forms. */
const MIN_LENGTH = 4;

let words: Set<string> | undefined;

export function isPlaceWord(token: string): boolean {
  words ??= collect();
  return words.has(token);
}

function collect(): Set<string> {
  const found = new Set<string>();
  for (const language of LANGUAGES) {
    for (const names of Object.values(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) {
        for (const word of anyAscii(name).toLowerCase().split(/[^a-z]+/)) if (word.length >= MIN_LENGTH) found.add(word);
      }
    }
  }
  for (const { capital } of Object.values(countryFacts)) {
    for (const word of anyAscii(capital).toLowerCase().split(/[^a-z]+/)) if (word.length >= MIN_LENGTH) found.add(word);
  }
  return found;
}
