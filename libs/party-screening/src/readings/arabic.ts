import { capitalise } from './combine';
import { ARABIC_NAMES, DIVINE_NAMES, PERSIAN_NAMES } from './arabic-names';

/**
 * Readings of names in Arabic script (Arabic and Persian). The script leaves short vowels
 * unwritten, so any-ascii's letter-for-letter fold (محمد → mhmd) is far from every Latin
 * spelling (Muhammad). Common name words are read from a table of their conventional
 * spellings; the particles of Arabic names (the article ال, عبد + a name of God, بن, أبو, الدين)
 * are spelt as lists spell them; any other word is transliterated letter by letter after
 * BGN/PCGN (Arabic 1956, Persian 1958) with its likely short vowels put in.
 */

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PERSIAN_LETTERS = /[پچژگیکۀ]/;
const PERSIAN_COUNTRIES = new Set(['IR', 'AF', 'TJ']);

/** The lookup form of a word: one alef, ة as ه, ى as ي, Persian ی and ک as Arabic ي and ك. */
export function lookupForm(word: string): string {
  return word
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ۀ/g, 'ه')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

// BGN/PCGN consonants, in plain letters (ḥ → h, ṣ → s …; ʿ and ʾ dropped, as lists drop them).
const ARABIC_CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ء: '', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g',
};
/** BGN/PCGN Persian (1958): the Arabic letters as Persian speaks them. */
const PERSIAN_CONSONANTS: Record<string, string> = { ...ARABIC_CONSONANTS, ث: 's', ذ: 'z', ض: 'z', ظ: 'z', ق: 'gh' };
/** The French-based spelling of Algeria, Morocco, Tunisia and Mauritania (Djamel, Belkacem, Aouadi). */
const MAGHREB_CONSONANTS: Record<string, string> = { ...ARABIC_CONSONANTS, ج: 'dj', ش: 'ch', ق: 'k', ظ: 'dh' };
/** Egyptian and Sudanese spelling, which writes ج as spoken there (Gamal, Ragab). */
const EGYPTIAN_CONSONANTS: Record<string, string> = { ...ARABIC_CONSONANTS, ج: 'g' };

export type ArabicStyle = 'arabic' | 'persian' | 'maghreb' | 'egyptian';

const STYLE_OF_COUNTRY: Record<string, ArabicStyle> = {
  IR: 'persian', AF: 'persian', TJ: 'persian', DZ: 'maghreb', MA: 'maghreb', TN: 'maghreb', MR: 'maghreb', EG: 'egyptian', SD: 'egyptian',
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
  maghreb: { consonants: MAGHREB_CONSONANTS, w: 'ou', u: 'ou', short: 'e', afterLongA: 'e' },
  egyptian: { consonants: EGYPTIAN_CONSONANTS, w: 'w', u: 'u', short: 'a', afterLongA: 'e' },
};

interface Context {
  style: ArabicStyle;
  persian: boolean;
}

/** Sun letters: the article's l is spoken as the next consonant (ar-Rahman, ad-Din). */
const SUN_LETTERS = new Set([...'تثدذرزسشصضطظلن']);

const isVowelLetter = (ch: string | undefined) => ch === 'ا' || ch === 'و' || ch === 'ي' || ch === 'ى';

/**
 * A word letter by letter with short vowels guessed: a consonant followed by another takes a
 * short vowel unless it closes a syllable (CVC: مسلم → mas-lam); after a long ā the next
 * consonant takes i (the فاعل pattern: خالد → khalid); after ū or ī it takes the same vowel
 * (يوسف → yusuf); the last letter takes none. ا is a, و is w or u, ي is y or i by position,
 * final ة is a. `firstVowel` overrides the vowel put in after the first consonant.
 */
function letterReading(letters: string[], style: Style, firstVowel?: string): string {
  let out = '';
  let last: 'C' | 'V' | '' = '';
  let lastLong = '';
  let putIn = 0;
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
    if (i === letters.length - 1 || isVowelLetter(next) || next === 'ة') continue;
    // A consonant after a vowel, before another consonant, closes its syllable; one at the
    // start, or after a consonant, opens a new one.
    if (wasAfterVowel && lastLong === '') continue;
    if (wasAfterVowel && lastLong === 'a' && i + 2 === letters.length) out += style.afterLongA;
    else if (wasAfterVowel && lastLong === 'a') continue;
    else if (wasAfterVowel) out += lastLong === 'u' ? style.u : lastLong;
    else out += putIn === 0 && firstVowel && firstVowel !== 'i' ? firstVowel : style.short;
    putIn++;
    lastLong = '';
    last = 'V';
  }
  return capitalise(out);
}

/**
 * The letter readings of a word: the style's default, then the reading of the name patterns
 * whose vowels differ from it: the diminutive فُعَيْل (C C ي C: Husayn, Zubayr, Ubayd, Qusayy) and
 * the derived forms with a word-initial i (افتعال: Intisar, Ibtisam).
 */
export function letterReadings(word: string, context: Context): string[] {
  const letters = [...lookupFormKeepingTaMarbuta(word)];
  const style = STYLES[context.style];
  const readings = [letterReading(letters, style)];
  const diminutive = letters.length >= 3 && !isVowelLetter(letters[0]) && !isVowelLetter(letters[1]) && letters[2] === 'ي';
  if (diminutive) readings.push(diminutiveReading(letters, style));
  if (letters[0] === 'ا' && letters.length > 3 && !isVowelLetter(letters[1]) && !isVowelLetter(letters[2])) readings.push(letterReading(letters, style, 'i'));
  if (!diminutive && letters.length >= 3 && !isVowelLetter(letters[1])) readings.push(letterReading(letters, style, 'u'));
  return [...new Set(readings)];
}

/** فُعَيْل and its nisba: C1 u C2 ay C3 …, the rest read as usual. */
function diminutiveReading(letters: string[], style: Style): string {
  const c = (ch: string) => style.consonants[ch] ?? (ch === 'و' ? style.w : '');
  const rest = letters.length > 3 ? letterReading(letters.slice(3), style).toLowerCase() : '';
  // The rest begins with a consonant that is not the word's start: no vowel before it but its own.
  return capitalise(`${c(letters[0])}u${c(letters[1])}ay${rest}`);
}

/** As lookupForm, but ة kept: it is read a, where ه is h. */
function lookupFormKeepingTaMarbuta(word: string): string {
  return lookupForm(word.replace(/ة/g, '\u0001')).replace(/\u0001/g, 'ة');
}

/** A name word's spellings: the table's, else the letter reading. */
function wordSpellings(word: string, context: Context): string[] {
  const key = lookupForm(word);
  const persian = context.persian ? PERSIAN_NAMES[key] : undefined;
  const known = persian ?? ARABIC_NAMES[key];
  if (known) return [...known];
  // Persian suffixes: -zadeh (son of), -pour, -i (of, from): the stem is often a known name.
  for (const [suffix, latin] of [['زاده', 'zadeh'], ['پور', 'pour'], ['ي', 'i']] as const) {
    const stem = key.endsWith(lookupForm(suffix)) ? key.slice(0, -lookupForm(suffix).length) : '';
    const stemKnown = stem && (context.persian ? PERSIAN_NAMES[stem] : undefined) || (stem ? ARABIC_NAMES[stem] : undefined);
    if (stemKnown) return stemKnown.map((s) => s + latin);
  }
  return letterReadings(word, context);
}

/** The spellings of ال + word: al-X as lists mostly write it, the spoken assimilation (ash-Shami), El-X (Egypt). */
function withArticle(rest: string, context: Context): string[] {
  const spellings = wordSpellings(rest, context);
  const options = spellings.map((s) => `al-${s}`);
  if (SUN_LETTERS.has(lookupForm(rest)[0])) options.splice(1, 0, `a${firstSound(spellings[0])}-${spellings[0]}`);
  options.splice(Math.min(2, options.length), 0, `El-${spellings[0]}`);
  return options;
}

/** The first consonant of a Latin spelling, digraphs whole (Shami → sh). */
function firstSound(latin: string): string {
  return (/^(sh|th|dh|[a-z])/i.exec(latin)?.[0] ?? '').toLowerCase();
}

/** عبد + a name of God: Abdul Rahman, Abd al-Rahman, Abdulrahman, Abdel Rahman, Abdur Rahman. */
function abdCompound(divine: string): string[] {
  if (divine === 'Allah') return ['Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla'];
  const sun = /^(sh|th|dh|[tdrzsln])/i.test(divine);
  const spoken = sun ? `Abdu${firstSound(divine)} ${divine}` : `Abdul ${divine}`;
  return [`Abdul ${divine}`, `Abd al-${divine}`, `Abdul${divine.toLowerCase()}`, `Abdel ${divine}`, spoken, `Abdel${divine.toLowerCase()}`];
}

function divineName(word: string): string | undefined {
  const key = lookupForm(word);
  return DIVINE_NAMES[key] ?? (key.startsWith('ال') ? DIVINE_NAMES[key.slice(2)] ?? (key === 'الله' ? 'Allah' : undefined) : undefined);
}

/** Readings of an Arabic-script run, best first. */
export function arabicReadings(text: string, country?: string): string[] {
  const clean = text.replace(DIACRITICS, '').replace(/[،؛()\-–—.,/]/g, ' ');
  const persian = PERSIAN_LETTERS.test(clean) || (country !== undefined && PERSIAN_COUNTRIES.has(country));
  const context: Context = { persian, style: persian ? 'persian' : (country && STYLE_OF_COUNTRY[country]) || 'arabic' };
  const words = clean.split(/\s+/).filter(Boolean);
  const parts: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const key = lookupForm(word);
    // عبد الرحمن as two words, or عبدالرحمن as one.
    if (key === 'عبد' && words[i + 1] && divineName(words[i + 1])) {
      parts.push(abdCompound(divineName(words[i + 1])!));
      i++;
      continue;
    }
    if (key.startsWith('عبد') && key.length > 3 && divineName(key.slice(3))) {
      parts.push(abdCompound(divineName(key.slice(3))!));
      continue;
    }
    if (key === 'الدين' && parts.length) {
      // Salah al-Din, Salahuddin, Salah ad-Din, Salah Eddine: the previous word's spellings carry on.
      const previous = parts.pop()!;
      parts.push(previous.flatMap((p, k) => (k === 0 ? [`${p} al-Din`, `${p}uddin`, `${p} ad-Din`, `${p} Eddine`] : [`${p} al-Din`])));
      continue;
    }
    parts.push(particle(key, context) ?? joinedParticle(key, context) ?? (key.startsWith('ال') && key.length > 3 ? withArticle(word.replace(/^[اأإآٱ]ل/, ''), context) : wordSpellings(word, context)));
  }
  const depth = Math.max(0, ...parts.map((p) => p.length));
  return Array.from({ length: depth }, (_, k) => parts.map((p) => p[Math.min(k, p.length - 1)]).join(' '));
}

/**
 * Particles written joined to the next word: ابو (Abu) and, in the Maghreb, بل (Bel, from bin
 * al-: بلقاسم Belkacem), when the rest is a name.
 */
function joinedParticle(key: string, context: Context): string[] | undefined {
  if (key.length > 4 && key.startsWith('ابو')) {
    const rest = key.slice(3);
    const spellings = rest.startsWith('ال') && rest.length > 3 ? withArticle(rest.slice(2), context) : wordSpellings(rest, context);
    return spellings.map((s) => `Abu ${s}`);
  }
  if (context.style === 'maghreb' && key.length > 4 && key.startsWith('بل')) {
    const rest = key.slice(2);
    if (ARABIC_NAMES[rest]) return [...ARABIC_NAMES[rest].map((s) => `Bel${s.toLowerCase()}`), ...letterReadings(key, context)];
  }
  return undefined;
}

/** The small words of Arabic names, as lists spell them. */
function particle(key: string, context: Context): string[] | undefined {
  switch (key) {
    case 'بن':
      return context.style === 'maghreb' ? ['ben', 'bin', 'ibn'] : ['bin', 'ibn', 'ben'];
    case 'ولد':
      // Mauritanian "son of".
      return ['Ould', 'Wald', 'Walad'];
    case 'ابن':
      return ['ibn', 'bin'];
    case 'بنت':
      return ['bint'];
    case 'ابو':
      return ['Abu', 'Abou'];
    case 'ابي':
      return ['Abi'];
    case 'ابا':
      return ['Aba'];
    case 'ام':
      return ['Umm', 'Um'];
    case 'ال':
      return ['Al'];
    case 'عبد':
      return ['Abd', 'Abdul'];
    case 'الله':
      return ['Allah'];
    default:
      return undefined;
  }
}
