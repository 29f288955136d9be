/**
 * Which writing system each stretch of a name is in, so that each stretch is read by the rules
 * of its own script ("ООО Ромашка Trading", "김대중 (Kim)"). Latin letters, digits and
 * punctuation are kept as written.
 */
export type ReadingScript = 'Hangul' | 'Han' | 'Japanese' | 'Arabic' | 'Cyrillic' | 'Other' | 'Kept';

export interface ScriptRun {
  script: ReadingScript;
  text: string;
}

const HANGUL = /\p{Script=Hangul}/u;
const HAN = /[\p{Script=Han}々〆]/u;
// The prolonged-sound mark ー and the middle dot ・ are Common, but only kana use them in names.
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー・]/u;
const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;

function charScript(ch: string, japanese: boolean): ReadingScript {
  if (HANGUL.test(ch)) return 'Hangul';
  // Kanji in a name that also has kana are Japanese: no other language mixes the two.
  if (HAN.test(ch)) return japanese ? 'Japanese' : 'Han';
  if (KANA.test(ch)) return 'Japanese';
  if (ARABIC.test(ch)) return 'Arabic';
  if (CYRILLIC.test(ch)) return 'Cyrillic';
  if (LETTER.test(ch) && !/\p{Script=Latin}/u.test(ch)) return 'Other';
  return 'Kept';
}

/**
 * Splits a name into runs of one script. Spaces between two words of the same script stay inside
 * the run ("김 정은" is one Hangul run), since a name's parts are read together (surname first).
 */
export function scriptRuns(name: string): ScriptRun[] {
  const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);
  const runs: ScriptRun[] = [];
  let pendingSpace = '';
  for (const ch of name) {
    if (/\s/.test(ch)) {
      pendingSpace += ch;
      continue;
    }
    const last = runs[runs.length - 1];
    // Combining marks (Arabic vowel signs), the Arabic tatweel and zero-width joiners belong to
    // the letters they sit on.
    if (last && !pendingSpace && /[\p{M}\u0640\u200c\u200d]/u.test(ch)) {
      last.text += ch;
      continue;
    }
    const script = charScript(ch, japanese);
    if (last && last.script === script) last.text += pendingSpace + ch;
    else {
      if (pendingSpace && last) runs.push({ script: 'Kept', text: ' ' });
      runs.push({ script, text: ch });
    }
    pendingSpace = '';
  }
  // Neighbouring kept runs (a space run beside Latin text) are one.
  return runs.reduce<ScriptRun[]>((merged, run) => {
    const last = merged[merged.length - 1];
    if (last && last.script === 'Kept' && run.script === 'Kept') last.text += run.text;
    else merged.push({ ...run });
    return merged;
  }, []);
}
