import anyAscii from 'any-ascii';
import { phoneticKey } from './phonetic-key';
import { readNumbers } from './number-words';

/**
 * Legal forms written in their own script, removed before transliteration: their romanised
 * spellings vary too much (주식회사 → "JuSigHoeSa") to catch afterwards.
 */
const NATIVE_LEGAL_FORMS = [
  '주식회사', '(주)', '㈜', '유한회사', '유한책임회사', '합자회사',
  '股份有限公司', '有限责任公司', '有限公司', '株式会社', '有限会社', '合同会社', '集团',
  'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'НАО', 'ТОО', 'ТОВ', 'ПАТ', 'ИП', 'ОДО', 'ЧП', 'ГУП', 'ФГУП', 'МУП',
];
const NATIVE_PATTERN = new RegExp(NATIVE_LEGAL_FORMS.map((f) => f.replace(/[()]/g, '\\$&')).join('|'), 'gu');

/** Legal forms in romanised or Latin-script languages, as token sequences after folding. */
const LEGAL_FORMS: string[][] = [
  'llc', 'ltd', 'limited', 'co', 'corp', 'corporation', 'inc', 'incorporated', 'plc', 'llp', 'lp', 'pllc',
  'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ug', 'ev', 'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'slu', 'sae', 'sal', 'ltda', 'cia', 'eirl',
  'bv', 'nv', 'vof', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'kft', 'zrt', 'sro', 'doo', 'dd', 'ad', 'ood', 'eood', 'sp', 'zoo',
  'kk', 'yk', 'pte', 'pty', 'bhd', 'sdn', 'tbk', 'pt', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ooo', 'oao', 'zao', 'pao', 'ao', 'nao', 'too', 'tov', 'pat', 'ip', 'odo', 'fgup', 'gup',
  'fze', 'fzco', 'fzc', 'fzllc', 'fz', 'dmcc', 'wll', 'spc', 'est', 'psc', 'saog', 'saoc', 'sti', 'ltd sti',
  'company', 'kabushiki kaisha', 'kabushiki gaisha', 'yugen kaisha', 'godo kaisha',
  'jusik hoesa', 'jusikhoesa', 'chusik hoesa', 'yuhan hoesa', 'youxian gongsi', 'gufen youxian gongsi',
  'limited liability company', 'joint stock company', 'public joint stock company', 'closed joint stock company', 'open joint stock company',
  'sociedad anonima', 'sa de cv', 'de cv', 'sapi de cv', 'societe anonyme', 'aktiengesellschaft', 'gesellschaft mit beschrankter haftung',
  'joint stock', 'public joint stock', 'open joint stock', 'closed joint stock', 'private joint stock', 'limited liability', 'joint venture',
  'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostyu', 'aktsionernoe obshchestvo', 'otkrytoe aktsionernoe obshchestvo',
  'zakrytoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obshchestvo', 'publichnoye aktsionernoye obshchestvo', 'aktsionernoye obshchestvo',
  'sociedad por acciones simplificada', 'sociedad de responsabilidad limitada', 'ca',
  'cong ty tnhh', 'cong ty co phan', 'cong ty', 'tnhh', 'cty', 'ctcp', 'tnhh mtv', 'mtv',
  'sp z oo', 'z oo', 'spolka z ograniczona odpowiedzialnoscia', 'spolka akcyjna', 'societatea cu raspundere limitata', 'societate pe actiuni',
  'sociedade anonima', 'sociedade limitada', 'societa per azioni', 'societa a responsabilita limitata', 'anonim sirketi', 'limited sirketi',
].map((f) => f.split(' '));

/** Titles and honorifics say who a person is, not which person. */
const TITLES = ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'president', 'sheikh', 'shaikh', 'sheik', 'haji', 'hajji', 'mullah', 'maulana', 'mawlawi'];
/** Particles of family and patronymic names. */
const PARTICLES = ['bin', 'ibn', 'ben', 'bint', 'binti', 'van', 'von', 'da', 'di', 'dos', 'das', 'le', 'ul'];
/** Arabic particles spelt several ways: "son of" (bin, ben, ibn), "father of" (abu, abo) and the article (al, el, ul). */
const PARTICLE_SPELLINGS = new Map([['ben', 'bin'], ['ibn', 'bin'], ['el', 'al'], ['ul', 'al'], ['abo', 'abu']]);

/**
 * Words common in company names that say little about which company it is: they may support a
 * match but must not make one (`Global Trading LLC` is not every `… Global Trading …`).
 */
const GENERIC_WORDS = new Set([
  'trading', 'trade', 'general', 'global', 'international', 'intl', 'group', 'holding', 'holdings', 'industries', 'industry', 'industrial',
  'enterprise', 'enterprises', 'import', 'export', 'imports', 'exports', 'logistics', 'services', 'service', 'solutions', 'technology', 'technologies',
  'tech', 'systems', 'engineering', 'development', 'investment', 'investments', 'commercial', 'company', 'corporation', 'the', 'and', 'of', 'for',
  'de', 'del', 'la', 'el', 'al', 'der', 'und', 'et', 'des', 'du', 'y', 'e', 'i', 'bank', 'national', 'shipping', 'marine', 'electronics', 'electronic',
  'manufacturing', 'products', 'supply', 'resources', 'energy', 'oil', 'gas', 'petroleum', 'construction', 'consulting', 'management', 'partners',
  'east', 'west', 'north', 'south', 'middle', 'asia', 'euro', 'europe', 'gulf', 'star', 'new', 'first', 'united', 'world', 'overseas', 'foreign',
  ...TITLES,
  ...PARTICLES,
  // Vietnamese: industry, trading, import-export, services, production, investment, construction.
  'cong', 'nghiep', 'thuong', 'mai', 'xuat', 'nhap', 'khau', 'dich', 'vu', 'san', 'xuat', 'dau', 'tu', 'xay', 'dung',
  // Bank, in the languages of the lists.
  'banco', 'banca', 'banque', 'bankasi',
  // The words of multi-word legal forms, for when the form is broken up, reordered or misspelt.
  ...LEGAL_FORMS.filter((form) => form.length > 1).flat(),
]);

/**
 * Legal-form and generic words long enough that a slip of one letter still says which word was
 * meant, by their letters and, for letter-by-letter transliterations (`КОМПАНЫ` → kompany), by
 * their phonetic keys. One edit is found the symmetric-delete way: the two words, or one of them
 * less a letter, are equal.
 */
const FORM_WORD_MIN_LENGTH = 6;
const FORM_WORD_BY_KEY = new Map<string, string>();
const FORM_WORD_BY_SPELLING = new Map<string, string>();
for (const word of [...GENERIC_WORDS, ...LEGAL_FORMS.flat()].filter((w) => w.length >= FORM_WORD_MIN_LENGTH - 1)) {
  FORM_WORD_BY_KEY.set(phoneticKey(word), word);
  // A shorter word is found only with a letter typed twice or added (`jooint`), never with one left out.
  if (word.length < FORM_WORD_MIN_LENGTH) {
    if (!FORM_WORD_BY_SPELLING.has(word)) FORM_WORD_BY_SPELLING.set(word, word);
    continue;
  }
  FORM_WORD_BY_SPELLING.set(word, word);
  for (const shorter of oneLetterLess(word)) if (!FORM_WORD_BY_SPELLING.has(shorter)) FORM_WORD_BY_SPELLING.set(shorter, word);
}

function oneLetterLess(word: string): string[] {
  return Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

/** True for a word that says little about which company it is (see GENERIC_WORDS). */
export function isGenericWord(token: string): boolean {
  return GENERIC_WORDS.has(token);
}

/** Of a person's name only titles and particles are generic: `Holding` or `Sterling` may be a name. */
const PERSON_GENERIC_WORDS = new Set([...TITLES, ...PARTICLES, 'al', 'el', 'de', 'del', 'la', 'der', 'y', 'e', 'i', 'and', 'of', 'the']);

export function isGenericInPersonName(token: string): boolean {
  return PERSON_GENERIC_WORDS.has(token);
}

export interface NormalisedName {
  /** All tokens kept, in order, folded to lower-case ASCII. */
  tokens: string[];
  /** The tokens that identify: not generic words. A name of only generic words keeps them all here. */
  distinctive: string[];
  /** Legal forms that were removed, folded, for evidence. */
  legalForms: string[];
}

export interface NormaliseOptions {
  /**
   * For screened names: whether a word is a word of some listed name. With it, other words that
   * misspell a legal form or generic word are read as that word (`LIMITD`, `COMAPNY`), while
   * words the lists use stay as they are (`Tradex`). Without it (the lists themselves) every
   * word is taken as spelt.
   */
  isListedWord?: (word: string) => boolean;
  /** A person's name: words that are legal forms elsewhere (`Sa`, `As`, `Ao`) are parts of it. */
  person?: boolean;
  /** Words already read against the same lists, and what they were taken to mean: words repeat from name to name. */
  meant?: Map<string, string>;
}

/** Abbreviations of generic words, read as the word (`Int'l` is `international`). */
const ABBREVIATIONS = new Map([
  ['intl', ['international']], ['natl', ['national']], ['mfg', ['manufacturing']], ['svcs', ['services']], ['engg', ['engineering']], ['inds', ['industries']],
  ['us', ['united', 'states']], ['usa', ['united', 'states']], ['uk', ['united', 'kingdom']], ['uae', ['united', 'arab', 'emirates']],
]);
/** Words that join a name's words and tell nothing (`The World Bank`, `Bank of China`), unless they are all there is. */
const STOPWORDS = new Set(['the', 'of', 'and', 'for']);

/** Legal forms written onto the name (`TekamoAG`, `ACMEGmbH`), which the lists spell apart. */
const GLUED_FORMS = ['gmbh', 'llc', 'ltd', 'inc', 'plc', 'ag', 'sa', 'bv', 'nv', 'oy', 'ab', 'kk', 'jsc', 'fze'];

/**
 * Folds a name in any script to comparable tokens: legal forms removed, in the original script and
 * after transliteration; Unicode folded to ASCII (any-ascii); case and punctuation dropped;
 * apostrophes joined (O'Brien → obrien), other punctuation splitting (Cheol-min → cheol min).
 */
export function normaliseName(raw: string, options: NormaliseOptions = {}): NormalisedName {
  const legalForms: string[] = [];
  // Most names on declarations are plain ASCII already: they skip Unicode folding altogether.
  const ascii = /^[\x20-\x7e]*$/.test(raw);
  const native = ascii
    ? raw
    : raw.normalize('NFKC').replace(NATIVE_PATTERN, (form) => {
        legalForms.push(anyAscii(form).toLowerCase().replace(/[^a-z]/g, ''));
        return ' ';
      });
  const folded = (ascii ? native : anyAscii(native))
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/&/g, ' and ')
    // Dotted initialisms are one word (`G.L.G. S.A.` is `glg sa`, not the run `glgsa`).
    .replace(/(?<=\b[a-z])\.(?=[a-z]\b)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const initialised = joinInitials(withoutStopwords(folded ? folded.split(' ') : []));
  const { isListedWord } = options;
  // Servant names first: `Abd Us-Samad` holds the article, not the United States.
  const read = arabicServants(readNumbers(initialised)).flatMap((word) => ABBREVIATIONS.get(word) ?? [word]);
  // A person's name holds no misspelt legal form: a name a letter or two from `kaisha` is a name.
  const reading = (word: string) => (options.person ? withoutStrayLetter(word, isListedWord!) : meant(word, isListedWord!, options.meant));
  const words = isListedWord ? rejoined(read, isListedWord).flatMap((word) => unglued(word, isListedWord)).map(reading) : read;
  const tokens = (options.person ? stripLegalForms(words, legalForms, PERSON_STRIPPED_FORM) : stripLegalForms(words, legalForms)).map((t) => PARTICLE_SPELLINGS.get(t) ?? t);
  const distinctive = tokens.filter((t) => !GENERIC_WORDS.has(t));
  return { tokens, distinctive: distinctive.length ? distinctive : tokens, legalForms };
}

/**
 * `Abd al-Wahid`, `Abdulwahid`, `Abdol Wahid`: the Arabic "servant of" with its article is spelt
 * joined or apart, with any vowel; read as `abd al` + the name it governs.
 */
function arabicServants(tokens: string[]): string[] {
  return tokens.flatMap(servantParts).filter((t, i, all) => !(t === 'ul' && all[i - 1] === 'abd'));
}

/** `abd` + vowel + `l` + a name → abd al + the name (`abdolwahid` → abd al wahid); the article itself, spelt `ul`, `el`, `al`. */
/** The word for God after its article, in one spelling whatever the vowels (`-ullah`, `-ollah`, `-illa`). */
const GOD = 'lah';

function servantParts(token: string, i: number, tokens: string[]): string[] {
  // The article alone, its l doubled before a word that begins with l: al + lah.
  if (/^[aeiou]ll[aeiou]+h?$/.test(token)) return ['al', GOD];
  // The article spoken as the sun letter that follows (`Abdur Razzaq`, `Abdus Samad`).
  const sun = /^(abd)?[aeiou](r|s|sh|n|d|t|z|th)$/.exec(token);
  if (sun && tokens[i + 1]?.startsWith(sun[2]) && (sun[1] || tokens[i - 1] === 'abd')) return sun[1] ? ['abd', 'al'] : ['al'];
  // Run together with a sun letter doubled (`Abdurrazzaq`, `Abdussamad`): abd al + the name.
  const sunGlued = /^abd[aeiou](r|s|sh|n|d|t|z|th)\1([aeiou].{2,})$/.exec(token);
  if (sunGlued) return ['abd', 'al', sunGlued[1] + sunGlued[2]];
  const glued = /^abd[aeiou]{1,2}l(.*)$/.exec(token);
  if (!glued) return [token];
  const rest = glued[1];
  if (!rest) return ['abd', 'al'];
  if (/^l[aeiou]+h?$/.test(rest)) return ['abd', 'al', GOD];
  return rest.length >= 3 ? ['abd', 'al', rest] : [token];
}

/** The Arabic article with a stray letter typed before it (`Xal-Sabri`), where no list knows that word: the article. */
function withoutStrayLetter(word: string, isListedWord: (word: string) => boolean): string {
  return /^[a-z][ae]l$/.test(word) && !isListedWord(word) ? word.slice(1) : word;
}

function withoutStopwords(tokens: string[]): string[] {
  const kept = tokens.filter((t) => !STOPWORDS.has(t));
  return kept.length ? kept : tokens;
}

/**
 * A listed word split by a stray space (`Tara sov`, `Kamal Udin` for `Kamaludin`): two
 * or three neighbours that run together into a word of the lists, where one of them is no word
 * of the lists itself (`Sang Mok` stays two words).
 */
function rejoined(tokens: string[], isListedWord: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = [3, 2].find((n) => i + n <= tokens.length && rejoins(tokens.slice(i, i + n), isListedWord));
    out.push(span ? tokens.slice(i, i + span).join('') : tokens[i]);
    if (span) i += span - 1;
  }
  return out;
}

function rejoins(parts: string[], isListedWord: (word: string) => boolean): boolean {
  return parts.every((p) => /^[a-z]+$/.test(p) && !GENERIC_WORDS.has(p)) && parts.some((p) => !isListedWord(p)) && isListedWord(parts.join(''));
}

/** `tekamoag` → `tekamo ag` where the lists know `tekamo` but not the glued word. */
function unglued(word: string, isListedWord: (word: string) => boolean): string[] {
  if (word.length < 6 || isListedWord(word)) return [word];
  const form = GLUED_FORMS.find((f) => word.endsWith(f) && word.length - f.length >= 4 && isListedWord(word.slice(0, -f.length)));
  return form ? [word.slice(0, -form.length), form] : [word];
}

function meant(word: string, isListedWord: (word: string) => boolean, memo?: Map<string, string>): string {
  let found = memo?.get(word);
  if (found === undefined) {
    found = formWordMeant(word, isListedWord);
    if (memo && memo.size < MEANT_REMEMBERED) memo.set(word, found);
  }
  return found;
}
const MEANT_REMEMBERED = 100_000;

/** The legal-form or generic word that a word not on the lists misspells, or the word itself. */
function formWordMeant(word: string, isListedWord: (word: string) => boolean): string {
  if (word.length < FORM_WORD_MIN_LENGTH - 1 || GENERIC_WORDS.has(word) || LEGAL_FORMS_BY_FIRST_WORD.has(word) || isListedWord(word)) return word;
  const sameKey = FORM_WORD_BY_KEY.get(phoneticKey(word));
  if (sameKey || word.length < FORM_WORD_MIN_LENGTH) return sameKey ?? word;
  const meant = FORM_WORD_BY_SPELLING.get(word);
  if (meant) return meant;
  for (const shorter of oneLetterLess(word)) {
    const found = FORM_WORD_BY_SPELLING.get(shorter);
    if (found) return found;
  }
  return word;
}

/** Runs of single letters are initialisms: `s a de c v` is `sa de cv`, `i b m` is `ibm`. */
function joinInitials(tokens: string[]): string[] {
  const joined: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.length === 1 && /[a-z]/.test(token)) {
      run += token;
      continue;
    }
    if (run) joined.push(run);
    run = '';
    joined.push(token);
  }
  if (run) joined.push(run);
  return joined;
}

/**
 * In a person's name only legal forms of three letters or more are taken as such (`Ramos LLC`):
 * two-letter ones are as often names (`Sá`, `As`, `Ao`), unless one closes a name of three words
 * or more after a long one, as a firm named after its owner does (`Tomás Lozada SA`); not a
 * syllable (`Ri Sol Sa`).
 */
const PERSON_STRIPPED_FORM = (form: string[], at: number, tokens: string[]) =>
  form.join('').length >= 3 || (at === tokens.length - 1 && tokens.length >= 3 && tokens[at - 1].length >= 5);

/** Removes legal-form token sequences, longest first, wherever they stand. */
function stripLegalForms(tokens: string[], removed: string[], accept: (form: string[], at: number, tokens: string[]) => boolean = () => true): string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const form = LEGAL_FORMS_BY_FIRST_WORD.get(tokens[i])?.find((f) => f.every((t, j) => tokens[i + j] === t) && accept(f, i, tokens));
    // A lone legal-form word that is the whole name is the name ("AO" could be initials).
    if (form && !(form.length === tokens.length)) {
      removed.push(form.join(' '));
      i += form.length;
    } else {
      kept.push(tokens[i]);
      i += 1;
    }
  }
  return kept;
}

/** Legal forms by their first word, longest first, so each token costs one lookup. */
const LEGAL_FORMS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const form of [...LEGAL_FORMS].sort((a, b) => b.length - a.length)) {
  LEGAL_FORMS_BY_FIRST_WORD.set(form[0], [...(LEGAL_FORMS_BY_FIRST_WORD.get(form[0]) ?? []), form]);
}
