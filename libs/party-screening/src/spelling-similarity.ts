/**
 * How alike two words are as spellings of the same name, for scoring a candidate the index found.
 *
 * The index finds candidates through loose phonetic keys (phonetic-key.ts), which fold voicing,
 * r/l and Korean vowels in every word: right for Korean names, but on ordinary words it makes
 * short unrelated words collide (`Daco` and `Tajco`). Scoring is stricter: it counts edits on the
 * letters and on folds every romanisation shares, allows few edits in short words, and applies a
 * script's own folds only where the listed name comes from that script's world (its family).
 */

/** Romanisation worlds a listed name belongs to, by its entity's countries or original script. */
export const KOREAN = 1;
export const CYRILLIC = 2;
export const ARABIC = 4;
export const VIETNAMESE = 8;
export const CHINESE = 16;
/** Worlds whose names are strings of short syllables, where one letter makes another syllable. */
export const SYLLABIC = KOREAN | VIETNAMESE | CHINESE;

/** Folds every romanisation system shares: kh/h, ph/f, w/v, y/i, ts/tz, doubled letters ... */
const SPELLING_RULES: Array<[RegExp, string, string]> = [
  [/shch|sch/g, 'sh', 's'],
  [/tch/g, 'ch', 't'],
  [/dzh|dj/g, 'j', 'd'],
  [/zh/g, 'j', 'z'],
  [/kh/g, 'h', 'k'],
  [/ck|q/g, 'k', 'cq'],
  [/x/g, 'ks', 'x'],
  [/ph/g, 'f', 'p'],
  [/w/g, 'v', 'w'],
  [/c(?=[eiy])/g, 's', 'c'],
  [/c(?!h)/g, 'k', 'c'],
  [/ts|tz/g, 'c', 't'],
  [/ou|oo/g, 'u', 'o'],
  [/ee/g, 'i', 'e'],
  [/y/g, 'i', 'y'],
  [/ff$/g, 'v', 'f'],
];

function hasAny(word: string, letters: string): boolean {
  for (let i = 0; i < letters.length; i++) if (word.includes(letters[i])) return true;
  return false;
}
const DOUBLED = /([a-z])\1+/g;

const spellingMemo = new Map<string, string>();

/** The word with the folds every romanisation shares; digits stay as they are. */
export function spellingKey(word: string): string {
  let key = spellingMemo.get(word);
  if (key !== undefined) return key;
  key = word;
  if (!/^[0-9]+$/.test(word)) {
    // A rule whose first letter is not in the word cannot apply: most words skip most rules.
    for (const [pattern, replacement, letters] of SPELLING_RULES) if (hasAny(key, letters)) key = key.replace(pattern, replacement);
    key = key.replace(DOUBLED, '$1');
  }
  if (spellingMemo.size > MEMO_LIMIT) spellingMemo.clear();
  spellingMemo.set(word, key);
  return key;
}

/** Korean romanisations disagree on voicing (g/k, d/t, b/p, j/ch), on ㄹ (r/l) and on ㅓ/ㅡ (eo/o, eu/u). */
export function koreanKey(spelling: string): string {
  let key = koreanMemo.get(spelling);
  if (key === undefined) {
    key = spelling.replace(/eo/g, 'o').replace(/eu/g, 'u').replace(/ch/g, 'j').replace(/g/g, 'k').replace(/d/g, 't').replace(/b/g, 'p').replace(/r/g, 'l').replace(DOUBLED, '$1');
    if (koreanMemo.size > MEMO_LIMIT) koreanMemo.clear();
    koreanMemo.set(spelling, key);
  }
  return key;
}

const koreanMemo = new Map<string, string>();

/**
 * Cyrillic й is j, y or i by system (Matvej, Matvey, Matvei), and Baltic spellings add a
 * nominative -s to Russian names (Volkovs, Matvejs).
 */
function cyrillicKey(word: string): string {
  return spellingKey(cyrillicSpelling(word));
}

/** A word as a Russian romanisation would spell it: й as i, no Baltic -s. */
export function cyrillicSpelling(word: string): string {
  return word.replace(/zh/g, 'Z').replace(/j/g, 'i').replace(/(?<=[vnji])s$/, '').replace(/Z/g, 'zh');
}

/** Arabic script writes no short vowels, so its romanisations differ most in them: compare the consonants. */
export function consonantSkeleton(spelling: string): string {
  let skeleton = skeletonMemo.get(spelling);
  if (skeleton === undefined) {
    skeleton = skeletonOf(spelling);
    if (skeletonMemo.size > MEMO_LIMIT) skeletonMemo.clear();
    skeletonMemo.set(spelling, skeleton);
  }
  return skeleton;
}

const skeletonMemo = new Map<string, string>();

function skeletonOf(spelling: string): string {
  const initial = /^[aeiou]/.test(spelling) ? '_' : '';
  // و and ي write long vowels as well as w and y (Nawwaf, Nuwaf); ذ and ظ are dh or z (Mahfouz,
  // Mahfoudh); ش is ch in French spellings (Alouche); ج is g in Egyptian ones (Ragab, Rajab);
  // Arabic writes a foreign p as ب.
  const folded = spelling.replace(/dh/g, 'z').replace(/ch/g, 'sh').replace(/j/g, 'g').replace(/p/g, 'b').replace(/(?<=.)[vi]/g, '');
  return initial + folded.replace(/[aeiou]/g, '').replace(DOUBLED, '$1');
}

/** Same consonants, or the same but for a final h (ة is a, ah or eh: Shihata, Shahateh). */
function sameSkeleton(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 3) return false;
  const [sa, sb] = [consonantSkeleton(a), consonantSkeleton(b)];
  // Two consonants say too little: `Nayar` and `Naria` are both n-r.
  if (Math.min(sa.length, sb.length) < 3) return false;
  return sa === sb || sa === `${sb}h` || sb === `${sa}h`;
}

/**
 * One romanised syllable of Korean, Vietnamese or Chinese: an onset, a vowel and one of the finals
 * these languages allow (`hyon`, `thanh`, `zhuang`). `first` or `korea` is no such syllable, and
 * a slip in it is a slip, not another syllable.
 */
const SYLLABLE = /^(?:ngh|tch|[cgknpstz]h|tr|gi|qu|kk|tt|pp|ss|jj|ts|[bcdfghjklmnpqrstvxz])?[aeiouyw]{1,4}(?:ng|nh|ch|[kmnptlrgbd])?$/;
function isSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/** Similarity of the same spelling under folds: below exact letters, and lower the looser the fold. */
const SAME_SPELLING = 0.96;
const SAME_IN_FAMILY = 0.92;
/** An initial stands for a word it begins (P for Pavel), a little below a spelt-out match. */
const INITIAL = 0.9;
/** The longest romanised Korean syllable, as spelt in any system (`hyeong`). */
const KOREAN_SYLLABLE = 6;

/**
 * 0..1: 1 for the same letters; a little less for the same word under romanisation folds;
 * otherwise one minus the edits (on letters or on folded spellings, whichever is fewer) over the
 * longer length, and 0 where a word has more edits than its length allows. A different first
 * letter counts as half an edit more: typists and transliterators keep the start of a name.
 */
export function spellingSimilarity(a: string, b: string, families = 0): number {
  if (a === b) return 1;
  // Looked up by the words themselves, level by level: a key built per call would be garbage.
  let byWord = similarityMemo.get(families);
  if (!byWord) similarityMemo.set(families, (byWord = new Map()));
  let byOther = byWord.get(a);
  if (!byOther) byWord.set(a, (byOther = new Map()));
  let similarity = byOther.get(b);
  if (similarity === undefined) {
    similarity = similarityOf(a, b, families);
    if (++remembered > MEMO_LIMIT) {
      similarityMemo.clear();
      remembered = 0;
    }
    byOther.set(b, similarity);
  }
  return similarity;
}

/** The same word pairs come back screening after screening (names share their words): remembered, bounded. */
const similarityMemo = new Map<number, Map<string, Map<string, number>>>();
let remembered = 0;
const MEMO_LIMIT = 400_000;

function similarityOf(a: string, b: string, families: number): number {
  if (a.length === 1 || b.length === 1) return a.length !== b.length && a[0] === b[0] && !(families & SYLLABIC) ? INITIAL : 0;
  if (/[0-9]/.test(a) || /[0-9]/.test(b)) return digitsAsLetters(a, b, families);
  const ka = spellingKey(a);
  const kb = spellingKey(b);
  if (ka === kb) return SAME_SPELLING;
  if (families & KOREAN && koreanKey(ka) === koreanKey(kb)) return SAME_IN_FAMILY;
  if (families & CYRILLIC && cyrillicKey(a) === cyrillicKey(b)) return SAME_IN_FAMILY;
  // Romanised Korean, Vietnamese and Chinese syllables differ by one letter from other syllables
  // (Sung, Sang; Mu, Mun; Thanh, Thinh): within such names a short word is the same syllable or another.
  if (families & SYLLABIC && Math.max(a.length, b.length) <= KOREAN_SYLLABLE && (isSyllable(a) || isSyllable(b))) return 0;
  if (families & ARABIC && sameSkeleton(ka, kb)) return SAME_IN_FAMILY;
  const edits = Math.max(editSimilarity(a, b), editSimilarity(ka, kb) * SAME_SPELLING);
  // A slip in a name of the Cyrillic world is counted on its Russian spelling too (`Matej`, `Matvey`).
  return families & CYRILLIC ? Math.max(edits, editSimilarity(cyrillicKey(a), cyrillicKey(b)) * SAME_IN_FAMILY) : edits;
}

/** Letters typed as digits (`P4vel Volk0v`): compared as the letters they stand for, a little lower. */
const LEET: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', 9: 'g' };
function digitsAsLetters(a: string, b: string, families: number): number {
  const mixed = (w: string) => /[a-z]/.test(w) && /[0-9]/.test(w);
  if (!mixed(a) && !mixed(b)) return 0;
  const decode = (w: string) => (mixed(w) ? w.replace(/[0-9]/g, (d) => LEET[d] ?? d) : w);
  const [da, db] = [decode(a), decode(b)];
  return /[0-9]/.test(da + db) ? 0 : 0.95 * spellingSimilarity(da, db, families);
}

function editSimilarity(a: string, b: string, slack = 0): number {
  const longer = Math.max(a.length, b.length);
  // A three-letter word may be a two-letter one with a stray letter (`xal` for `al`), no other slip.
  const allowed = (longer <= 3 ? (longer === 3 && Math.min(a.length, b.length) === 2 ? 1 : 0) : longer <= 5 ? 1 : longer <= 9 ? 2 : 3) + (longer > 3 ? slack : 0);
  if (Math.abs(a.length - b.length) > allowed) return 0;
  const edits = restrictedEdits(a, b, allowed);
  const [shorter, other] = a.length < b.length ? [a, b] : [b, a];
  const kept = a[0] === b[0] || other.endsWith(shorter);
  return edits > allowed ? 0 : 1 - (edits + (kept ? 0 : FIRST_LETTER)) / longer;
}

/** A different first letter costs half an edit more: typists and transliterators keep the start of a name. */
const FIRST_LETTER = 0.5;
const VOWEL = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * A word beside others already matched, spelt with one slip more than a word alone may have
 * (`Zimo Sehg` for `Zimo Sheng`): it counts for what its similarity is worth, not as a stray.
 */
export function looseSpellingSimilarity(a: string, b: string, families = 0): number {
  if (families & SYLLABIC || a.length === 1 || b.length === 1 || /[0-9]/.test(a + b)) return 0;
  return Math.max(editSimilarity(a, b, 1), editSimilarity(spellingKey(a), spellingKey(b), 1) * SAME_SPELLING);
}

/** Two letters typed the wrong way round (`Hebry`): the commonest slip of all, less than a letter changed. */
const TRANSPOSITION = 0.75;

/** Optimal-string-alignment distance (a transposition costs TRANSPOSITION), or limit + 1 once past it. */
export function restrictedEdits(a: string, b: string, limit: number): number {
  const n = b.length;
  if (rows[0].length <= n) rows = [0, 1, 2].map(() => new Float64Array(2 * n + 2)) as [Float64Array, Float64Array, Float64Array];
  // Three rows reused across calls: this runs for every candidate word pair.
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      // Vowels are where romanisations and typists differ most (Khaled, Khalid): half an edit.
      const cost = a[i - 1] === b[j - 1] ? 0 : VOWEL.has(a[i - 1]) && VOWEL.has(b[j - 1]) ? 0.5 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + TRANSPOSITION);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n];
}

let rows: [Float64Array, Float64Array, Float64Array] = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];
