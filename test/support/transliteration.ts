/**
 * Writes romanised names back in Cyrillic and Hangul, and Cyrillic and Hangul in a romanisation
 * other than the one the matcher uses, to build the labelled name-matching set. Test code: the
 * product only ever folds to Latin.
 */

const TO_CYRILLIC: Array<[string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['iya', 'ия'], ['iy', 'ий'], ['yy', 'ый'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['ye', 'е'],
  ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['x', 'кс'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['j', 'й'], ['y', 'ы'],
  ['k', 'к'], ['q', 'к'], ['c', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'],
  ['u', 'у'], ['f', 'ф'], ['h', 'х'],
];

/** `ROSOBORONEKSPORT` → `Рособоронэкспорт`-like; digraphs first, as a Russian clerk would write it. */
export function latinToCyrillic(name: string): string {
  return name.replace(/[A-Za-z]+/g, (word) => {
    let lower = word.toLowerCase();
    let out = '';
    // A word-initial e is э in Russian spelling of foreign names.
    if (lower.startsWith('e')) [out, lower] = ['э', lower.slice(1)];
    for (let i = 0; i < lower.length; ) {
      const [latin, cyrillic] = TO_CYRILLIC.find(([l]) => lower.startsWith(l, i)) ?? [lower[i], lower[i]];
      out += cyrillic;
      i += latin.length;
    }
    return word === word.toUpperCase() ? out.toUpperCase() : out.charAt(0).toUpperCase() + out.slice(1);
  });
}

/** ICAO 9303 (passports), which differs from any-ascii's BGN-like output on я, ю, й, ы, ц, х. */
const ICAO: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  і: 'i', ї: 'i', є: 'ie', ґ: 'g', ў: 'u',
};

export function cyrillicToIcao(name: string): string {
  return [...name].map((ch) => {
    const lower = ch.toLowerCase();
    const latin = ICAO[lower];
    if (latin === undefined) return ch;
    return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }).join('');
}

// Hangul syllables are composed arithmetically: 0xAC00 + (initial * 21 + vowel) * 28 + final.
const INITIALS: Array<[string, number]> = [
  ['kk', 1], ['tt', 4], ['pp', 8], ['ss', 10], ['jj', 13], ['ch', 14], ['k', 0], ['g', 0], ['n', 2], ['d', 3], ['t', 3],
  ['r', 5], ['l', 5], ['m', 6], ['b', 7], ['p', 7], ['s', 9], ['j', 12], ['h', 18], ['', 11],
];
const VOWELS: Array<[string, number]> = [
  ['yae', 3], ['yeo', 6], ['wae', 10], ['ae', 1], ['ya', 2], ['eo', 4], ['ye', 7], ['yo', 12], ['yu', 17], ['wa', 9], ['we', 15],
  ['wo', 14], ['wi', 16], ['ui', 19], ['oe', 11], ['eu', 18], ['a', 0], ['e', 5], ['o', 8], ['u', 13], ['i', 20],
];
const FINALS: Array<[string, number]> = [['ng', 21], ['k', 1], ['g', 1], ['n', 4], ['t', 7], ['l', 8], ['m', 16], ['p', 17], ['', 0]];

/** `KIM Chol Sam` → `김촐삼`, or undefined when a word does not split into Korean syllables. */
export function latinToHangul(name: string): string | undefined {
  const words = name.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const hangul = words.map(syllables);
  if (!words.length || hangul.some((h) => h === undefined)) return undefined;
  return hangul.join('');
}

function syllables(word: string): string | undefined {
  if (!word) return '';
  for (const [initial, i] of INITIALS) {
    if (!word.startsWith(initial)) continue;
    for (const [vowel, v] of VOWELS) {
      const at = initial.length;
      if (!word.startsWith(vowel, at)) continue;
      for (const [final, f] of FINALS) {
        if (!word.startsWith(final, at + vowel.length)) continue;
        const rest = syllables(word.slice(at + vowel.length + final.length));
        if (rest !== undefined) return String.fromCharCode(0xac00 + (i * 21 + v) * 28 + f) + rest;
      }
    }
  }
  return undefined;
}

const MR_INITIALS = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', 'ch', 'k', 't', 'p', 'h'];
const MR_VOWELS = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];
const MR_FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** McCune-Reischauer without diacritics (as North Korean names reach the lists): 철 → chol, 정 → chong. */
export function hangulToMcCuneReischauer(name: string): string {
  return name.replace(/[\uac00-\ud7a3]+/g, (word) => {
    const out = [...word].map((ch) => {
      const code = ch.charCodeAt(0) - 0xac00;
      return MR_INITIALS[Math.floor(code / 588)] + MR_VOWELS[Math.floor((code % 588) / 28)] + MR_FINALS[code % 28];
    });
    // Surname apart, given name run together: the usual written form.
    return out.length > 1 ? `${capital(out[0])} ${capital(out.slice(1).join(''))}` : capital(out[0]);
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
