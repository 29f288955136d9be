import { capitalise } from './combine';
import { ArabicStyle, Context, letterReadings, lookupForm, STYLE_OF_COUNTRY, SUN_LETTERS } from './arabic-letters';
import { PARTICLES } from './arabic-names';
import { businessWord } from './arabic-business-words';

/**
 * Readings of names in Arabic script (Arabic and Persian). The script leaves short vowels
 * unwritten, so any-ascii's letter-for-letter fold (خالد → khld) is far from every Latin
 * spelling (Khalid). The particles of Arabic names (the article ال, عبد with it, بن, أبو,
 * الدين) are spelt as lists spell them (arabic-names.ts); every name word is transliterated
 * letter by letter after BGN/PCGN (Arabic 1956, Persian 1958) with its likely short vowels put
 * in. No table of names: the matcher compares Arabic-script names by their consonants.
 */

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PERSIAN_LETTERS = /[پچژگیکۀہھےٹڈڑںځڅښږټډړڼګېۍ]/;
const PERSIAN_COUNTRIES = new Set(['IR', 'AF', 'TJ', 'PK']);
/** A name word, letter by letter with its likely vowels: names have no table of their own. */
function wordSpellings(word: string, context: Context): string[] {
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

/** عبد + the article + a name: Abd al-X, as the lists mostly write it, and Abd X. */
function abdCompound(name: string): string[] {
  return [`Abd al-${name}`, `Abd ${name}`];
}

/** The name after عبد and its article: الله is God, spelt as normalise.ts reads every spelling of it (lah). */
function servedName(rest: string, context: Context): string {
  return lookupForm(rest) === 'له' ? 'Lah' : wordSpellings(rest, context)[0];
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
    if (key === 'عبد' && nextKey.startsWith('ال') && nextKey.length > 2) {
      parts.push(abdCompound(servedName(words[i + 1].slice(2), context)));
      i++;
      continue;
    }
    if (key.startsWith('عبدال') && key.length > 6) {
      parts.push(abdCompound(servedName(word.slice(5), context)));
      continue;
    }
    if (key === 'الدين' && parts.length) {
      // Salah al-Din, Salahuddin, Salah ad-Din, Salah Eddine: the previous word's spellings carry on.
      const previous = parts.pop()!;
      parts.push(previous.flatMap((p, k) => (k === 0 ? [`${p} al-Din`, `${p}uddin`, `${p} ad-Din`, `${p} Eddine`] : [`${p} al-Din`])));
      continue;
    }
    if (key === 'الله' && parts.length && parts[parts.length - 1][0] !== 'Abd') {
      // Theophoric names written in two words (خير الله, نصر الله): Khairullah, Khair + God apart, Khairallah.
      const previous = parts.pop()!;
      parts.push(previous.flatMap((p, k) => (k === 0 ? [`${p}ullah`, `${p} Ullah`] : [`${p}ullah`])));
      continue;
    }
    if (key.endsWith('الله') && key.length > 5 && !key.startsWith('عبد')) {
      const stem = wordSpellings(word.slice(0, -4), context);
      parts.push([...stem.map((p) => `${p}ullah`), `${stem[0]} Ullah`]);
      continue;
    }
    // ة before a word with the article is the construct state, spoken -at (جبهة النصرة Jabhat al-Nusra).
    const construct = /ة$/.test(word) && nextKey.startsWith('ال');
    const spellings = particle(key, context) ?? joinedParticle(key, context) ?? articleWord(word, key, context) ?? wordSpellings(word, context);
    const read = construct ? spellings.map((s) => s.replace(/a$/, 'at')) : spellings;
    // A firm word in English first, then as spelt: lists give both (`Maktab al-Khidamat`).
    const business = businessWord(word);
    parts.push(business ? [business, ...read] : read);
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
    return [`Bel${wordSpellings(rest, context)[0].toLowerCase()}`, ...letterReadings(key, context)];
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
