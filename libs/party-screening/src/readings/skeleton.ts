/**
 * The consonant skeleton of a romanised word: what Arabic script writes of it. Arabic and
 * Persian leave short vowels unwritten and write long ones with the letters ا و ي, which
 * romanisations render in as many ways (Muhammad, Mohammed, Mohamed; Hussein, Husayn), so two
 * spellings of one Arabic name differ in their vowels and agree in their consonants. A token's
 * skeleton — vowels dropped, y and w dropped inside the word (they are long vowels there more
 * often than not), doubled letters single (unwritten shadda), the consonant spellings of the
 * systems folded (q/k, dh/z, th/s, gh, final h of ة) — is the same for the Latin spellings and for
 * any-ascii's letter-for-letter fold of the Arabic (محمد → mhmd; حسين → hsyn → hsn).
 *
 * For an index, as a weak extra key: skeletons are short and many names share one (hsn is
 * Hassan, Hussein and Husni), so a skeleton hit can only support a match made of several words,
 * never make one alone; and only for skeletons of 3 letters or more.
 */
const FOLDS: Array<[RegExp, string]> = [
  [/['’`ʿʾ]/g, ''],
  [/ph/g, 'f'],
  [/ck|q|c(?![eiy])/g, 'k'],
  [/c/g, 's'],
  [/x/g, 'ks'],
  [/dh|z/g, 'z'],
  [/th/g, 's'],
  [/dj|j/g, 'j'],
  [/kh/g, 'x'],
  [/gh/g, 'G'],
  [/sh|ch/g, 'S'],
  [/(?<=[aeiou])h$/g, ''],
];

export function consonantSkeleton(latinToken: string): string {
  let word = latinToken.toLowerCase();
  for (const [pattern, replacement] of FOLDS) word = word.replace(pattern, replacement);
  const first = word.charAt(0);
  // A word-initial y or w is a consonant (Yusuf, Walid); inside the word, a long vowel.
  const rest = word.slice(1).replace(/[aeiouyw]/g, '');
  const skeleton = (/[aeiou]/.test(first) ? '' : first) + rest;
  return skeleton.replace(/(.)\1+/g, '$1');
}
