import { pinyin } from 'pinyin-pro';
import { capitalise } from './combine';
import { hangulReadings } from './hangul';
import { JapaneseNames, japaneseReadings } from './japanese';
import { wadeGiles } from './wade-giles';

/**
 * Readings of names in Han characters. The same characters are read in Mandarin, Korean or
 * Japanese depending on who wrote them (崔 is Cui in Beijing, Choi in Seoul), so the country
 * decides; with no country the best reading of each language is returned, interleaved.
 */

/** Chinese two-character surnames (the compound surnames of the Hundred Family Surnames still in use), simplified and traditional. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '长孙', '長孫',
  '宇文', '司徒', '夏侯', '轩辕', '軒轅', '令狐', '钟离', '鍾離', '端木', '西门', '西門', '南宫', '南宮', '独孤', '獨孤', '呼延', '澹台',
  '申屠', '太史', '闻人', '聞人', '百里', '东郭', '東郭', '拓跋', '万俟', '萬俟', '司空', '淳于', '赫连', '赫連', '第五',
]);

// Required rather than imported: the type checker would otherwise infer a type for 27,000 keys.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HANJA: Record<string, string> = require('hanja/lib/data/hanjaeum.json');
const HAN_ONLY = /^[\p{Script=Han}々〆]+$/u;

export type HanReading = 'mandarin' | 'korean' | 'japanese';

/** Which languages' readings a country's names take, best first. */
export function hanLanguages(country?: string): HanReading[] {
  switch (country) {
    case 'KR':
    case 'KP':
      return ['korean'];
    case 'JP':
      return ['japanese'];
    case 'CN': case 'TW': case 'HK': case 'MO': case 'SG':
      return ['mandarin'];
    default:
      return ['mandarin', 'korean', 'japanese'];
  }
}

/**
 * `alone`: the run is the whole name, so that 2–4 characters are a person's name (surname
 * first); beside other words (a legal form, Latin words) they are part of a company's name.
 */
export function hanReadings(text: string, country: string | undefined, alone: boolean, japaneseNames?: JapaneseNames): string[] {
  const languages = hanLanguages(country);
  const per = languages.map((language) => {
    if (language === 'mandarin') return mandarinReadings(text, country, alone);
    if (language === 'korean') return sinoKoreanReadings(text, country, alone);
    return japaneseReadings(text, japaneseNames, alone);
  });
  if (per.length === 1) return per[0];
  // With the country unknown, each language's best two readings, in turn.
  const interleaved: string[] = [];
  for (let k = 0; k < 2; k++) for (const readings of per) if (readings[k]) interleaved.push(readings[k]);
  return interleaved;
}

/** Han text as a personal name: 2–4 characters, surname first (a compound surname when listed). */
function chineseName(text: string): { surname: string[]; given: string[] } | undefined {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length < 2 || chars.length > 4 || !HAN_ONLY.test(chars.join(''))) return undefined;
  const split = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1;
  return { surname: chars.slice(0, split), given: chars.slice(split) };
}

/**
 * Mandarin in pinyin (the surname read as a surname: 单 Shan, 曾 Zeng), the given name joined as
 * PRC passports write it and syllable by syllable; in Taiwan, Hong Kong and Macao also
 * Wade–Giles, the given name hyphenated (Tsai Ing-wen).
 */
export function mandarinReadings(text: string, country?: string, alone = true): string[] {
  const name = alone ? chineseName(text) : undefined;
  const wadeFirst = country === 'TW' || country === 'HK' || country === 'MO';
  if (!name) {
    const syllables = syllablesOf(text);
    const readings = [syllables.map(capitalise).join(' ')];
    if (wadeFirst) readings.unshift(syllables.map((s) => capitalise(/^[a-z]+$/.test(s) ? wadeGiles(s) : s)).join(' '));
    return readings;
  }
  const all = pinyin([...name.surname, ...name.given].join(''), { toneType: 'none', type: 'array', surname: 'head', v: true }).map(plain);
  const surname = all.slice(0, name.surname.length);
  const given = all.slice(name.surname.length);
  const pinyinJoined = `${capitalise(surname.join(''))} ${capitalise(given.join(''))}`;
  const pinyinSpaced = `${capitalise(surname.join(''))} ${given.map(capitalise).join(' ')}`;
  const wade = `${capitalise(surname.map(wadeGiles).join(''))} ${capitalise(given.map(wadeGiles).join('-'))}`;
  return wadeFirst ? [wade, pinyinJoined, pinyinSpaced] : [pinyinJoined, pinyinSpaced, wade];
}

/** Pinyin syllables of Han characters; other characters (Latin, digits) kept as words. */
function syllablesOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .map(plain)
    .flatMap((s) => s.split(/\s+/))
    .filter(Boolean);
}

function plain(syllable: string): string {
  return syllable.replace(/v/g, 'u').replace(/ü/g, 'u');
}

/**
 * Sino-Korean readings: each character's Hangul reading (the `hanja` package's table), then the
 * Hangul readings. 金 as a surname is 김 (its reading elsewhere is 금). In the South the initial-
 * sound rule applies to the first syllable (李 리 → 이, 柳 류 → 유); the North keeps 리, 류.
 */
export function sinoKoreanReadings(text: string, country?: string, alone = true): string[] {
  const chars = [...text];
  const name = alone ? chineseName(text) : undefined;
  const hangul = chars
    .map((ch, i) => {
      if (i === 0 && name && ch === '金') return '김';
      const reading = HANJA[ch];
      if (!reading) return ch;
      return i === 0 && country !== 'KP' ? initialSoundRule(reading) : reading;
    })
    .join('');
  return hangulReadings(hangul, country, alone);
}

/** The South's initial-sound rule (두음법칙) for a word's first syllable: 리 → 이, 녀 → 여, 로 → 노. */
function initialSoundRule(syllable: string): string {
  const code = syllable.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return syllable;
  const initial = Math.floor(code / 588);
  const vowel = Math.floor((code % 588) / 28);
  const rest = code % 28;
  const IOTA = new Set([2, 3, 6, 7, 12, 17, 20]); // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
  const NIEUN = 2;
  const RIEUL = 5;
  const IEUNG = 11;
  let next = initial;
  if ((initial === RIEUL || initial === NIEUN) && IOTA.has(vowel)) next = IEUNG;
  else if (initial === RIEUL) next = NIEUN;
  return String.fromCharCode(0xac00 + (next * 21 + vowel) * 28 + rest);
}
