import { jaroWinkler } from './jaro-winkler';
import { KOREAN, koreanKey, looseSpellingSimilarity, restrictedEdits, spellingKey, spellingSimilarity, SYLLABIC } from './spelling-similarity';
import { PreparedName } from './prepared-name';

/** Two index keys at least this similar (Jaro-Winkler) make a candidate; scoring then reads the spellings. */
export const TOKEN_MATCH = 0.8;
/** Tokens pair when their spellings are at least this alike (spelling-similarity.ts). */
const PAIR_MINIMUM = 0.6;
/** A firm's words have no romanisations to reconcile: two slips in a word make another word (`Wanli`, `Nan`). */
const FIRM_PAIR_MINIMUM = 0.7;
/** A pair this alike on a distinctive word anchors the match, so that the other words may pair more loosely... */
const ANCHOR = 0.92;
/** ...down to this similarity. */
const LOOSE_MINIMUM = 0.5;
/** The screened name's share in the score; the listed name's is the rest. */
export const SCREENED_SHARE = 0.6;
/** A firm's listed name has no patronymics to leave out: both names count alike. */
const FIRM_SCREENED_SHARE = 0.5;
/** Ceiling for a match made of generic words only, against a name that has distinctive ones. */
const GENERIC_ONLY_CEILING = 0.5;
/**
 * Ceiling for a match whose only distinctive evidence is one word that is either not spelt alike
 * or short while other words disagree: below the default threshold even with the country's
 * support (COUNTRY_SUPPORT), so such a match is found only where an analyst lowers it.
 */
const ONE_WORD_CEILING = 0.76;
/** Words up to this long must agree in full, with nothing else disagreeing, to carry a match alone. */
const SHORT_WORD = 4;
/** A single word this long or longer, spelt more alike than this (one slip in six letters or more; a vowel is half a slip), may carry a match alone. */
const LONG_WORD = 5;
const ONE_WORD_SIMILARITY = 0.8;
/** ...or more alike than this where a consonant differs: `Tokaki` is not `Tokami`, where `Tokame` may be. */
const ONE_WORD_CONSONANT_SIMILARITY = 0.84;
/** Shorter than this, such a word misspelt carries a match alone only with nothing else left over. */
const SPECIFIC_WORD = 7;
/** A word this long is as good as a name on its own: its match is not thin evidence. */
const UNIQUE_WORD = 10;
/** Each name has words the other lacks that describe the business (Energy against Shipping): likely two firms. */
const DESCRIPTOR_CONFLICT = 0.08;
/** More so where one name of their own is all they share (`Marvelun Energy`, `Marvelun Shipping`): one trade name, two businesses. */
const DESCRIPTOR_CONFLICT_THIN = 0.12;
/** Each name has a name of its own the other lacks. */
const NAME_CONFLICT = 0.08;
/** A word of the screened name this alike to a generic listed word is that word misspelt (`Trdaing`). */
const MISSPELT_GENERIC = 0.8;
/** Two names written as one word, as alike as an anchor pair. */
const GLUED = 0.95;
/** Initials stand for names as a single initial does (tokenSimilarity). */
const INITIALS = 0.9;
/** A listed word weighing less than this share of a rare word's weight is a common name (on some hundred entities). */
const COMMON_NAME_SHARE = 1.5;
/** A listed person's other names (patronymic, middle names) missing from the screened name cost this share of their weight. */
const LISTED_PERSON_EXTRA = 0.4;
/**
 * An ordinal on each side of a firm's or vessel's name, the rest alike (`Tarnwell Partners IV`,
 * `… V`; a vessel `Lumeo 1`, `Lumeo 2`): the same name numbered otherwise, a sibling of the listed
 * entity, not another name.
 */
const OTHER_ORDINAL = 0.6;

/** A name with the weight of each token, as the index knows it. */
export interface WeightedName extends PreparedName {
  weights: number[];
  totalWeight: number;
  /** Romanisation worlds of a listed name (spelling-similarity.ts), whose own folds apply to it. */
  families?: number;
  /** A listed person: names the screened one leaves out cost less. */
  person?: boolean;
  /** A screened party declared as a firm: its single letters are no initials of a person's names. */
  firm?: boolean;
  /** For a screened name: listed names' families whose folds do not apply to it (foldsNotApplying). */
  foreignFamilies?: number;
  /** For a screened name: the weight from which a listed word is rare (ScreeningIndex.rareWeight). */
  rareWeight?: number;
}

export interface TokenPair {
  screened: string;
  listed: string;
  similarity: number;
  /** A generic word (Trading, Bank, a country): it supports a match, never makes one. */
  generic?: boolean;
}

/** Why two names scored what they did: the evidence an officer reads beside the match. */
export interface NameComparison {
  score: number;
  /** One distinctive word carries the match: thin evidence, which a country mismatch weakens more. */
  thin: boolean;
  method: 'tokens' | 'joined';
  pairs: TokenPair[];
  /** Tokens of either name that found no partner; distinctive ones are what lowered the score. */
  unmatchedScreened: string[];
  unmatchedListed: string[];
  /** Share of each name's weight that was matched (0..1). */
  screenedCoverage: number;
  listedCoverage: number;
}

interface Pair {
  i: number;
  j: number;
  similarity: number;
  /** The next screened token, read with `i` as one word (`Tor Egil` for `Toregil`). */
  nextI?: number;
  /** The next listed token, read with `j` as one word, or spelt by `i`'s initials (`TG` for `Tor Gunnar`). */
  nextJ?: number;
}

interface Scored {
  score: number;
  distinctivePairs: number;
  /** A distinctive word long enough to be nearly unique on its own (`Rosoboronexport`). */
  longWord: boolean;
  method: NameComparison['method'];
  pairs: Pair[];
  screenedCoverage: number;
  listedCoverage: number;
}

/** The score, and whether one distinctive word carries it, for ranking candidates; `compareNames` gives the evidence too. */
export function nameScore(screened: WeightedName, listed: WeightedName): { score: number; thin: boolean } {
  const { score: value, distinctivePairs, longWord } = score(screened, listed);
  return { score: value, thin: distinctivePairs <= 1 && !longWord };
}

/**
 * Token-aware similarity. Tokens pair greedily by Jaro-Winkler on phonetic keys, in any order.
 * Each name's matched weight over its total is its coverage; rare words weigh most, so an
 * unmatched distinctive token costs much and an unmatched generic word little. A paired token
 * weighs what its listed partner weighs, so a misspelt generic word ("Trdaing") is not mistaken
 * for a rare one. Names whose spacing differs are also compared run together. A match of
 * generic words only cannot pass for a match.
 */
export function compareNames(screened: WeightedName, listed: WeightedName): NameComparison {
  const result = score(screened, listed);
  const pairedI = new Set(result.pairs.flatMap((p) => (p.nextI === undefined ? [p.i] : [p.i, p.nextI])));
  const pairedJ = new Set(result.pairs.flatMap((p) => (p.nextJ === undefined ? [p.j] : [p.j, p.nextJ])));
  return {
    score: result.score,
    thin: result.distinctivePairs <= 1 && !result.longWord,
    method: result.method,
    pairs: result.pairs.map(({ i, j, similarity, nextI, nextJ }) => ({
      screened: nextI === undefined ? screened.tokens[i] : `${screened.tokens[i]} ${screened.tokens[nextI]}`,
      listed: nextJ === undefined ? listed.tokens[j] : `${listed.tokens[j]} ${listed.tokens[nextJ]}`,
      similarity: round(similarity),
      ...(listed.generic[j] ? { generic: true } : {}),
    })),
    unmatchedScreened: screened.tokens.filter((_, i) => !pairedI.has(i)),
    unmatchedListed: listed.tokens.filter((_, j) => !pairedJ.has(j)),
    screenedCoverage: round(result.screenedCoverage),
    listedCoverage: round(result.listedCoverage),
  };
}

function score(screened: WeightedName, listed: WeightedName): Scored {
  // A name of generic words only has no margin for fuzziness: its words must be the listed ones.
  const pairs = pairTokens(screened, listed, screened.allGeneric ? 1 : listed.person ? PAIR_MINIMUM : FIRM_PAIR_MINIMUM);
  const pairedI = new Uint8Array(screened.tokens.length);
  const pairedJ = new Uint8Array(listed.tokens.length);
  let matched = 0;
  let screenedTotal = screened.totalWeight;
  let listedTotal = 0;
  const distinctive: Pair[] = [];
  for (const pair of pairs) {
    const { i, j, similarity, nextI, nextJ } = pair;
    pairedI[i] = 1;
    pairedJ[j] = 1;
    // A paired word weighs what its listed partner weighs: a misspelt generic word is not rare.
    const listedWeight = listed.weights[j] + (nextJ === undefined ? 0 : listed.weights[nextJ]);
    screenedTotal += listedWeight - screened.weights[i];
    if (nextI !== undefined) {
      pairedI[nextI] = 1;
      screenedTotal -= screened.weights[nextI];
    }
    if (nextJ !== undefined) pairedJ[nextJ] = 1;
    matched += listedWeight * similarity;
    if (!listed.generic[j]) distinctive.push(pair);
  }
  // Names one side leaves out cost less only where the other side has none of its own: two
  // different patronymics (`Petrovich`, `Nikolaevich`) contradict, one missing does not.
  const screenedAllPaired = !pairedI.includes(0);
  const syllabic = ((screened.families ?? 0) | sharedFamilies(screened, listed)) & SYLLABIC;
  for (let j = 0; j < listed.tokens.length; j++) {
    if (!pairedJ[j] && repeatsPaired(listed, j, pairedJ)) continue;
    listedTotal += listed.weights[j] * (pairedJ[j] || !screenedAllPaired || !isOtherName(listed, j, syllabic) ? 1 : LISTED_PERSON_EXTRA);
  }
  const listedAllPaired = !pairedJ.includes(0);
  for (let i = 0; i < screened.tokens.length; i++) {
    if (pairedI[i]) continue;
    // A word said twice (`Tarasov Tarasov Ilya`) that pairs once costs nothing the second time.
    if (repeatsPaired(screened, i, pairedI)) screenedTotal -= screened.weights[i];
    // A middle name or patronymic the list does not give (`Ilya Petrovich Tarasov`) costs less.
    else if (listedAllPaired && listed.person && screened.person && isOtherScreenedName(screened, listed, i, pairedI, distinctive)) screenedTotal -= screened.weights[i] * (1 - LISTED_PERSON_EXTRA);
  }
  const screenedCoverage = screenedTotal > 0 ? matched / screenedTotal : 0;
  const listedCoverage = listedTotal > 0 ? matched / listedTotal : 0;
  // A weighted geometric mean: a name covering the other while being covered little (`Gumi`
  // against `Yamaguchi-gumi`) scores low, where an average would split the difference; words of
  // the screened name left over count more than the listed name's (lists add aliases' parts).
  const share = listed.person ? SCREENED_SHARE : FIRM_SCREENED_SHARE;
  let value = screened.allGeneric ? Math.min(screenedCoverage, listedCoverage) : screenedCoverage ** share * listedCoverage ** (1 - share);
  if (distinctive.length === 0 && !listed.allGeneric) value = Math.min(value, GENERIC_ONLY_CEILING);
  if (distinctive.length === 1 && restsOnOneWeakWord(screened, listed, distinctive[0], pairedI, pairedJ)) value = Math.min(value, ONE_WORD_CEILING);
  if (listed.person && restsOnOneMisspeltName(screened, listed, distinctive)) value = Math.min(value, ONE_WORD_CEILING);
  if (unpairedGeneric(screened, pairedI) && unpairedGeneric(listed, pairedJ)) value -= distinctive.length === 1 ? DESCRIPTOR_CONFLICT_THIN : DESCRIPTOR_CONFLICT;
  // Two people whose names differ in a name each has (Hyon-bin, Hyon-u): a contradiction, not an omission.
  if (listed.person && unpairedDistinctive(screened, pairedI) && unpairedDistinctive(listed, pairedJ)) value -= NAME_CONFLICT;
  const joined = screened.allGeneric ? 0 : joinedSimilarity(screened, listed);
  const distinctivePairs = distinctive.length;
  const longWord = distinctive.some((p) => listed.tokens[p.j].length >= UNIQUE_WORD);
  return joined > value
    ? { score: joined, distinctivePairs: 2, longWord, method: 'joined', pairs, screenedCoverage, listedCoverage }
    : { score: Math.max(0, value), distinctivePairs, longWord, method: 'tokens', pairs, screenedCoverage, listedCoverage };
}

/**
 * One distinctive word is thin evidence: it carries a match only when spelt alike and long, or
 * short but exact with no other word of either name left over (`BM Technologies` is not
 * `BM Bank`).
 */
function restsOnOneWeakWord(screened: WeightedName, listed: WeightedName, pair: Pair, pairedI: Uint8Array, pairedJ: Uint8Array): boolean {
  const word = listed.tokens[pair.j];
  const bar = consonants(word) === consonants(screened.tokens[pair.i]) ? ONE_WORD_SIMILARITY : ONE_WORD_CONSONANT_SIMILARITY;
  if (pair.similarity < 1 && !(word.length >= LONG_WORD && pair.similarity > bar)) return true;
  const leftOver = pairedI.includes(0) || pairedJ.includes(0);
  // A short word spelt a slip apart is another firm's name as often as a typo (`Temas Resources`,
  // `Tamas Company`); it carries the match only where nothing else of either name disagrees.
  if (pair.similarity < 1 && word.length < SPECIFIC_WORD && leftOver) return true;
  return word.length <= SHORT_WORD && leftOver;
}

/**
 * A person's common given name (`Ali`, `Samir`) tells little: beside it, a surname spelt
 * with other consonants is the only evidence (`Veldrani` is not `Veltrani`); one spelt with
 * other vowels is a romanisation of the same name.
 */
function restsOnOneMisspeltName(screened: WeightedName, listed: WeightedName, distinctive: Pair[]): boolean {
  if (distinctive.length !== 2) return false;
  const uncommon = distinctive.filter((p) => listed.weights[p.j] * COMMON_NAME_SHARE >= (screened.rareWeight ?? 0));
  if (uncommon.length !== 1 || uncommon[0].similarity >= ANCHOR) return false;
  return consonants(screened.tokens[uncommon[0].i]) !== consonants(listed.tokens[uncommon[0].j]);
}

function consonants(word: string): string {
  return word.replace(/[aeiouy]/g, '');
}

/**
 * A listed person's patronymic, middle or tribal name, which declarations often leave out; not a
 * short word, which in a name of syllables (Korean, Chinese) is one syllable of a given name (`Sang-mok`).
 */
function isOtherName(name: WeightedName, j: number, syllabic: number): boolean {
  return !!name.person && name.tokens[j].length >= (syllabic ? 5 : 4);
}

/**
 * A name of the screened person the list does not give: a middle name or patronymic between
 * paired ones (`Ilya Petrovich Tarasov`), or any further name once two rare names agree outright
 * (`Farid Wazir Qarshi Abidi` for listed `Farid Qarshi`); not where common names agree
 * (`Erik Tor Lee` is not listed `Tor Lee`).
 */
function isOtherScreenedName(name: WeightedName, listed: WeightedName, i: number, paired: Uint8Array, distinctive: Pair[]): boolean {
  if (isMiddleName(name, i, paired)) return true;
  if (name.tokens[i].length < 3) return false;
  const rare = name.rareWeight ?? Infinity;
  const rareAnchors = distinctive.filter((p) => p.similarity >= ANCHOR && listed.weights[p.j] >= rare).length;
  return rareAnchors >= 2 || (rareAnchors === 1 && extendsListedName(name, listed, distinctive, i));
}

/**
 * The screened name begins with the whole listed name, spelt alike, and goes on with more
 * (`Samir Qordavi` listed, `Samir Qordavi Velmani` declared: the father's and tribal names lists
 * leave out). Not for names of syllables (Korean, Chinese), where one more is another given name.
 */
function extendsListedName(name: WeightedName, listed: WeightedName, distinctive: Pair[], i: number): boolean {
  if (sharedFamilies(name, listed) & SYLLABIC || distinctive.length < 2 || distinctive.length !== listed.tokens.length) return false;
  if (distinctive.some((p) => p.similarity < ANCHOR || p.nextI !== undefined || p.nextJ !== undefined)) return false;
  const lead = distinctive.map((p) => p.i).sort((a, b) => a - b);
  return lead.every((at, k) => at === k) && i >= lead.length;
}

function isMiddleName(name: WeightedName, i: number, paired: Uint8Array): boolean {
  return name.tokens[i].length >= 5 && paired.subarray(0, i).includes(1) && paired.subarray(i + 1).includes(1);
}

/** A long word said again (`Tarasov Tarasov`); not a syllable, which Korean names repeat (`Chong Chong-un`). */
function repeatsPaired(name: WeightedName, k: number, paired: Uint8Array): boolean {
  return name.tokens[k].length >= 5 && name.tokens.some((t, m) => m !== k && paired[m] && t === name.tokens[k]);
}

function unpairedDistinctive(name: WeightedName, paired: Uint8Array): boolean {
  return name.tokens.some((t, i) => !paired[i] && !name.generic[i] && t.length > 1 && !repeatsPaired(name, i, paired));
}

function unpairedGeneric(name: WeightedName, paired: Uint8Array): boolean {
  return name.tokens.some((t, i) => !paired[i] && name.generic[i]);
}

/** Greedy one-to-one pairing, most similar first; names are a few tokens, so this is cheap. */
function pairTokens(a: WeightedName, b: WeightedName, minimum: number): Pair[] {
  const candidates: Pair[] = [];
  const families = sharedFamilies(a, b);
  for (let i = 0; i < a.keys.length; i++) {
    for (let j = 0; j < b.keys.length; j++) {
      // An initial stands for a person's name, never for a word of a firm's (`K-Media`, `Kora Media`).
      const similarity = (!b.person || a.firm) && a.tokens[i] !== b.tokens[j] && (a.tokens[i].length === 1 || b.tokens[j].length === 1) ? 0 : spellingSimilarity(a.tokens[i], b.tokens[j], families);
      if (similarity >= minimum && (similarity >= MISSPELT_GENERIC || !misreadsGeneric(a, b, i, j))) candidates.push({ i, j, similarity });
    }
  }
  if (candidates.length > 1) candidates.sort((x, y) => y.similarity - x.similarity);
  const pairs: Pair[] = [];
  const usedI = new Uint8Array(a.keys.length);
  const usedJ = new Uint8Array(b.keys.length);
  for (const c of candidates) {
    if (usedI[c.i] || usedJ[c.j]) continue;
    usedI[c.i] = 1;
    usedJ[c.j] = 1;
    pairs.push(c);
  }
  // Once distinctive words match outright, the words left may pair with one slip more: one such
  // word for a firm, two for a person, whose other name would otherwise be the only evidence
  // left (`Ramón Salgado` is not `Ramón Salas`).
  if (minimum < 1 && b.person && !a.firm) pairs.push(...compoundPairs(a, b, usedI, usedJ, families));
  if (minimum < 1 && !b.person) pairs.push(...ordinalPairs(a, b, usedI, usedJ));
  const anchors = pairs.filter((p) => p.similarity >= ANCHOR && !b.generic[p.j]);
  // A person's given name and patronymic are common (`Pavel Andreevich`): one anchor must be rare.
  const rareAnchor = !b.person || anchors.some((p) => b.weights[p.j] >= (a.rareWeight ?? 0));
  if (minimum < 1 && anchors.length >= (b.person ? 2 : 1) && rareAnchor) pairs.push(...loosePairs(a, b, usedI, usedJ, families));
  return pairs;
}

/**
 * A person's two names written as one word on one side (`Tor Egil`, `Toregil`; `Abd
 * Alaziz`, `Abdalaziz`), or as their initials run together (`TG` for `Tor-Gunnar`): the
 * words left unpaired after the one-to-one pass, read as one.
 */
function compoundPairs(a: WeightedName, b: WeightedName, usedI: Uint8Array, usedJ: Uint8Array, families: number): Pair[] {
  const found: Pair[] = [];
  const take = (pair: Pair) => {
    for (const i of [pair.i, pair.nextI]) if (i !== undefined) usedI[i] = 1;
    for (const j of [pair.j, pair.nextJ]) if (j !== undefined) usedJ[j] = 1;
    found.push(pair);
  };
  for (let i = 0; i < a.tokens.length; i++) {
    for (let j = 0; j < b.tokens.length; j++) {
      if (usedI[i] || usedJ[j]) continue;
      const nextI = i + 1 < a.tokens.length && !usedI[i + 1] ? i + 1 : undefined;
      const nextJ = j + 1 < b.tokens.length && !usedJ[j + 1] ? j + 1 : undefined;
      if (nextI !== undefined && gluedAlike(a.tokens[i], a.tokens[nextI], b.tokens[j], families)) take({ i, j, nextI, similarity: GLUED });
      else if (nextJ !== undefined && gluedAlike(b.tokens[j], b.tokens[nextJ], a.tokens[i], families)) take({ i, j, nextJ, similarity: GLUED });
      else if (nextJ !== undefined && spellsInitials(a.tokens[i], b.tokens[j], b.tokens[nextJ])) take({ i, j, nextJ, similarity: INITIALS });
    }
  }
  return found;
}

/** The ordinals left unpaired on both sides, paired as one name's siblings: letters with letters, digits with digits. */
function ordinalPairs(a: WeightedName, b: WeightedName, usedI: Uint8Array, usedJ: Uint8Array): Pair[] {
  const i = a.tokens.findIndex((t, k) => !usedI[k] && isOrdinal(t));
  const j = b.tokens.findIndex((t, k) => !usedJ[k] && isOrdinal(t));
  if (i < 0 || j < 0 || inLetters(a.tokens[i]) !== inLetters(b.tokens[j])) return [];
  usedI[i] = 1;
  usedJ[j] = 1;
  return [{ i, j, similarity: OTHER_ORDINAL }];
}

/** I to XXXIX. */
const NUMERAL_LETTERS = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;

function inLetters(token: string): boolean {
  return NUMERAL_LETTERS.test(token);
}

/** A number of up to three digits, or one in letters up to XXXIX. */
function isOrdinal(token: string): boolean {
  return /^[0-9]{1,3}$/.test(token) || inLetters(token);
}

/** Two names run together make a word this long at least: shorter, they are syllables (`Lee U`, `Ryu`). */
const GLUED_MINIMUM = 6;

function gluedAlike(first: string, second: string, word: string, families: number): boolean {
  const joined = first + second;
  if (Math.min(first.length, second.length) < 2 || Math.min(joined.length, word.length) < GLUED_MINIMUM || Math.abs(joined.length - word.length) > 1) return false;
  return spellingSimilarity(joined, word, families) >= ANCHOR;
}

/** `tg` for `tor gunnar`: two letters that are no syllable (no vowel), each a name's first. */
function spellsInitials(token: string, first: string, second: string): boolean {
  return token.length === 2 && !/[aeiouy]/.test(token) && first.length > 1 && second.length > 1 && token[0] === first[0] && token[1] === second[0];
}

/**
 * A word of the screened name's own against a generic word of the listed one (`Orion` against
 * `Iran`, `Tribe` against `Trade`): paired, the distinctive word would weigh as little as the
 * generic one, so it pairs only as that word's misspelling (one slip), never loosely.
 */
function misreadsGeneric(a: WeightedName, b: WeightedName, i: number, j: number): boolean {
  return b.generic[j] && !a.generic[i];
}

function loosePairs(a: WeightedName, b: WeightedName, usedI: Uint8Array, usedJ: Uint8Array, families: number): Pair[] {
  const found: Pair[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    if (usedI[i]) continue;
    let best: Pair | undefined;
    for (let j = 0; j < b.tokens.length; j++) {
      if (usedJ[j] || misreadsGeneric(a, b, i, j)) continue;
      const similarity = looseSpellingSimilarity(a.tokens[i], b.tokens[j], families);
      if (similarity >= LOOSE_MINIMUM && similarity > (best?.similarity ?? 0)) best = { i, j, similarity };
    }
    if (!best) continue;
    usedI[best.i] = 1;
    usedJ[best.j] = 1;
    found.push(best);
  }
  return found;
}

/**
 * Similarity of two tokens by their phonetic keys, or by their letters where a typo has thrown
 * the keys apart (`nieuo`/`nieto` fold to `niuo`/`nieto`). An initial stands for any word it
 * begins (`P` for `Pavel`), a little below an exact match.
 */
export function tokenSimilarity(keyA: string, keyB: string, tokenA?: string, tokenB?: string): number {
  if (keyA === keyB) return 1;
  if (keyA.length === 1 || keyB.length === 1) return keyA.length !== keyB.length && keyA[0] === keyB[0] ? 0.9 : 0;
  const byKey = jaroWinkler(keyA, keyB);
  return byKey >= TOKEN_MATCH || tokenA === undefined || tokenB === undefined ? byKey : Math.max(byKey, jaroWinkler(tokenA, tokenB));
}

/**
 * `김철삼` (one word, kimcheolsam) against `KIM Cheol Sam`, `TekamoAG` against `Tekamo AG`:
 * compared run together when the token counts differ, by their folded spellings, within one edit
 * per eight letters and starting alike.
 */
function joinedSimilarity(a: WeightedName, b: WeightedName): number {
  const withForms = a.legalForms.length !== b.legalForms.length;
  if (a.tokens.length === b.tokens.length && !withForms) return 0;
  // A person's name runs together when written as one word (김철삼, IvoMarkovic), not when
  // its syllables are parted otherwise (`Lee U-jin`, `Ryu Jin`).
  if (b.person && Math.min(a.tokens.length, b.tokens.length) > 1) return 0;
  const fold = sharedFamilies(a, b) & KOREAN ? (t: string) => koreanKey(spellingKey(t)) : spellingKey;
  const ja = fold(withForms ? a.spelledRunWithForms : a.spelledRun);
  const jb = fold(withForms ? b.spelledRunWithForms : b.spelledRun);
  if (ja[0] !== jb[0]) return 0;
  const longer = Math.max(ja.length, jb.length);
  const allowed = Math.max(1, Math.floor(longer / 8));
  if (longer < 6 || Math.abs(ja.length - jb.length) > allowed) return 0;
  const edits = ja === jb ? 0 : restrictedEdits(ja, jb, allowed);
  if (edits > allowed) return 0;
  // A slip counts against the listed name's own words, not its generic ones: `AsiaGroup` is one
  // letter from `Avia Group`, but one in four of what names the firm.
  const own = b.tokens.reduce((sum, t, j) => sum + (b.generic[j] ? 0 : t.length), 0);
  return 0.96 * (1 - edits / (edits ? Math.min(longer, Math.max(own, SHORT_WORD)) : longer));
}

/** The worlds whose folds apply between a screened and a listed name. */
function sharedFamilies(screened: WeightedName, listed: WeightedName): number {
  return (screened.families ?? 0) | ((listed.families ?? 0) & ~(screened.foreignFamilies ?? 0));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
