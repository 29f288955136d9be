import { identifierKeys } from './identifier-key';
import { EntityKind, ListedEntity, ListedName } from './listed-entity';
import { compareNames, NameComparison, nameScore, WeightedName } from './name-comparison';
import { candidateNames } from './candidate-names';
import { prepareName } from './prepared-name';
import { ScreeningIndex } from './screening-index';
import { foldsNotApplying, nameFamilies, scriptFamilies } from './romanisation-families';
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
export const COUNTRY_MISMATCH_THIN = -0.21;
/** A firm named like a listed person, or the reverse: Korean and Chinese firms often have given names. */
export const KIND_MISMATCH = -0.12;
/** A declared exporter, consignee or end user is a person or a firm, never a ship or an aircraft. */
export const CRAFT_MISMATCH = -0.25;
/**
 * Candidates are gathered as for this threshold at most, whatever the threshold asked: the index
 * reaches a name through keys alike at the letters, where scoring also pairs words a slip or two
 * apart (`Tarasof`, `Tarasov`), so a floor raised with the threshold drops names that scoring passes.
 * Lower still for a name read from another script, whose vowels the reading guesses. Measured
 * (BENCHMARKS.md): below these, no more name_bench pairs are found at 0.80, only slower.
 */
const CANDIDATE_THRESHOLD = 0.7;
const READ_CANDIDATE_THRESHOLD = 0.5;
/** A short word of the screened name that no list knows weighs this share of an unknown word (a stray particle or typo). */
const SHORT_UNKNOWN_WEIGHT = 0.6;

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
  /** The Latin reading of a name in another script that matched (`Lee Sun-ho` for 이순호). */
  reading?: string;
  country: { screened?: string; listed: string[]; effect: 'supports' | 'weakens' | 'unknown'; adjustment: number };
  kindAdjustment: number;
}

/**
 * Screens one party name against the index: the listed entities it may be, best first. A name
 * in another script is also screened as each of its Latin readings (이순호 as Lee Sun-ho), and
 * each entity keeps its best.
 */
export function screenParty(index: ScreeningIndex, party: ScreenedParty, options: ScreeningOptions): PartyMatch[] {
  const best = new Map<number, PartyMatch>();
  for (const [entity, identifier] of identifierMatches(index, party)) {
    const listed = index.entities[entity];
    best.set(entity, matchOf(listed, listed.names[0], 1, { name: null, identifier, ...adjustments(listed, party) }));
  }
  const families = scriptFamilies(party.name);
  // Each entity's best-scoring name; the evidence is written out only for the matches reported.
  const bestName = new Map<number, { nameId: number; score: number; screened: WeightedName; reading?: string }>();
  const spellings = new Set<string>();
  for (const reading of [undefined, ...index.readings(party.name, party.country)]) {
    const screened = weighed(index, reading ?? party.name, party, families);
    // Readings that fold to the same words as one already screened add nothing.
    const spelling = screened.tokens.join(' ');
    if (spellings.has(spelling)) continue;
    spellings.add(spelling);
    const gatherAt = Math.min(options.threshold, families || reading || hasInitials(screened) ? READ_CANDIDATE_THRESHOLD : CANDIDATE_THRESHOLD);
    for (const nameId of screened.keys.length ? candidateNames(index, screened, gatherAt) : []) {
      const listed = index.names[nameId];
      if (best.has(listed.entity)) continue;
      const name = nameScore(screened, listed);
      const adjustment = party.country || party.kind ? totalAdjustment(adjustments(index.entities[listed.entity], party, name.thin)) : 0;
      const score = clamp(name.score + adjustment);
      if (score >= options.threshold && score > (bestName.get(listed.entity)?.score ?? 0)) bestName.set(listed.entity, { nameId, score, screened, reading });
    }
  }
  const ranked = [...bestName].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, options.limit ?? 10);
  for (const [entityIndex, { nameId, score, screened, reading }] of ranked) {
    const entity = index.entities[entityIndex];
    const name = compareNames(screened, index.names[nameId]);
    best.set(entityIndex, matchOf(entity, index.names[nameId].listed, score, { name, ...(reading ? { reading } : {}), ...adjustments(entity, party, name.thin) }));
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId)).slice(0, options.limit ?? 10);
}

/**
 * A person's initials (`TG`, `T`): scoring reads them as the names they begin, which the index
 * cannot, so the names they may stand for are gathered as for a name read from another script.
 */
function hasInitials(screened: WeightedName): boolean {
  return !!screened.person && screened.tokens.length > 1 && screened.tokens.some((t) => t.length <= 2 && !/[aeiouy]/.test(t));
}

/** The name folded and weighed as the index knows its words; `families` are those of the party's own script. */
function weighed(index: ScreeningIndex, spelling: string, party: ScreenedParty, families: number): WeightedName {
  const person = party.kind === 'INDIVIDUAL';
  const prepared = prepareName(spelling, { isListedWord: (word) => index.words.has(word), person, meant: index.wordsMeant });
  const weights = prepared.keys.map((k, i) => index.weightOf(k, prepared.generic[i]) * (k.length <= 3 && !index.postings.has(k) ? SHORT_UNKNOWN_WEIGHT : 1));
  return Object.assign(prepared, { weights, totalWeight: weights.reduce((a, b) => a + b, 0), families, person, firm: party.kind === 'ORGANISATION', rareWeight: index.rareWeight, foreignFamilies: foldsNotApplying(party.country, families) });
}

function matchOf(entity: ListedEntity, name: ListedName, score: number, breakdown: MatchBreakdown): PartyMatch {
  const { severity, reasons } = severityOf(breakdown);
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

function totalAdjustment(effects: Pick<MatchBreakdown, 'country' | 'kindAdjustment'>): number {
  return effects.country.adjustment + effects.kindAdjustment;
}

/**
 * 0..1, to the thousandth below: the threshold is compared with the score an officer reads, and
 * a score a rounding error short of it (0.79999…) reads 0.799, not 0.800.
 */
function clamp(n: number): number {
  return Math.floor(Math.min(1, Math.max(0, n)) * 1000 + 1e-9) / 1000;
}
