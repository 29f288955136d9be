import { capitalise } from './combine';

/**
 * Arabic-script words letter by letter, for the words the name table does not hold: BGN/PCGN
 * (Arabic 1956, Persian 1958) in plain letters, or the regional spellings lists use (French-based
 * in the Maghreb, Egyptian g), with the unwritten short vowels guessed from the shapes of Arabic
 * names.
 */

/** The lookup form of a word: one alef, ة as ه, ى as ي, Persian ی and ک as Arabic ي and ك. */
export function lookupForm(word: string): string {
  return word
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ۀ/g, 'ه')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    // Urdu and Pashto forms of the same letters: ہ ھ ۃ (h, ة), ے ې ۍ (y), ګ (g).
    .replace(/[ہھ]/g, 'ه')
    .replace(/ۃ/g, 'ه')
    .replace(/[ےېۍ]/g, 'ي')
    .replace(/ګ/g, 'گ');
}

// BGN/PCGN consonants, in plain letters (ḥ → h, ṣ → s …; ʿ and ʾ dropped, as lists drop them).
const ARABIC_CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ء: '', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g',
  // Urdu and Pashto letters (retroflex ٹ ڈ ڑ, Pashto ځ څ ښ ږ ټ ډ ړ ڼ, nasal ں).
  ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ځ: 'dz', څ: 'ts', ښ: 'sh', ږ: 'zh', ټ: 't', ډ: 'd', ړ: 'r', ڼ: 'n',
};
/** BGN/PCGN Persian (1958): the Arabic letters as Persian speaks them; Iran writes و as v. */
const PERSIAN_CONSONANTS: Record<string, string> = { ...ARABIC_CONSONANTS, ث: 's', ذ: 'z', ض: 'z', ظ: 'z' };
/** The French-based spelling of Algeria, Morocco, Tunisia and Mauritania (Djelloul, Belkacem, Kaddour). */
const MAGHREB_CONSONANTS: Record<string, string> = { ...ARABIC_CONSONANTS, ج: 'dj', ش: 'ch', ق: 'k', ظ: 'dh' };
/** Egyptian and Sudanese spelling, which writes ج as spoken there (Gamal, Ragab). */
const EGYPTIAN_CONSONANTS: Record<string, string> = { ...ARABIC_CONSONANTS, ج: 'g' };

export type ArabicStyle = 'arabic' | 'persian' | 'afghan' | 'maghreb' | 'egyptian';

export const STYLE_OF_COUNTRY: Record<string, ArabicStyle> = {
  IR: 'persian', TJ: 'persian', AF: 'afghan', PK: 'afghan', DZ: 'maghreb', MA: 'maghreb', TN: 'maghreb', MR: 'maghreb', EG: 'egyptian', SD: 'egyptian',
};

interface Style {
  consonants: Record<string, string>;
  /** w as a consonant, u as a long vowel (ou in French-based spelling). */
  w: string;
  u: string;
  /** The short vowel put in by default, and the one after a long ā (فاعل: Khalid, Persian Kazem). */
  short: string;
  afterLongA: string;
}

const STYLES: Record<ArabicStyle, Style> = {
  arabic: { consonants: ARABIC_CONSONANTS, w: 'w', u: 'u', short: 'a', afterLongA: 'i' },
  persian: { consonants: PERSIAN_CONSONANTS, w: 'v', u: 'u', short: 'a', afterLongA: 'e' },
  // Dari, Pashto and Urdu names as Afghan and Pakistani documents spell them (Wahid, Nawaz, Zahid).
  afghan: { consonants: PERSIAN_CONSONANTS, w: 'w', u: 'u', short: 'a', afterLongA: 'i' },
  maghreb: { consonants: MAGHREB_CONSONANTS, w: 'ou', u: 'ou', short: 'e', afterLongA: 'e' },
  egyptian: { consonants: EGYPTIAN_CONSONANTS, w: 'w', u: 'u', short: 'a', afterLongA: 'e' },
};

const MAGHREB_G: Style = { ...STYLES.maghreb, consonants: { ...MAGHREB_CONSONANTS, ق: 'g' } };

export interface Context {
  style: ArabicStyle;
  persian: boolean;
}

/** Sun letters: the article's l is spoken as the next consonant (ar-Rashid, ad-Din). */
export const SUN_LETTERS = new Set([...'تثدذرزسشصضطظلن']);

export const isVowelLetter = (ch: string | undefined) => ch === 'ا' || ch === 'و' || ch === 'ي' || ch === 'ى';

/**
 * A word letter by letter with short vowels guessed: a consonant followed by another takes a
 * short vowel unless it closes a syllable (CVC: مسلم → mas-lam); after a long ā the next
 * consonant takes i (the فاعل pattern: خالد → khalid); after ū or ī it takes the same vowel
 * (يونس → yunus); the last letter takes none. ا is a, و is w or u, ي is y or i by position,
 * final ة is a. `firstVowel` overrides the vowel put in after the first consonant.
 */
function letterReading(letters: string[], style: Style, firstVowel?: string): string {
  let out = '';
  let last: 'C' | 'V' | '' = '';
  let lastLong = '';
  let vowelsGuessed = 0;
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i];
    const next = letters[i + 1];
    if (ch === 'ة') {
      out += 'a';
      last = 'V';
      continue;
    }
    if (ch === 'ا' || ch === 'ى') {
      // A word-initial alif before two consonants is the i of the derived verb forms (انتصار Intisar).
      out += i === 0 && firstVowel === 'i' && !isVowelLetter(next) ? 'i' : 'a';
      last = 'V';
      lastLong = 'a';
      continue;
    }
    if ((ch === 'و' || ch === 'ي') && last === 'C' && !isVowelLetter(next)) {
      out += ch === 'و' ? style.u : 'i';
      last = 'V';
      lastLong = ch === 'و' ? 'u' : 'i';
      continue;
    }
    const consonant = ch === 'و' ? style.w : ch === 'ي' ? 'y' : style.consonants[ch];
    if (consonant === undefined) continue;
    out += consonant;
    const wasAfterVowel = last === 'V';
    last = 'C';
    if (i === letters.length - 1 || next === 'ة') continue;
    // و or ي between a consonant and ا is itself a consonant, after a short vowel (زياد Ziyad, نوال Nawal).
    if ((next === 'ي' || next === 'و') && letters[i + 2] === 'ا' && !wasAfterVowel) {
      out += next === 'ي' ? 'i' : style.short;
      last = 'V';
      vowelsGuessed++;
      continue;
    }
    if (isVowelLetter(next)) continue;
    // A consonant after a vowel, before another consonant, closes its syllable; one at the
    // start, or after a consonant, opens a new one.
    if (wasAfterVowel && lastLong === '') continue;
    if (wasAfterVowel && lastLong === 'a' && i + 2 === letters.length) out += style.afterLongA;
    else if (wasAfterVowel && lastLong === 'a') continue;
    else if (wasAfterVowel) out += lastLong === 'u' ? style.u : lastLong;
    else out += vowelsGuessed === 0 && firstVowel && firstVowel !== 'i' ? firstVowel : style.short;
    vowelsGuessed++;
    lastLong = '';
    last = 'V';
  }
  return capitalise(out);
}

/**
 * The letter readings of a word: the style's default, then the reading of the name patterns
 * whose vowels differ from it: the diminutive فُعَيْل (C C ي C: Zubayr, Suhayl, Nusayr, Qusayy) and
 * the derived forms with a word-initial i (افتعال: Intisar, Ibtisam); and a u after the first
 * consonant, the other common first vowel (كلثوم Kulthum, قصي Qusay).
 */
export function letterReadings(word: string, context: Context): string[] {
  // A final ى is ā in Arabic (موسى Musa, عيسى Isa); Egypt also types a final ي so (على Ali),
  // and Persian writes both with ی (عیسی Isa, علی Ali): the other reading comes second.
  const maksura = !context.persian && /ى$/.test(word);
  const letters = [...lookupFormKeepingTaMarbuta(word, maksura)];
  const style = STYLES[context.style];
  const readings = [letterReading(letters, style)];
  if (maksura && context.style === 'egyptian') readings.push(letterReading([...lookupFormKeepingTaMarbuta(word, false)], style));
  if (context.persian && /ی$/.test(word) && word.length > 2) readings.push(letterReading([...lookupFormKeepingTaMarbuta(word.replace(/ی$/, 'ى'), true)], style));
  // Algerian and Tunisian spellings write ق as g as often as k (Gasmi, Kasmi).
  if (context.style === 'maghreb' && letters.includes('ق')) readings.push(letterReading(letters, MAGHREB_G));
  const diminutive = letters.length >= 3 && !isVowelLetter(letters[0]) && !isVowelLetter(letters[1]) && letters[2] === 'ي';
  if (diminutive) readings.push(diminutiveReading(letters, style));
  if (letters[0] === 'ا' && letters.length > 3 && !isVowelLetter(letters[1]) && !isVowelLetter(letters[2])) readings.push(letterReading(letters, style, 'i'));
  if (!diminutive && letters.length >= 3 && !isVowelLetter(letters[1])) readings.push(letterReading(letters, style, 'u'));
  if (letters.length >= 3 && !isVowelLetter(letters[0]) && letters[1] === 'ي' && !isVowelLetter(letters[2])) readings.push(diphthongReading(letters, style));
  return [...new Set(readings)];
}

/** فُعَيْل and its nisba: C1 u C2 ay C3 …, the rest read as usual. */
function diminutiveReading(letters: string[], style: Style): string {
  const c = (ch: string) => style.consonants[ch] ?? (ch === 'و' ? style.w : '');
  const rest = letters.length > 3 ? letterReading(letters.slice(3), style).toLowerCase() : '';
  // The rest begins with a consonant that is not the word's start: no vowel before it but its own.
  return capitalise(`${c(letters[0])}u${c(letters[1])}ay${rest}`);
}

/**
 * ي after the first consonant, before another, as the diphthong ay (فَيْصَل Faysal, حَيْدَر Haydar,
 * زَيْنَب Zaynab), where the letter reading takes it for a long i (Fisal).
 */
function diphthongReading(letters: string[], style: Style): string {
  const first = style.consonants[letters[0]] ?? (letters[0] === 'و' ? style.w : '');
  return capitalise(`${first}ay${letterReading(letters.slice(2), style).toLowerCase()}`);
}

/** As lookupForm, but ة kept: it is read a, where ه is h; and a final ى kept where it is ā. */
function lookupFormKeepingTaMarbuta(word: string, finalMaksura: boolean): string {
  const marked = word.replace(/ة/g, '\u0001').replace(finalMaksura ? /ى$/ : /$^/, '\u0002');
  return lookupForm(marked).replace(/\u0001/g, 'ة').replace(/\u0002/g, 'ى');
}

