import { capitalise } from './combine';
import { ArabicStyle, Context, letterReadings, lookupForm, STYLE_OF_COUNTRY, SUN_LETTERS } from './arabic-letters';
import { ABD_AL, SERVANT_OF_GOD, ARABIC_NAMES, DIVINE_NAMES, PARTICLES, PERSIAN_NAMES } from './arabic-names';

/**
 * Readings of names in Arabic script (Arabic and Persian). The script leaves short vowels
 * unwritten, so any-ascii's letter-for-letter fold (خالد → khld) is far from every Latin
 * spelling (Khalid). Common name words are read from a table of their conventional
 * spellings; the particles of Arabic names (the article ال, عبد + a name of God, بن, أبو, الدين)
 * are spelt as lists spell them (their spellings are tables too, in arabic-names.ts); any other
 * word is transliterated letter by letter after BGN/PCGN (Arabic 1956, Persian 1958) with its
 * likely short vowels put in.
 */

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PERSIAN_LETTERS = /[پچژگیکۀہھےٹڈڑںځڅښږټډړڼګېۍ]/;
const PERSIAN_COUNTRIES = new Set(['IR', 'AF', 'TJ', 'PK']);
/** God, الله, as the table spells it. */
const GOD = DIVINE_NAMES['الله'];

/** A name word's spellings: the table's, else the letter reading. */
function wordSpellings(word: string, context: Context): string[] {
  const key = lookupForm(word);
  const persian = context.style === 'persian' ? PERSIAN_NAMES[key] : undefined;
  const known = persian ?? ARABIC_NAMES[key];
  if (known) return [...known];
  // Persian suffixes: -zadeh (son of), -pour, -i (of, from): the stem is often a known name.
  for (const [suffix, latin] of [['زاده', 'zadeh'], ['پور', 'pour'], ['ي', 'i']] as const) {
    const stem = key.endsWith(lookupForm(suffix)) ? key.slice(0, -lookupForm(suffix).length) : '';
    const stemKnown = stem && (context.style === 'persian' ? PERSIAN_NAMES[stem] : undefined) || (stem ? ARABIC_NAMES[stem] : undefined);
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

/** عبد + a name of God: Abd + the article joined (ABD_AL), Abd al-X, joined into one word, spoken (Abdur Razzaq). */
function abdCompound(divine: string): string[] {
  if (divine === GOD) return [...SERVANT_OF_GOD];
  const [joined, egyptian] = ABD_AL;
  const sun = /^(sh|th|dh|[tdrzsln])/i.test(divine);
  const spoken = sun ? `Abdu${firstSound(divine)} ${divine}` : `${joined} ${divine}`;
  return [`${joined} ${divine}`, `Abd al-${divine}`, `${joined}${divine.toLowerCase()}`, `${egyptian} ${divine}`, spoken, `${egyptian}${divine.toLowerCase()}`];
}

function divineName(word: string): string | undefined {
  const key = lookupForm(word);
  return DIVINE_NAMES[key] ?? (key.startsWith('ال') ? DIVINE_NAMES[key.slice(2)] ?? (key === 'الله' ? GOD : undefined) : undefined);
}

/** Readings of an Arabic-script run, best first. */
export function arabicReadings(text: string, country?: string): string[] {
  // NFKC: Arabic presentation forms (ﺁ, ﻻ) as the letters they are.
  const clean = text.normalize('NFKC').replace(DIACRITICS, '').replace(/[،؛()\-–—.,/]/g, ' ');
  const persian = PERSIAN_LETTERS.test(clean) || (country !== undefined && PERSIAN_COUNTRIES.has(country));
  const byCountry = country ? STYLE_OF_COUNTRY[country] : undefined;
  // Persian letters with no country: more often an Afghan or Pakistani name in the lists than an Iranian one.
  const style: ArabicStyle = persian ? (byCountry === 'persian' ? 'persian' : 'afghan') : byCountry ?? 'arabic';
  const context: Context = { persian, style };
  const words = clean.split(/\s+/).filter(Boolean);
  const parts: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const key = lookupForm(word);
    const nextKey = words[i + 1] ? lookupForm(words[i + 1]) : '';
    // عبد الرحمن as two words, or عبدالرحمن as one; عبد before any word with the article is a compound too.
    if (key === 'عبد' && nextKey && (divineName(nextKey) || nextKey.startsWith('ال'))) {
      parts.push(abdCompound(divineName(nextKey) ?? wordSpellings(words[i + 1].slice(2), context)[0]));
      i++;
      continue;
    }
    if (key.startsWith('عبد') && key.length > 3 && (divineName(key.slice(3)) || (key.startsWith('عبدال') && key.length > 6))) {
      parts.push(abdCompound(divineName(key.slice(3)) ?? wordSpellings(word.slice(5), context)[0]));
      continue;
    }
    if (key === 'الدين' && parts.length) {
      // Salah al-Din, Salahuddin, Salah ad-Din, Salah Eddine: the previous word's spellings carry on.
      const previous = parts.pop()!;
      parts.push(previous.flatMap((p, k) => (k === 0 ? [`${p} al-Din`, `${p}uddin`, `${p} ad-Din`, `${p} Eddine`] : [`${p} al-Din`])));
      continue;
    }
    if (key === 'الله' && parts.length && !parts[parts.length - 1][0].startsWith('Abd')) {
      // Theophoric names written in two words (خير الله, نصر الله): Khairullah, Khair + God apart, Khairallah.
      const previous = parts.pop()!;
      parts.push(previous.flatMap((p, k) => (k === 0 ? [`${p}ullah`, `${p} ${GOD}`, `${p}${GOD.toLowerCase()}`] : [`${p}ullah`])));
      continue;
    }
    if (key.endsWith('الله') && key.length > 5 && !key.startsWith('عبد')) {
      const stem = wordSpellings(word.slice(0, -4), context);
      parts.push([...stem.map((p) => `${p}ullah`), `${stem[0]} ${GOD}`, `${stem[0]}${GOD.toLowerCase()}`]);
      continue;
    }
    // ة before a word with the article is the construct state, spoken -at (جبهة النصرة Jabhat al-Nusra).
    const construct = /ة$/.test(word) && nextKey.startsWith('ال');
    const spellings = particle(key, context) ?? joinedParticle(key, context) ?? articleWord(word, key, context) ?? wordSpellings(word, context);
    parts.push(construct ? spellings.map((s) => s.replace(/a$/, 'at')) : spellings);
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

/** A word with the article (الخطيب al-Khatib), or with the conjunction و before it (والجهاد wal-Jihad). */
function articleWord(word: string, key: string, context: Context): string[] | undefined {
  if (key.startsWith('ال') && key.length > 3) return withArticle(word.replace(/^[اأإآٱ]ل/, ''), context);
  if (key.startsWith('وال') && key.length > 4) return withArticle(word.slice(3), context).map((s) => `w${s.replace(/^al-/, 'al-').replace(/^El-/, 'al-')}`);
  return undefined;
}

/** The small words of Arabic names, as lists spell them: بن by region, the others from PARTICLES. */
function particle(key: string, context: Context): string[] | undefined {
  if (key === 'بن') return context.style === 'maghreb' ? ['ben', 'bin', 'ibn'] : ['bin', 'ibn', 'ben'];
  const spellings = PARTICLES[key];
  return spellings ? [...spellings] : undefined;
}
