import { jaroWinkler } from './jaro-winkler';
import { PreparedName } from './prepared-name';

/** Two tokens at least this similar (Jaro-Winkler on phonetic keys) count as the same word. */
export const TOKEN_MATCH = 0.86;
/**
 * Within a name already found, tokens down to this similar still pair, for what their similarity
 * is worth: a word with two slips (`Czrlbs`, Carlos) then counts for part of its weight instead
 * of as a stray distinctive word that sinks the match.
 */
const PAIR_MINIMUM = 0.8;
/** How much of the score comes from covering the screened name; the rest from covering the listed one. */
export const SCREENED_SHARE = 0.6;
/** Run-together names compare only when they start alike and differ by about one edit in eight letters. */
const JOINED_MATCH = 0.92;
/** Ceiling for a match made of generic words only, against a name that has distinctive ones. */
const GENERIC_ONLY_CEILING = 0.5;

/** A name with the weight of each token, as the index knows it. */
export interface WeightedName extends PreparedName {
  weights: number[];
  totalWeight: number;
  /**
   * For a screened name: token similarities already computed, per screened token, by listed
   * token. One screening compares the same few tokens with many listed names.
   */
  memo?: Map<string, number>[];
}

export interface TokenPair {
  screened: string;
  listed: string;
  similarity: number;
}

/** Why two names scored what they did: the evidence an officer reads beside the match. */
export interface NameComparison {
  score: number;
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
}

interface Scored {
  score: number;
  method: NameComparison['method'];
  pairs: Pair[];
  screenedCoverage: number;
  listedCoverage: number;
}

/** The score alone, for ranking candidates; `compareNames` gives the evidence too. */
export function nameScore(screened: WeightedName, listed: WeightedName): number {
  return score(screened, listed).score;
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
  const pairedI = new Set(result.pairs.map((p) => p.i));
  const pairedJ = new Set(result.pairs.map((p) => p.j));
  return {
    score: result.score,
    method: result.method,
    pairs: result.pairs.map(({ i, j, similarity }) => ({ screened: screened.tokens[i], listed: listed.tokens[j], similarity: round(similarity) })),
    unmatchedScreened: screened.tokens.filter((_, i) => !pairedI.has(i)),
    unmatchedListed: listed.tokens.filter((_, j) => !pairedJ.has(j)),
    screenedCoverage: round(result.screenedCoverage),
    listedCoverage: round(result.listedCoverage),
  };
}

function score(screened: WeightedName, listed: WeightedName): Scored {
  // A name of generic words only has no margin for fuzziness: its words must be the listed ones.
  const pairs = pairTokens(screened, listed, screened.allGeneric ? 1 : PAIR_MINIMUM);
  let screenedMatched = 0;
  let screenedTotal = screened.totalWeight;
  let listedMatched = 0;
  let distinctiveMatched = false;
  for (const { i, j, similarity } of pairs) {
    screenedTotal += listed.weights[j] - screened.weights[i];
    screenedMatched += listed.weights[j] * similarity;
    listedMatched += listed.weights[j] * similarity;
    distinctiveMatched ||= !listed.generic[j];
  }
  const screenedCoverage = screenedTotal > 0 ? screenedMatched / screenedTotal : 0;
  const listedCoverage = listed.totalWeight > 0 ? listedMatched / listed.totalWeight : 0;
  let value = screened.allGeneric
    ? Math.min(screenedCoverage, listedCoverage)
    : SCREENED_SHARE * screenedCoverage + (1 - SCREENED_SHARE) * listedCoverage;
  if (!distinctiveMatched && !listed.allGeneric) value = Math.min(value, GENERIC_ONLY_CEILING);
  const joined = screened.allGeneric ? 0 : joinedSimilarity(screened, listed);
  return joined > value
    ? { score: joined, method: 'joined', pairs, screenedCoverage, listedCoverage }
    : { score: value, method: 'tokens', pairs, screenedCoverage, listedCoverage };
}

/** Greedy one-to-one pairing, most similar first; names are a few tokens, so this is cheap. */
function pairTokens(a: WeightedName, b: WeightedName, minimum: number): Pair[] {
  const candidates: Pair[] = [];
  for (let i = 0; i < a.keys.length; i++) {
    const memo = a.memo?.[i];
    for (let j = 0; j < b.keys.length; j++) {
      let similarity = memo?.get(b.tokens[j]);
      if (similarity === undefined) {
        similarity = tokenSimilarity(a.keys[i], b.keys[j], a.tokens[i], b.tokens[j]);
        memo?.set(b.tokens[j], similarity);
      }
      if (similarity >= minimum) candidates.push({ i, j, similarity });
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
  return pairs;
}

/**
 * Similarity of two tokens by their phonetic keys, or by their letters where a typo has thrown
 * the keys apart (`nieuo`/`nieto` fold to `niuo`/`nieto`). An initial stands for any word it
 * begins (`J` for `John`), a little below an exact match.
 */
export function tokenSimilarity(keyA: string, keyB: string, tokenA?: string, tokenB?: string): number {
  if (keyA === keyB) return 1;
  if (keyA.length === 1 || keyB.length === 1) return keyA.length !== keyB.length && keyA[0] === keyB[0] ? 0.9 : 0;
  const byKey = jaroWinkler(keyA, keyB);
  return byKey >= TOKEN_MATCH || tokenA === undefined || tokenB === undefined ? byKey : Math.max(byKey, jaroWinkler(tokenA, tokenB));
}

/**
 * `김철삼` (one word, kimjolsam) against `KIM Chol Sam`: compared run together when the token
 * counts differ. Jaro-Winkler alone forgives a whole missing word in a long string, so the two
 * must also start alike and be within one edit per eight letters.
 */
function joinedSimilarity(a: PreparedName, b: PreparedName): number {
  if (a.keys.length === b.keys.length || a.joined[0] !== b.joined[0]) return 0;
  const longer = Math.max(a.joined.length, b.joined.length);
  const allowed = Math.max(1, Math.floor(longer / 8));
  if (Math.abs(a.joined.length - b.joined.length) > allowed) return 0;
  const similarity = jaroWinkler(a.joined, b.joined);
  return similarity >= JOINED_MATCH && levenshteinWithin(a.joined, b.joined, allowed) ? similarity : 0;
}

/** Whether the edit distance is at most `limit` (banded, so cheap for small limits). */
function levenshteinWithin(a: string, b: string, limit: number): boolean {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
