import { toRomaji } from 'wanakana';
import { capitalise } from './combine';
import { JAPANESE_SURNAMES } from './japanese-surnames';

/**
 * Readings of Japanese names (kanji and kana) in Hepburn. Kana read themselves; kanji in a name
 * need a dictionary of name readings (山田 is Yamada by convention, not by rule), so without
 * the loaded dictionary only the common surnames listed in japanese-surnames.ts are read.
 */

/**
 * Name readings in kana: kanji spelling → its readings, best first, joined by commas (やまだ,やまた),
 * for surnames and for given names.
 */
export interface JapaneseNames {
  surnames: ReadonlyMap<string, string>;
  given: ReadonlyMap<string, string>;
}

function readingsIn(map: ReadonlyMap<string, string> | undefined, kanji: string): string[] {
  const joined = map?.get(kanji);
  return joined ? joined.split(',') : [];
}

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const KANJI_ONLY = /^[\p{Script=Han}々〆ヶ]+$/u;

/**
 * Kana in Hepburn two ways: as passports write it, long vowels unmarked (とうきょう → Tokyo,
 * たろう → Taro), and as typed (Tarou). Both occur in lists, and the matcher's key keeps them
 * apart (ou folds to u).
 */
export function kanaReadings(kana: string): string[] {
  const typed = toRomaji(kana).replace(/['’]/g, '').toLowerCase();
  const passport = typed.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
  return passport === typed ? [passport] : [passport, typed];
}

/** `alone`: the run is the whole name, as a person's name must be. */
export function japaneseReadings(text: string, names?: JapaneseNames, alone = true): string[] {
  const words = text.split(/[\s・]+/).filter(Boolean);
  const person = alone && words.length <= 2 ? personalName(words, names) : undefined;
  if (person) return combine(person.surname, person.given);
  // Not a name we can split: each word read as it can be (kana, a known surname), or not at all.
  const per = words.map((w) => wordReadings(w, names));
  if (per.some((p) => p.length === 0)) return [];
  const depth = Math.max(...per.map((p) => p.length));
  return Array.from({ length: depth }, (_, k) => per.map((p) => p[Math.min(k, p.length - 1)]).join(' '));
}

function wordReadings(word: string, names?: JapaneseNames): string[] {
  if (/^[\x20-\x7e]+$/.test(word)) return [word];
  if (KANA_ONLY.test(word)) return kanaReadings(word).map(capitalise);
  const kana = surnameReadings(word, names)[0] ?? readingsIn(names?.given, word)[0];
  return kana ? kanaReadings(kana).map(capitalise) : [];
}

function surnameReadings(kanji: string, names?: JapaneseNames): string[] {
  const known = JAPANESE_SURNAMES[kanji];
  const found = readingsIn(names?.surnames, kanji);
  return [...new Set([...(known ? [known] : []), ...found])];
}

function givenReadings(word: string, names?: JapaneseNames): string[] {
  if (KANA_ONLY.test(word)) return [word];
  return readingsIn(names?.given, word);
}

interface NameReadings {
  surname: string[];
  given: string[];
}

/**
 * Surname and given name: two words as written, or one run of kanji split where both halves
 * have readings, preferring a listed common surname, then a two-character surname (the most
 * usual length), then the longer surname.
 */
function personalName(words: string[], names?: JapaneseNames): NameReadings | undefined {
  if (words.length === 2) {
    const surname = KANA_ONLY.test(words[0]) ? [words[0]] : surnameReadings(words[0], names);
    const given = givenReadings(words[1], names);
    return surname.length && given.length ? { surname, given } : undefined;
  }
  const [word] = words;
  if (!word || !KANJI_ONLY.test(word.replace(/[\p{Script=Hiragana}\p{Script=Katakana}]+$/u, ''))) return undefined;
  const chars = [...word];
  const splits: Array<{ at: number; rank: number; readings: NameReadings }> = [];
  for (let at = 1; at <= Math.min(3, chars.length - 1); at++) {
    const surname = surnameReadings(chars.slice(0, at).join(''), names);
    const given = givenReadings(chars.slice(at).join(''), names);
    if (!surname.length || !given.length) continue;
    const listed = JAPANESE_SURNAMES[chars.slice(0, at).join('')] ? 0 : 1;
    splits.push({ at, rank: listed * 10 + (at === 2 ? 0 : at === 3 ? 1 : 2), readings: { surname, given } });
  }
  splits.sort((a, b) => a.rank - b.rank);
  return splits[0]?.readings;
}

/** The best readings first, each in passport and typed Hepburn, bounded by the caller. */
function combine(surnames: string[], givens: string[]): string[] {
  const pairs: Array<[string, string]> = [
    [surnames[0], givens[0]],
    [surnames[0], givens[1]],
    [surnames[1], givens[0]],
    [surnames[1], givens[1]],
    [surnames[0], givens[2]],
  ].filter((p): p is [string, string] => Boolean(p[0] && p[1]));
  const readings: string[] = [];
  for (const [surname, given] of pairs) {
    const s = kanaReadings(surname);
    const g = kanaReadings(given);
    readings.push(`${capitalise(s[0])} ${capitalise(g[0])}`);
    if (s.length > 1 || g.length > 1) readings.push(`${capitalise(s[s.length - 1])} ${capitalise(g[g.length - 1])}`);
  }
  return readings;
}
