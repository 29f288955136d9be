import { romanize } from 'es-hangul';
import { capitalise } from './combine';
import { CONVENTIONAL_GIVEN_SYLLABLES, KOREAN_SURNAMES } from './hangul-surnames';

/**
 * Latin readings of Korean names in Hangul. any-ascii already gives a Revised-Romanization-like
 * fold syllable by syllable, so what these readings add is what it cannot know: the surname in
 * the spelling its bearer uses (이 → Lee, not I), McCune–Reischauer (the system of the North and
 * of older lists: 정 → Chong, 시 → shi), the conventional given-name spellings (수 → Soo), and
 * the split between surname and given name.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const SYLLABLE = /^[\uac00-\ud7a3]$/;

interface Jamo {
  initial: number;
  vowel: number;
  final: number;
}

/** Unicode composes Hangul syllables arithmetically: 0xAC00 + (initial × 21 + vowel) × 28 + final. */
function jamo(syllable: string): Jamo | undefined {
  const code = syllable.charCodeAt(0);
  if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return undefined;
  const offset = code - SYLLABLE_FIRST;
  return { initial: Math.floor(offset / 588), vowel: Math.floor((offset % 588) / 28), final: offset % 28 };
}

// McCune–Reischauer without its diacritics (ŏ → o, ŭ → u) and aspiration apostrophes (k' → k),
// as lists and passports print it. Initials in the voiceless form that MR uses at the start of a
// word, and voiced (g, d, b, j) between voiced sounds inside one.
const MR_INITIAL = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', 'ch', 'k', 't', 'p', 'h'];
const MR_INITIAL_VOICED: Record<number, string> = { 0: 'g', 3: 'd', 7: 'b', 12: 'j' };
const MR_VOWEL = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];
const MR_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
/** Finals after which a following plain stop is voiced in MR: none, n, l, m, ng. */
const VOICED_FINALS = new Set([0, 4, 8, 16, 21]);
const INITIAL_R = 5;
const FINAL_L = 8;

/** One word (no spaces) in McCune–Reischauer, voicing inside the word as MR does. */
export function mcCuneReischauer(word: string): string {
  let out = '';
  let previous: Jamo | undefined;
  for (const ch of word) {
    const j = jamo(ch);
    if (!j) {
      out += ch;
      previous = undefined;
      continue;
    }
    let initial = MR_INITIAL[j.initial];
    if (previous && VOICED_FINALS.has(previous.final) && MR_INITIAL_VOICED[j.initial]) initial = MR_INITIAL_VOICED[j.initial];
    if (j.initial === INITIAL_R && previous?.final === FINAL_L) initial = 'l';
    out += initial + MR_VOWEL[j.vowel] + MR_FINAL[j.final];
    previous = j;
  }
  return out;
}

/** es-hangul romanizes a whole word by its standard pronunciation; names are spelt syllable by syllable. */
const RR_MEMO = new Map<string, string>();

/** One syllable in Revised Romanization, as written in a name (no sound changes across syllables). */
function revisedSyllable(syllable: string): string {
  let rr = RR_MEMO.get(syllable);
  if (rr === undefined) {
    rr = romanize(syllable);
    // There are 11,172 syllables at most, so the memo stays small.
    RR_MEMO.set(syllable, rr);
  }
  return rr;
}

export function revisedRomanization(word: string): string {
  let out = '';
  for (const ch of word) out += SYLLABLE.test(ch) ? revisedSyllable(ch) : ch;
  return out;
}

/**
 * A name's given-name part: RR with the syllables joined (as RR writes names), MR hyphenated
 * (Sun-sin: lists split it into words), and the conventional spellings hyphenated (Soon-shin).
 */
function givenForms(given: string): string[] {
  const syllables = [...given];
  const rr = capitalise(revisedRomanization(given));
  const mr = hyphenated(syllables.map((s, i) => (i === 0 ? mcCuneReischauer(s) : mcCuneReischauer(syllables[i - 1] + s).slice(mcCuneReischauer(syllables[i - 1]).length))));
  const conventional = hyphenated(syllables.map((s) => CONVENTIONAL_GIVEN_SYLLABLES[s] ?? revisedSyllable(s)));
  return [rr, mr, conventional];
}

function hyphenated(syllables: string[]): string {
  return capitalise(syllables.join('-'));
}

export interface KoreanName {
  surname: string;
  given: string;
}

/**
 * Reads a Hangul run as surname + given name when it looks like a personal name: 2 to 4
 * syllables in all, starting with a known surname (a two-syllable one first, as 남궁 would
 * otherwise read as 남), or split by a space after one or two syllables.
 */
export function koreanPersonalName(text: string): KoreanName | undefined {
  const words = text.trim().split(/\s+/);
  const joined = words.join('');
  if (!/^[\uac00-\ud7a3]+$/.test(joined)) return undefined;
  const length = [...joined].length;
  if (length < 2 || length > 4) return undefined;
  if (words.length === 2 && [...words[0]].length <= 2) return { surname: words[0], given: words[1] };
  if (words.length > 2) return undefined;
  const two = joined.slice(0, 2);
  if (length >= 3 && KOREAN_SURNAMES[two]) return { surname: two, given: joined.slice(2) };
  if (KOREAN_SURNAMES[joined[0]]) return { surname: joined[0], given: joined.slice(1) };
  return undefined;
}

/** A surname's spellings: the conventional ones first, then RR and MR if they are not among them. */
export function surnameSpellings(surname: string): string[] {
  const known = KOREAN_SURNAMES[surname] ?? [];
  return unique([...known, capitalise(revisedRomanization(surname)), capitalise(mcCuneReischauer(surname))]);
}

/**
 * Readings of a Hangul run, best first. A personal name pairs the surname's spellings with the
 * given name in RR, MR and conventional spellings, the most used surname spelling first; other
 * text (a company's name) is read word by word in RR and MR. `alone`: the run is the whole name
 * (not beside a legal form or Latin words), which a personal name must be.
 */
export function hangulReadings(text: string, country?: string, alone = true): string[] {
  const person = alone ? koreanPersonalName(text) : undefined;
  // A surname alone (朴 for a Korean party) is read as a surname.
  if (alone && !person && KOREAN_SURNAMES[text.trim()]) return surnameSpellings(text.trim());
  if (!person) {
    const words = text.trim().split(/\s+/);
    const mr = words.map((w) => capitalise(mcCuneReischauer(w))).join(' ');
    const rr = words.map((w) => capitalise(revisedRomanization(w))).join(' ');
    return country === 'KP' ? [mr, rr] : [rr, mr];
  }
  const surnames = surnameSpellings(person.surname);
  const [rr, mr, conventional] = givenForms(person.given);
  // The North writes names in MR-like spelling (Kim Tok Hun, Ri Chon Sam); the South in RR or its
  // conventional spellings (Kim Dae-jung, Roh Moo-hyun).
  const given = country === 'KP' ? [mr, rr, conventional] : [rr, mr, conventional];
  // The most used surname spellings with the first given-name forms first; rarer surname
  // spellings later. Pairs are [surname index, given-name index].
  const order: Array<[number, number]> = [[0, 0], [0, 1], [1, 0], [1, 1], [0, 2], [1, 2], [2, 0], [2, 1], [3, 0], [3, 1], [4, 0]];
  return unique(order.filter(([si]) => si < surnames.length).map(([si, gi]) => `${surnames[si]} ${given[gi]}`));
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
