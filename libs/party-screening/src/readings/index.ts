import anyAscii from 'any-ascii';
import { distinctReadings, MAX_READINGS, zipReadings } from './combine';
import { arabicReadings } from './arabic';
import { cyrillicReadings } from './cyrillic';
import { hangulReadings } from './hangul';
import { hanReadings } from './han';
import { JapaneseNames, japaneseReadings } from './japanese';
import { loadJapaneseNames } from './japanese-dictionary';
import { romaniseLegalForms } from './legal-forms';
import { scriptRuns } from './scripts';

export { MAX_READINGS } from './combine';
export type { JapaneseNames } from './japanese';

/**
 * Alternative Latin spellings of a name written, wholly or partly, in a non-Latin script, for
 * the screening to try beside the name itself: any-ascii's one fold per script misses the
 * spellings lists use (이 → I, not Lee; 崔 → Cui, not Choi; خالد → khld, not Khalid).
 *
 * Pure: the same name, country and dictionaries give the same readings; nothing is read from
 * disk or clock at call time. Dictionaries that are costly to build are loaded once, at
 * start-up, by loadReadingDictionaries, and passed in; without them the readings are those the
 * built-in tables give (Japanese kanji names then read only for common surnames).
 */
export interface ReadingDictionaries {
  japaneseNames?: JapaneseNames;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Up to MAX_READINGS (6) readings, best first, no two the same to the matcher (same phonetic
 * keys); one may equal any-ascii's fold of the name (Смирнов → Smirnov), which a caller that
 * screens the name itself can skip. [] for a name in Latin script (at the cost of one
 * regular-expression test for ASCII) or in a script with no reading beyond any-ascii's (Greek,
 * Georgian, Hebrew, Thai …).
 */
export function latinReadings(name: string, country?: string, dictionaries: ReadingDictionaries = {}): string[] {
  if (ASCII.test(name)) return [];
  const { text, found: legalForm } = romaniseLegalForms(name.normalize('NFC'));
  const runs = scriptRuns(text);
  if (!runs.some((r) => r.script !== 'Kept' && r.script !== 'Other')) return [];
  const code = country?.toUpperCase();
  // A person's name is the whole name, in one script: no legal form, no other words beside it.
  const alone = !legalForm && runs.filter((r) => /\p{L}/u.test(r.text)).length === 1;
  const parts = runs.map((run): string[] => {
    switch (run.script) {
      case 'Hangul':
        return hangulReadings(run.text, code, alone);
      case 'Han':
        return hanReadings(run.text, code, alone, dictionaries.japaneseNames);
      case 'Japanese':
        return japaneseReadings(run.text, dictionaries.japaneseNames, alone);
      case 'Arabic':
        return arabicReadings(run.text, code);
      case 'Cyrillic':
        return cyrillicReadings(run.text, code);
      case 'Other':
        return [anyAscii(run.text)];
      case 'Kept':
        return [run.text];
    }
  });
  // A run that could not be read (Japanese kanji without the dictionary) keeps any-ascii's fold,
  // so that the rest of the name still gets its readings.
  const filled = parts.map((p, i) => (p.length ? p : [anyAscii(runs[i].text)]));
  return distinctReadings(zipReadings(filled), MAX_READINGS);
}

/** latinReadings with the dictionaries bound: what a screening index holds once loaded. */
export function readingsWith(dictionaries: ReadingDictionaries): (name: string, country?: string) => string[] {
  return (name, country) => latinReadings(name, country, dictionaries);
}

/**
 * Loads the dictionaries once, at start-up (5–8 s on this machine and 29 MB of heap for the
 * Japanese names from ENAMDICT), and warms the readers up. Screening works without them, with
 * fewer readings for Japanese names.
 */
export async function loadReadingDictionaries(): Promise<ReadingDictionaries> {
  const dictionaries = { japaneseNames: await loadJapaneseNames() };
  warmUpReadings(dictionaries);
  return dictionaries;
}

/**
 * One reading of each script, so that the packages' own lazy set-up (pinyin-pro builds its
 * dictionary on first use: ~100 ms) happens at start-up, not on the first party screened.
 */
export function warmUpReadings(dictionaries: ReadingDictionaries = {}): void {
  for (const [name, country] of [['王小明', 'CN'], ['金大中', 'KR'], ['山田太郎', 'JP'], ['이순신', 'KR'], ['خالد علي', undefined], ['Смирнов', undefined]] as const) {
    latinReadings(name, country, dictionaries);
  }
}
