import { koreanKey, spellingKey } from './spelling-similarity';

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
    // The folds every romanisation shares, Korean voicing, ㄹ and vowels on top, and sh as the
    // French and German spellings of Arabic names write it (ch): loose, for finding candidates.
    key = koreanKey(spellingKey(token)).replace(/sh/g, 's');
    if (key.length > 3) key = key.replace(DOUBLED, '$1');
  }
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(token, key);
  return key;
}
