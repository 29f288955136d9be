/**
 * Folds one romanised token to a key on which the common romanisation systems agree, so that a
 * name written in Cyrillic or Hangul and transliterated by any-ascii meets its list spelling.
 *
 * Cyrillic: BGN/PCGN, ICAO passports, German and French spellings differ on х (kh/h/ch), кс (x/ks),
 * ж (zh/j), ц (ts/tz/c), щ (shch/sch), й/ий/ы (y/i/iy/ii), я/ю (ya/ia/ja, yu/iu/ju) and -ов/-off.
 * Korean: Revised Romanization and McCune-Reischauer differ on ㅓ/ㅡ (eo/o, eu/u), on voicing
 * (g/k, d/t, b/p, j/ch) and on spellings like Yoon/Yun, Ri/Li.
 * The fold is applied to list and query alike, so over-folding costs a little precision (two
 * Latin names that differ only in voicing meet) and never recall.
 */
const RULES: Array<[RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ch/g, 'j'],
  // French and German spellings of Arabic and Persian names write sh as ch and sch (Chakib, Shakib).
  [/sh/g, 's'],
  [/c(?=[eiy])/g, 's'],
  [/c(?![eiy])/g, 'k'],
  [/ts|tz/g, 'c'],
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/y/g, 'i'],
  [/g/g, 'k'],
  [/d/g, 't'],
  [/b/g, 'p'],
  // ㄹ is r or l by position and system (Ri/Li/Lee), as in Japanese and Chinese romanisations.
  [/r/g, 'l'],
  [/ff$/g, 'v'],
];
/** Doubled letters (Hossain/Hosain, Dmitrii/Dmitri) fold last; short keys keep them. */
const DOUBLED = /([a-z])\1+/g;

/** Names repeat (in the lists and in the stream), and the fold is a chain of regular expressions. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 200_000;

export function phoneticKey(token: string): string {
  const known = MEMO.get(token);
  if (known !== undefined) return known;
  let key = token;
  if (!/^[0-9]+$/.test(token)) {
    for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
    if (key.length > 3) key = key.replace(DOUBLED, '$1');
  }
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(token, key);
  return key;
}
