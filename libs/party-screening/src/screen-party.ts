import { identifierKeys } from './identifier-key';
import { EntityKind, ListedEntity, ListedName } from './listed-entity';
import { compareNames, NameComparison, nameScore, SCREENED_SHARE, WeightedName } from './name-comparison';
import { prepareName } from './prepared-name';
import { GENERIC_WEIGHT, JOINED_MAX_LENGTH, ScreeningIndex } from './screening-index';
import { scriptFamilies } from './romanisation-families';
import { MatchSeverity, severityOf } from './match-severity';

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
/** Where one distinctive word carries the match, another country says more: many firms share one word. */
export const COUNTRY_MISMATCH_THIN = -0.15;
/** A firm named like a listed person, or the reverse: Korean and Chinese firms often bear given names. */
export const KIND_MISMATCH = -0.12;
/** A declared exporter, consignee or end user is a person or a firm, never a ship or an aircraft. */
export const CRAFT_MISMATCH = -0.2;
/** A short word of the screened name that no list knows weighs this share of an unknown word (a stray particle or typo). */
const SHORT_UNKNOWN_WEIGHT = 0.6;
/** Generic words rank the candidates in hand while there are at most this many. */
const GENERIC_RANKING_LIMIT = 4000;
/** Only the names reaching the most weight in the index are compared in full. */
const CANDIDATE_LIMIT = 48;
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
  /** How strong the evidence is, and so how firmly the match holds (see match-severity.ts). */
  severity: MatchSeverity;
  /** Why the severity is what it is, in words an officer reads ("rests on one distinctive word"). */
  severityReasons: string[];
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
  const prepared = prepareName(party.name, { isListedWord: (word) => index.words.has(word), person: party.kind === 'INDIVIDUAL' });
  const weights = prepared.keys.map((k, i) => index.weightOf(k, prepared.generic[i]) * (k.length <= 3 && !index.postings.has(k) ? SHORT_UNKNOWN_WEIGHT : 1));
  const memo = prepared.keys.map(() => new Map<string, number>());
  const screened: WeightedName = Object.assign(prepared, { weights, totalWeight: weights.reduce((a, b) => a + b, 0), memo, families: scriptFamilies(party.name), person: party.kind === 'INDIVIDUAL' });
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
    const name = nameScore(screened, listed);
    const adjustment = party.country || party.kind ? totalAdjustment(adjustments(index.entities[listed.entity], party, name.thin)) : 0;
    const score = clamp(name.score + adjustment);
    if (score >= options.threshold && score > (bestName.get(listed.entity)?.score ?? 0)) bestName.set(listed.entity, { nameId, score });
  }
  const ranked = [...bestName].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, options.limit ?? 10);
  for (const [entityIndex, { nameId, score }] of ranked) {
    const entity = index.entities[entityIndex];
    const name = compareNames(screened, index.names[nameId]);
    best.set(entityIndex, matchOf(entity, index.names[nameId].listed, score, { name, ...adjustments(entity, party, name.thin) }));
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId)).slice(0, options.limit ?? 10);
}

function matchOf(entity: ListedEntity, name: ListedName, score: number, breakdown: MatchBreakdown): PartyMatch {
  const { severity, reasons } = severityOf(score, breakdown);
  return {
    list: entity.list,
    entryId: entity.entryId,
    kind: entity.kind,
    programs: entity.programs,
    matchedName: name.name,
    matchedNameType: name.type,
    score: Math.round(score * 1000) / 1000,
    severity,
    severityReasons: reasons,
    breakdown,
  };
}

/** Listed entities sharing an identifier with the party, with the party's identifier that matched. */
function identifierMatches(index: ScreeningIndex, party: ScreenedParty): Map<number, string> {
  const found = new Map<number, string>();
  for (const id of party.identifiers ?? []) for (const key of identifierKeys(id)) for (const e of index.identifiers.get(key) ?? []) if (!found.has(e)) found.set(e, id);
  return found;
}

function adjustments(entity: ListedEntity, party: ScreenedParty, thin = false): Pick<MatchBreakdown, 'country' | 'kindAdjustment'> {
  const listed = entity.countries;
  let country: MatchBreakdown['country'] = { screened: party.country, listed, effect: 'unknown', adjustment: 0 };
  if (party.country && listed.length) {
    const supports = listed.includes(party.country);
    country = { ...country, effect: supports ? 'supports' : 'weakens', adjustment: supports ? COUNTRY_SUPPORT : thin ? COUNTRY_MISMATCH_THIN : COUNTRY_MISMATCH };
  }
  return { country, kindAdjustment: kindAdjustment(entity, party) };
}

function kindAdjustment(entity: ListedEntity, party: ScreenedParty): number {
  if (!party.kind || entity.kind === 'UNKNOWN') return 0;
  if (entity.kind === 'VESSEL' || entity.kind === 'AIRCRAFT') return CRAFT_MISMATCH;
  return (party.kind === 'INDIVIDUAL') !== (entity.kind === 'INDIVIDUAL') ? KIND_MISMATCH : 0;
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
    for (const { similarity, names, weight } of index.nearKeys(screened.keys[i])) {
      const listedWeight = weight * similarity;
      if (!admitsNew) {
        for (const id of touched) if (scratch.tokenSeen[id] !== token && holds(names, id)) reach(id, similarity, listedWeight);
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
  // that the name sharing them (`Hong Pang Electronic Industry`) is compared before one that does not.
  if (touched.length <= GENERIC_RANKING_LIMIT) {
    for (let i = 0; i < screened.keys.length; i++) {
      if (!screened.generic[i]) continue;
      const token = scratch.nextToken();
      for (const { similarity, names, weight } of index.nearKeys(screened.keys[i])) {
        for (const id of touched) {
          if (scratch.tokenSeen[id] === token || !holds(names, id)) continue;
          scratch.tokenSeen[id] = token;
          scratch.screenedReached[id] += screened.weights[i] * similarity;
          scratch.listedReached[id] += weight * GENERIC_WEIGHT * similarity;
        }
      }
    }
  }
  const estimates: Array<[number, number]> = [];
  for (const id of touched) {
    if (scratch.screenedReached[id] < floor) continue;
    estimates.push([id, scratch.screenedReached[id] / screened.totalWeight + Math.min(1, scratch.listedReached[id] / index.names[id].totalWeight)]);
  }
  const ranked = estimates.length > CANDIDATE_LIMIT ? estimates.sort((a, b) => b[1] - a[1]).slice(0, CANDIDATE_LIMIT) : estimates;
  const ids = ranked.map(([id]) => id);
  // Spelt as one word here and as several on the list, or the reverse: `Rosoboron Eksport`.
  for (const joined of new Set([screened.keys.length > 1 ? screened.joined : '', screened.joinedWithForms !== screened.joined ? screened.joinedWithForms : ''])) {
    if (!joined || joined.length > JOINED_MAX_LENGTH) continue;
    for (const { names } of index.nearRunTogether(joined)) for (const id of names) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
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

function totalAdjustment(effects: Pick<MatchBreakdown, 'country' | 'kindAdjustment'>): number {
  return effects.country.adjustment + effects.kindAdjustment;
}

function clamp(n: number): number {
  return Math.min(1, Math.max(0, n));
}
