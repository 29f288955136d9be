import { Party } from '@chokepoint/contracts';

/** What detection's network-link rule reads of a listed entry (structurally its `ListedContact`). */
interface ListedContact {
  list: string;
  entryId: string;
  name: string;
  programs: string[];
  addresses: { text: string; country?: string }[];
  phones: string[];
  emails: string[];
}
import { Allowlist, AllowlistEntry } from './allowlist';

type AllowlistFinding = Pick<AllowlistEntry, 'justification' | 'addedBy' | 'addedAt' | 'expiresAt'>;
import { loadList, ListSource } from './list-source';
import { PartyMatch, screenParty, ScreenedParty } from './screen-party';
import { ScreeningIndex } from './screening-index';
import { loadReadingDictionaries, ReadingDictionaries } from './readings';

/** Screened parties remembered per index: the same exporters and consignees come back all day. */
const CACHE_LIMIT = 20_000;

/**
 * The live view of the lists: the current index and allowlist, replaced whole when a reload
 * has built new ones, so screening never waits for a reload and never sees half of one.
 */
export class PartyScreener {
  private cache = new Map<string, PartyMatch[]>();
  private contacts?: ListedContact[];

  constructor(
    private index: ScreeningIndex,
    private allowlist: Allowlist,
    private readonly threshold: number,
  ) {}

  get versions(): string[] {
    return [...this.index.listVersions, ...(this.allowlist.version ? [this.allowlist.version] : [])];
  }

  replaceIndex(index: ScreeningIndex): void {
    this.index = index;
    this.cache = new Map();
    this.contacts = undefined;
  }

  /** The listed entries' addresses, phones and e-mails, for network links; one array per index. */
  get listedContacts(): readonly ListedContact[] {
    this.contacts ??= this.index.entities.map((entity) => ({
      list: entity.list,
      entryId: entity.entryId,
      name: entity.names[0]?.name ?? entity.entryId,
      programs: entity.programs,
      addresses: entity.addresses,
      phones: entity.identifiers.filter((i) => i.type === 'PHONE').map((i) => i.value),
      emails: entity.identifiers.filter((i) => i.type === 'EMAIL').map((i) => i.value),
    }));
    return this.contacts;
  }

  /** `allowlist@<hash>`, or undefined while the allowlist is empty. */
  get allowlistVersion(): string | undefined {
    return this.allowlist.version;
  }

  replaceAllowlist(allowlist: Allowlist): void {
    this.allowlist = allowlist;
  }

  /** The party's matches; those an officer allowlisted (as of `at`) carry the officer's finding. */
  matchesFor(party: Party, at: Date): Array<PartyMatch & { allowlisted?: AllowlistFinding }> {
    return this.screen(screenedParty(party)).map((match) => {
      const entry = this.allowlist.allows(party.name, party.country, match.list, match.entryId, at);
      if (!entry) return match;
      const { justification, addedBy, addedAt, expiresAt } = entry;
      return { ...match, allowlisted: { justification, addedBy, addedAt, ...(expiresAt ? { expiresAt } : {}) } };
    });
  }

  screen(party: ScreenedParty): PartyMatch[] {
    const key = JSON.stringify([party.name, party.country, party.identifiers, party.kind]);
    let matches = this.cache.get(key);
    if (!matches) {
      matches = screenParty(this.index, party, { threshold: this.threshold });
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, matches);
    }
    return matches;
  }
}

/** What of a declared party the matcher uses: name, country, identifiers, person or organisation. */
export function screenedParty(party: Party): ScreenedParty {
  const identifiers = [party.partyId, party.email, party.phone].filter((x): x is string => !!x?.trim());
  const kind = party.kind === 'INDIVIDUAL' ? 'INDIVIDUAL' : party.kind && party.kind !== 'UNKNOWN' ? 'ORGANISATION' : undefined;
  return { name: party.name, country: party.country, identifiers, ...(kind ? { kind } : {}) };
}

/**
 * Loads every configured list and builds one index over them, yielding to screening as it goes.
 * With `dictionaries`, names in Han script from JP are read by ENAMDICT's names too.
 */
export async function buildIndexFrom(sources: ListSource[], dictionaries?: ReadingDictionaries): Promise<ScreeningIndex> {
  return ScreeningIndex.fromListsInSlices(await Promise.all(sources.map(loadList)), dictionaries);
}

/** The reading dictionaries when the settings ask for them (PARTY_NAME_DICTIONARIES), else none. */
export async function readingDictionaries(enabled: boolean): Promise<ReadingDictionaries> {
  return enabled ? loadReadingDictionaries() : {};
}
