import { SCREENED_SHARE, WeightedName } from './name-comparison';
import { GENERIC_WEIGHT, JOINED_MAX_LENGTH, NearKey, ScreeningIndex, ScreeningScratch, skeletonKey } from './screening-index';
import { ARABIC, cyrillicSpelling } from './spelling-similarity';
import { phoneticKey } from './phonetic-key';

/** How alike a word read from Arabic script is to a listed word of the same consonants, for ranking candidates. */
const SKELETON_SIMILARITY = 0.9;
/** Estimates come from index keys, not spellings: a candidate within this much of the threshold is compared. */
const BOUND_SLACK = 0.08;
/** Generic words rank the candidates in hand while there are at most this many. */
const GENERIC_RANKING_LIMIT = 4000;
/** Only the names reaching the most weight in the index are compared in full. */
const CANDIDATE_LIMIT = 48;
/** A candidate must be reached by at least this share of the screened name's weight... */
const MIN_REACHED_SHARE = 0.34;
/** ...and by most of what the threshold needs (estimates, so with some slack). */
const REACH_SLACK = 0.85;

/**
 * The names worth comparing in full: those sharing a key, or a key within an edit or two, with a
 * distinctive token of the screened name (generic words lead everywhere), ranked by an estimate
 * of their score so that common words (Samir, Ali) do not crowd out the rare.
 */
export function candidateNames(index: ScreeningIndex, screened: WeightedName, threshold: number): number[] {
  const scratch = index.scratch();
  const generation = scratch.next();
  const touched: number[] = [];
  // Even covering all of the listed name, a candidate reached by less than this cannot pass.
  const floor = screened.totalWeight * Math.max(MIN_REACHED_SHARE, REACH_SLACK * threshold ** (1 / SCREENED_SHARE));
  // Rarest words first. Once the words left weigh less than the floor, a name that none of the
  // words so far reached cannot pass, so a common word's long list is only checked against the
  // names already in hand instead of walked.
  const distinctive = screened.keys.map((_, i) => i).filter((i) => !screened.generic[i]).sort((a, b) => screened.weights[b] - screened.weights[a]);
  let unwalked = distinctive.reduce((sum, i) => sum + screened.weights[i], 0);
  for (const i of distinctive) {
    const admitsNew = unwalked >= floor;
    unwalked -= screened.weights[i];
    const token = scratch.nextToken();
    const reach = (id: number, similarity: number, listedWeight: number) => {
      scratch.tokenSeen[id] = token;
      scratch.screenedReached[id] += screened.weights[i] * similarity;
      scratch.listedReached[id] += listedWeight;
    };
    for (const { similarity, names, weight } of nearWords(index, screened, i)) {
      const listedWeight = weight * similarity;
      if (!admitsNew) {
        forTouchedIn(names, touched, scratch, generation, (id) => scratch.tokenSeen[id] !== token && reach(id, similarity, listedWeight));
        continue;
      }
      for (const id of names) {
        if (scratch.tokenSeen[id] === token) continue;
        if (scratch.seen[id] !== generation) {
          scratch.seen[id] = generation;
          scratch.screenedReached[id] = 0;
          scratch.listedReached[id] = 0;
          touched.push(id);
        }
        reach(id, similarity, listedWeight);
      }
    }
  }
  // Generic words lead everywhere, so they admit no new names; but they rank those in hand, so
  // that the name sharing them (`Tan Lok Electronic Industry`) is compared before one that does not.
  // With no more candidates than are compared anyway, ranking them is wasted: the floor then
  // counts the generic words as if they all matched.
  const ranking = touched.length > CANDIDATE_LIMIT && touched.length <= GENERIC_RANKING_LIMIT;
  const genericSlack = ranking ? 0 : screened.keys.reduce((sum, _, i) => sum + (screened.generic[i] ? screened.weights[i] : 0), 0);
  if (ranking) {
    for (let i = 0; i < screened.keys.length; i++) {
      if (!screened.generic[i]) continue;
      const token = scratch.nextToken();
      for (const { similarity, names, weight } of index.nearKeys(screened.keys[i])) {
        forTouchedIn(names, touched, scratch, generation, (id) => {
          if (scratch.tokenSeen[id] === token) return;
          scratch.tokenSeen[id] = token;
          scratch.screenedReached[id] += screened.weights[i] * similarity;
          scratch.listedReached[id] += weight * GENERIC_WEIGHT * similarity;
        });
      }
    }
  }
  const estimates: Array<[number, number]> = [];
  const { totalWeights, genericWeights } = index;
  for (const id of touched) {
    if (scratch.screenedReached[id] + genericSlack < floor) continue;
    const screenedShare = Math.min(1, (scratch.screenedReached[id] + genericSlack) / screened.totalWeight);
    // At best every generic word of the listed name matches too; a name that cannot reach the
    // threshold even so is not worth comparing in full.
    const listedShare = Math.min(1, (scratch.listedReached[id] + (ranking ? 0 : genericWeights[id])) / totalWeights[id]);
    if (!mayReach(screenedShare, listedShare, threshold - BOUND_SLACK)) continue;
    estimates.push([id, scratch.screenedReached[id] / screened.totalWeight + Math.min(1, scratch.listedReached[id] / totalWeights[id])]);
  }
  const ranked = estimates.length > CANDIDATE_LIMIT ? estimates.sort((a, b) => b[1] - a[1]).slice(0, CANDIDATE_LIMIT) : estimates;
  const ids = ranked.map(([id]) => id);
  // Spelt as one word here and as several on the list, or the reverse: `Rosoboron Eksport`.
  // A legal form written onto a one-word name (`AcmeGmbH`) is looked for run together too.
  for (const joined of [screened.keys.length > 1 ? screened.joined : screened.joinedWithForms !== screened.joined ? screened.joinedWithForms : '']) {
    if (!joined || joined.length > JOINED_MAX_LENGTH) continue;
    for (const { names } of index.nearRunTogether(joined)) for (const id of names) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Whether the weighted geometric mean of the two shares reaches `bound`. The arithmetic mean is
 * never below it, so most names fall short without the exponents being taken.
 */
function mayReach(screenedShare: number, listedShare: number, bound: number): boolean {
  if (SCREENED_SHARE * screenedShare + (1 - SCREENED_SHARE) * listedShare < bound) return false;
  return screenedShare ** SCREENED_SHARE * listedShare ** (1 - SCREENED_SHARE) >= bound;
}

/** The index's words near a screened word; for a name read from Arabic script, also those of its consonants. */
function nearWords(index: ScreeningIndex, screened: WeightedName, i: number): Array<Pick<NearKey, 'similarity' | 'names' | 'weight'>> {
  const near = withCyrillicSpelling(index, screened, i);
  const skeleton = (screened.families ?? 0) & ARABIC ? skeletonKey(screened.tokens[i]) : undefined;
  const names = skeleton && index.skeletons.get(skeleton);
  return names ? [...near, { similarity: SKELETON_SIMILARITY, names, weight: index.weightOf(screened.keys[i], false) }] : near;
}

/**
 * Calls `visit` for each name in hand that a posting list holds: by looking each one up in the
 * list, or by walking the list, whichever is fewer steps (a common word's list is long, a rare
 * word's short; the names in hand may be a few or thousands).
 */
function forTouchedIn(names: number[], touched: number[], scratch: ScreeningScratch, generation: number, visit: (id: number) => void): void {
  if (names.length < touched.length * Math.log2(names.length + 2)) {
    for (const id of names) if (scratch.seen[id] === generation) visit(id);
  } else {
    for (const id of touched) if (holds(names, id)) visit(id);
  }
}

/**
 * A person's word in a Baltic spelling of a Russian name (`Matvejs`, `Volkovs`) is also looked
 * up as Russian romanisations spell it (`Matvei`): two letters apart, the index would not reach
 * it, where scoring folds them for a listed name of the Cyrillic world.
 */
function withCyrillicSpelling(index: ScreeningIndex, screened: WeightedName, i: number): NearKey[] {
  const near = index.nearKeys(screened.keys[i]);
  if (!screened.person) return near;
  const russian = cyrillicSpelling(screened.tokens[i]);
  if (russian === screened.tokens[i]) return near;
  const more = index.nearKeys(phoneticKey(russian)).filter((k) => !near.some((n) => n.key === k.key));
  return more.length ? [...near, ...more] : near;
}

/** Binary search: posting lists hold name ids in ascending order. */
function holds(names: number[], id: number): boolean {
  let low = 0;
  let high = names.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (names[middle] === id) return true;
    if (names[middle] < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

