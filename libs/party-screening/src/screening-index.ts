import { ListedEntity, ListedName } from './listed-entity';
import { LoadedList } from './list-source';
import { PreparedName, prepareName } from './prepared-name';
import { identifierKeys } from './identifier-key';
import { slashAliasParts } from './alias-parts';
import { TOKEN_MATCH, tokenSimilarity } from './name-comparison';
import { nameFamilies, romanisationFamilies } from './romanisation-families';
import { ReadingDictionaries, readingsWith } from './readings';
import { ARABIC, consonantSkeleton, spellingKey } from './spelling-similarity';

/** An index key near a screened key, with what the screening needs of it. */
export interface NearKey {
  key: string;
  similarity: number;
  /** Ids of the names holding the key. */
  names: number[];
  /** The key's weight as a distinctive word. */
  weight: number;
}

/** Screened keys whose near keys are remembered: names share their words, so most lookups repeat. */
const NEAR_KEYS_REMEMBERED = 50_000;

/** One name of one listed entity, folded and weighted for comparison. */
export interface IndexedName extends PreparedName {
  entity: number;
  listed: ListedName;
  /** Weight of each token: rarer across the lists weighs more; generic words little. */
  weights: number[];
  totalWeight: number;
  /** The weight of its generic words alone, for bounding a candidate's score before comparing it. */
  genericWeight: number;
  families: number;
  person: boolean;
}

/** How much less a generic word weighs than a distinctive word of the same rarity. */
export const GENERIC_WEIGHT = 0.25;
/**
 * Screened keys this long that are not on the lists are also looked up two deletions deep (the
 * index holds one), so a long word with two typos of which one is an insertion or deletion is
 * still found.
 */
export const DOUBLE_DELETE_FROM = 8;
/** A word on this many entities' names or fewer is rare (rareWeight). */
const RARE_ENTITIES = 10;
/** Run-together keys are indexed only for names short enough to be spelt as one word. */
export const JOINED_MAX_LENGTH = 24;

/**
 * The lists as one searchable structure, built once per list version and then only read, so a
 * reload builds a new index beside the old one and swaps it in (see PartyScreener).
 *
 * Blocking is on tokens: every phonetic key points to the names containing it, and every key of
 * four letters or more is also reachable through its one-deletion variants,
 * the symmetric-delete scheme: a query key and a listed key within one edit share a variant.
 */
export class ScreeningIndex {
  readonly names: IndexedName[] = [];
  /** Key → ids of names with a token (or a run-together name) of that key. */
  readonly postings = new Map<string, number[]>();
  /** Deletion variant → the keys it came from. */
  readonly variants = new Map<string, string[]>();
  /**
   * Consonant skeleton → ids of names of the Arabic-script world holding a word of it: a name
   * read from Arabic script differs from the list's spelling mostly in its vowels.
   */
  readonly skeletons = new Map<string, number[]>();
  /** Every word of every listed name, as spelt: a screened word found here is no misspelling. */
  readonly words = new Set<string>();
  /** Normalised identifier (registration, IMO, passport, e-mail, phone) → entity indexes. */
  readonly identifiers = new Map<string, number[]>();
  private readonly entityFrequency = new Map<string, number>();
  /** Weight of each key as a distinctive word, computed once the lists are all in. */
  private readonly keyWeights = new Map<string, number>();
  private readonly nearKeysMemo = new Map<string, NearKey[]>();
  /** Screened words and the legal-form or generic word each was read as (normalise.ts), for these lists. */
  readonly wordsMeant = new Map<string, string>();
  private buffers?: ScreeningScratch;

  /** Latin readings of a screened name in another script (readings/), with the dictionaries loaded. */
  readonly readings: (name: string, country?: string) => string[];

  private constructor(
    readonly entities: ListedEntity[],
    /** The versions of the lists this index was built from, recorded with every decision. */
    readonly listVersions: string[],
    dictionaries: ReadingDictionaries = {},
  ) {
    this.readings = readingsWith(dictionaries);
    this.rareWeight = Math.log(1 + entities.length / RARE_ENTITIES);
  }

  static fromLists(lists: LoadedList[], dictionaries?: ReadingDictionaries): ScreeningIndex {
    const index = new ScreeningIndex(lists.flatMap((l) => l.entities), lists.map((l) => l.version), dictionaries);
    index.entities.forEach((entity, i) => index.addEntity(entity, i));
    index.weighNames();
    return index;
  }

  /**
   * The same, in slices that give the event loop back between them: a live service rebuilds its
   * index while it goes on screening with the old one.
   */
  static async fromListsInSlices(lists: LoadedList[], dictionaries?: ReadingDictionaries, sliceSize = 500): Promise<ScreeningIndex> {
    const index = new ScreeningIndex(lists.flatMap((l) => l.entities), lists.map((l) => l.version), dictionaries);
    for (let start = 0; start < index.entities.length; start += sliceSize) {
      index.entities.slice(start, start + sliceSize).forEach((entity, i) => index.addEntity(entity, start + i));
      await new Promise((resolve) => setImmediate(resolve));
    }
    index.weighNames();
    return index;
  }

  private weighNames(): void {
    for (const [key, frequency] of this.entityFrequency) this.keyWeights.set(key, Math.log(1 + this.entities.length / frequency));
    this.entityFrequency.clear();
    this.totalWeights = new Float64Array(this.names.length);
    this.genericWeights = new Float64Array(this.names.length);
    this.names.forEach((name, id) => {
      name.weights = name.keys.map((key, i) => this.weightOf(key, name.generic[i]));
      name.totalWeight = this.totalWeights[id] = name.weights.reduce((a, b) => a + b, 0);
      name.genericWeight = this.genericWeights[id] = name.weights.reduce((sum, w, i) => sum + (name.generic[i] ? w : 0), 0);
    });
  }

  /**
   * Each name's total and generic weight by name id, side by side: candidate gathering bounds
   * thousands of names a screening, and reading them from the name objects costs a cache miss each.
   */
  totalWeights = new Float64Array(0);
  genericWeights = new Float64Array(0);

  /** The weight of a word no more than RARE_ENTITIES entities' names hold: as good as a name of its own. */
  readonly rareWeight: number;

  /** Inverse entity frequency: a key most entities share tells little; unseen keys weigh most. */
  weightOf(key: string, generic: boolean): number {
    const idf = this.keyWeights.get(key) ?? Math.log(1 + this.entities.length);
    return generic ? idf * GENERIC_WEIGHT : idf;
  }

  /**
   * Index keys equal to `key` or within the deletions the index holds (one, or two for long
   * screened keys), at least TOKEN_MATCH alike, with their names and weights.
   */
  nearKeys(key: string): NearKey[] {
    // A word spelt as on the lists is taken as meant; only an unknown one is searched deeper.
    const depth = key.length >= DOUBLE_DELETE_FROM && !this.postings.has(key) ? 2 : 1;
    let near = this.nearKeysMemo.get(key);
    if (near) return near;
    near = [];
    const consider = this.considerer(key, near);
    consider(key);
    if (key.length >= 4) {
      for (const k of this.variants.get(key) ?? []) consider(k);
      for (const variant of deletionVariants(key, depth)) {
        consider(variant);
        for (const k of this.variants.get(variant) ?? []) consider(k);
      }
    }
    if (this.nearKeysMemo.size >= NEAR_KEYS_REMEMBERED) this.nearKeysMemo.clear();
    this.nearKeysMemo.set(key, near);
    return near;
  }

  /**
   * For a name run together (`rosoboroneksport` for `Rosoboron Eksport`): index keys equal to it
   * or one letter longer or shorter. Such keys are new with every name, so they are neither
   * remembered nor searched for substitutions, which would cost more than the rest of a screening.
   */
  nearRunTogether(key: string): NearKey[] {
    const near: NearKey[] = [];
    const consider = this.considerer(key, near);
    consider(key);
    for (const k of this.variants.get(key) ?? []) consider(k);
    for (const shorter of deletionVariants(key, 1)) consider(shorter);
    return near;
  }

  /** Adds index keys at least TOKEN_MATCH alike to `key` to `near`, each once. */
  private considerer(key: string, near: NearKey[]): (candidate: string) => void {
    // Few keys are ever found for one word: a list beats a set here.
    const found: string[] = [];
    return (candidate) => {
      const names = this.postings.get(candidate);
      if (!names || found.includes(candidate)) return;
      found.push(candidate);
      const similarity = tokenSimilarity(key, candidate);
      if (similarity >= TOKEN_MATCH) near.push({ key: candidate, similarity, names, weight: this.weightOf(candidate, false) });
    };
  }

  /** Per-name working arrays for one screening at a time (screening is synchronous). */
  scratch(): ScreeningScratch {
    return (this.buffers ??= new ScreeningScratch(this.names.length));
  }

  private addEntity(entity: ListedEntity, entityIndex: number): void {
    const seen = new Set<string>();
    const families = romanisationFamilies(entity);
    const person = entity.kind === 'INDIVIDUAL';
    for (const listed of entity.names) {
      for (const spelling of person ? [listed.name] : [listed.name, ...slashAliasParts(listed.name)]) this.addName(listed, spelling, entityIndex, families, person, seen);
    }
    for (const key of seen) this.entityFrequency.set(key, (this.entityFrequency.get(key) ?? 0) + 1);
    for (const identifier of entity.identifiers) {
      for (const key of identifierKeys(identifier.value)) {
        const entities = this.identifiers.get(key) ?? [];
        if (!entities.includes(entityIndex)) entities.push(entityIndex);
        this.identifiers.set(key, entities);
      }
    }
  }

  /** One spelling of a listed name: the name itself, or one alias of a slash-written list of them. */
  private addName(listed: ListedName, spelling: string, entityIndex: number, families: number, person: boolean, seen: Set<string>): void {
    const prepared = prepareName(spelling, { person });
    if (prepared.keys.length === 0) return;
    const id = this.names.length;
    this.names.push({ ...prepared, entity: entityIndex, listed, weights: [], totalWeight: 0, genericWeight: 0, families: families | (person ? nameFamilies(prepared.tokens) : 0), person });
    for (const token of prepared.tokens) this.words.add(token);
    if (families & ARABIC || person) for (const token of prepared.tokens) this.postSkeleton(token, id);
    for (const key of new Set(prepared.keys)) {
      this.post(key, id);
      seen.add(key);
    }
    if (prepared.keys.length > 1 && prepared.joined.length <= JOINED_MAX_LENGTH) this.post(prepared.joined, id);
    if (prepared.joinedWithForms !== prepared.joined && prepared.joinedWithForms.length <= JOINED_MAX_LENGTH) this.post(prepared.joinedWithForms, id);
  }

  private postSkeleton(token: string, nameId: number): void {
    const skeleton = skeletonKey(token);
    if (!skeleton) return;
    const ids = this.skeletons.get(skeleton);
    if (!ids) this.skeletons.set(skeleton, [nameId]);
    else if (ids[ids.length - 1] !== nameId) ids.push(nameId);
  }

  private post(key: string, nameId: number): void {
    const ids = this.postings.get(key);
    if (ids) {
      if (ids[ids.length - 1] !== nameId) ids.push(nameId);
      return;
    }
    this.postings.set(key, [nameId]);
    if (key.length < 4) return;
    for (const variant of deletionVariants(key, 1)) {
      const keys = this.variants.get(variant);
      if (keys) keys.push(key);
      else this.variants.set(variant, [key]);
    }
  }
}

/** The skeleton a word is indexed under, or undefined for words too short to say much by their consonants. */
export function skeletonKey(token: string): string | undefined {
  if (token.length < 4) return undefined;
  const skeleton = consonantSkeleton(spellingKey(token)).replace(/h$/, '');
  return skeleton.length >= 3 ? skeleton : undefined;
}

/** Every string made by deleting one (and, at depth 2, two) letters; duplicates removed. */
export function deletionVariants(key: string, depth: 1 | 2): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) {
    const once = key.slice(0, i) + key.slice(i + 1);
    out.add(once);
    if (depth === 2) for (let j = i; j < once.length; j++) out.add(once.slice(0, j) + once.slice(j + 1));
  }
  return out;
}

/**
 * Typed arrays indexed by name id, reused across screenings: a generation stamp says which
 * entries belong to the current screening, so nothing is cleared between calls.
 */
export class ScreeningScratch {
  readonly seen: Uint32Array;
  readonly tokenSeen: Uint32Array;
  readonly screenedReached: Float64Array;
  readonly listedReached: Float64Array;
  private generation = 0;
  private token = 0;

  constructor(size: number) {
    this.seen = new Uint32Array(size);
    this.tokenSeen = new Uint32Array(size);
    this.screenedReached = new Float64Array(size);
    this.listedReached = new Float64Array(size);
  }

  next(): number {
    return ++this.generation;
  }

  nextToken(): number {
    return ++this.token;
  }
}
