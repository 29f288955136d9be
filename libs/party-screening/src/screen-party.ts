import { identifierKeys } from './identifier-key';
import { EntityKind, ListedEntity, ListedName } from './listed-entity';
import { compareNames, NameComparison, nameScore, SCREENED_SHARE, TOKEN_MATCH, tokenSimilarity, WeightedName } from './name-comparison';
import { prepareName } from './prepared-name';
import { deletionVariants, DOUBLE_DELETE_FROM, JOINED_MAX_LENGTH, ScreeningIndex } from './screening-index';

/** What is known of a party to screen: its name in any script, and what else the declaration says. */
export interface ScreenedParty {
  name: string;
  country?: string;
  /** Registration number, passport, IMO ... and contact details: an exact match is decisive. */
  identifiers?: string[];
  kind?: 'INDIVIDUAL' | 'ORGANISATION';
}

export interface ScreeningOptions {
  /** Matches scoring below this are not reported (0..1). */
  threshold: number;
  /** At most this many matches, best first. */
  limit?: number;
}

/** The score from which a match holds a declaration, unless configured otherwise; see BENCHMARKS.md for the curve. */
export const DEFAULT_MATCH_THRESHOLD = 0.8;

/** Country and kind support or weaken a name match; they never make one. */
export const COUNTRY_SUPPORT = 0.03;
export const COUNTRY_MISMATCH = -0.04;
export const KIND_MISMATCH = -0.05;
/** Only the names reaching the most weight in the index are compared in full. */
const CANDIDATE_LIMIT = 32;
/** A candidate must be reached by at least this share of the screened name's weight... */
const MIN_REACHED_SHARE = 0.34;
/** ...and by most of what the threshold needs (estimates, so with some slack). */
const REACH_SLACK = 0.85;

export interface PartyMatch {
  list: string;
  entryId: string;
  kind: EntityKind;
  programs: string[];
  matchedName: string;
  matchedNameType: ListedName['type'];
  /** 0..1: the name score adjusted by country and kind; 1 for an identifier match. */
  score: number;
  breakdown: MatchBreakdown;
}

export interface MatchBreakdown {
  name: NameComparison | null;
  /** The identifier both share, when that is what matched. */
  identifier?: string;
  country: { screened?: string; listed: string[]; effect: 'supports' | 'weakens' | 'unknown'; adjustment: number };
  kindAdjustment: number;
}

/** Screens one party name against the index: the listed entities it may be, best first. */
export function screenParty(index: ScreeningIndex, party: ScreenedParty, options: ScreeningOptions): PartyMatch[] {
  const prepared = prepareName(party.name);
  const weights = prepared.keys.map((k, i) => index.weightOf(k, prepared.generic[i]));
  const memo = prepared.keys.map(() => new Map<string, number>());
  const screened: WeightedName = { ...prepared, weights, totalWeight: weights.reduce((a, b) => a + b, 0), memo };
  const best = new Map<number, PartyMatch>();
  for (const [entity, identifier] of identifierMatches(index, party)) {
    const listed = index.entities[entity];
    best.set(entity, matchOf(listed, listed.names[0], 1, { name: null, identifier, ...adjustments(listed, party) }));
  }
  // Each entity's best-scoring name; the evidence is written out only for the matches reported.
  const bestName = new Map<number, { nameId: number; score: number }>();
  for (const nameId of screened.keys.length ? candidateNames(index, screened, options.threshold) : []) {
    const listed = index.names[nameId];
    if (best.has(listed.entity)) continue;
    const effects = adjustments(index.entities[listed.entity], party);
    const score = clamp(nameScore(screened, listed) + effects.country.adjustment + effects.kindAdjustment);
    if (score >= options.threshold && score > (bestName.get(listed.entity)?.score ?? 0)) bestName.set(listed.entity, { nameId, score });
  }
  const ranked = [...bestName].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, options.limit ?? 10);
  for (const [entityIndex, { nameId, score }] of ranked) {
    const entity = index.entities[entityIndex];
    best.set(entityIndex, matchOf(entity, index.names[nameId].listed, score, { name: compareNames(screened, index.names[nameId]), ...adjustments(entity, party) }));
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId)).slice(0, options.limit ?? 10);
}

function matchOf(entity: ListedEntity, name: ListedName, score: number, breakdown: MatchBreakdown): PartyMatch {
  return {
    list: entity.list,
    entryId: entity.entryId,
    kind: entity.kind,
    programs: entity.programs,
    matchedName: name.name,
    matchedNameType: name.type,
    score: Math.round(score * 1000) / 1000,
    breakdown,
  };
}

/** Listed entities sharing an identifier with the party, with the party's identifier that matched. */
function identifierMatches(index: ScreeningIndex, party: ScreenedParty): Map<number, string> {
  const found = new Map<number, string>();
  for (const id of party.identifiers ?? []) for (const key of identifierKeys(id)) for (const e of index.identifiers.get(key) ?? []) if (!found.has(e)) found.set(e, id);
  return found;
}

function adjustments(entity: ListedEntity, party: ScreenedParty): Pick<MatchBreakdown, 'country' | 'kindAdjustment'> {
  const listed = entity.countries;
  let country: MatchBreakdown['country'] = { screened: party.country, listed, effect: 'unknown', adjustment: 0 };
  if (party.country && listed.length) {
    const supports = listed.includes(party.country);
    country = { ...country, effect: supports ? 'supports' : 'weakens', adjustment: supports ? COUNTRY_SUPPORT : COUNTRY_MISMATCH };
  }
  const individual = entity.kind === 'INDIVIDUAL';
  const kindKnown = party.kind && entity.kind !== 'UNKNOWN';
  const kindAdjustment = kindKnown && (party.kind === 'INDIVIDUAL') !== individual ? KIND_MISMATCH : 0;
  return { country, kindAdjustment };
}

/**
 * The names worth comparing in full: those sharing a key, or a key within an edit or two, with a
 * distinctive token of the screened name (generic words lead everywhere), ranked by an estimate
 * of their score so that common words (Samir, Ali) do not crowd out the rare.
 */
function candidateNames(index: ScreeningIndex, screened: WeightedName, threshold: number): number[] {
  const scratch = index.scratch();
  const generation = scratch.next();
  const touched: number[] = [];
  for (let i = 0; i < screened.keys.length; i++) {
    if (screened.generic[i]) continue;
    const token = scratch.nextToken();
    for (const [key, similarity] of similarKeys(index, screened.keys[i])) {
      const listedWeight = index.weightOf(key, false) * similarity;
      for (const id of index.postings.get(key)!) {
        if (scratch.tokenSeen[id] === token) continue;
        scratch.tokenSeen[id] = token;
        if (scratch.seen[id] !== generation) {
          scratch.seen[id] = generation;
          scratch.screenedReached[id] = 0;
          scratch.listedReached[id] = 0;
          touched.push(id);
        }
        scratch.screenedReached[id] += screened.weights[i] * similarity;
        scratch.listedReached[id] += listedWeight;
      }
    }
  }
  // Even covering all of the listed name, a candidate reached by less than this cannot pass.
  const floor = screened.totalWeight * Math.max(MIN_REACHED_SHARE, REACH_SLACK * (threshold - (1 - SCREENED_SHARE)) / SCREENED_SHARE);
  const estimates: Array<[number, number]> = [];
  for (const id of touched) {
    if (scratch.screenedReached[id] < floor) continue;
    estimates.push([id, scratch.screenedReached[id] / screened.totalWeight + Math.min(1, scratch.listedReached[id] / index.names[id].totalWeight)]);
  }
  const ranked = estimates.length > CANDIDATE_LIMIT ? estimates.sort((a, b) => b[1] - a[1]).slice(0, CANDIDATE_LIMIT) : estimates;
  const ids = ranked.map(([id]) => id);
  // Spelt as one word here and as several on the list, or the reverse: `Rosoboron Eksport`.
  if (screened.keys.length > 1 && screened.joined.length <= JOINED_MAX_LENGTH) {
    for (const [key] of similarKeys(index, screened.joined, 1)) for (const id of index.postings.get(key)!) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Index keys equal to `key` or within the deletions the index holds, with their similarity. */
function similarKeys(index: ScreeningIndex, key: string, depth: 1 | 2 = key.length >= DOUBLE_DELETE_FROM ? 2 : 1): Map<string, number> {
  const found = new Map<string, number>();
  const consider = (candidate: string) => {
    if (found.has(candidate) || !index.postings.has(candidate)) return;
    const similarity = tokenSimilarity(key, candidate);
    if (similarity >= TOKEN_MATCH) found.set(candidate, similarity);
  };
  consider(key);
  if (key.length < 4) return found;
  for (const k of index.variants.get(key) ?? []) consider(k);
  for (const variant of deletionVariants(key, depth)) {
    consider(variant);
    for (const k of index.variants.get(variant) ?? []) consider(k);
  }
  return found;
}

function clamp(n: number): number {
  return Math.min(1, Math.max(0, n));
}
