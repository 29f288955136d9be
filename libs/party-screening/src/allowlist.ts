import { createHash } from 'node:crypto';
import { prepareName } from './prepared-name';

/** An officer's finding that a party is not a listed entity it resembles. */
export interface AllowlistEntry {
  partyName: string;
  /** ISO alpha-2; absent means the finding holds for the name in any country. */
  partyCountry?: string;
  list: string;
  entryId: string;
  justification: string;
  addedBy: string;
  addedAt: string;
  /** ISO date-time after which the party is screened against the entry again. */
  expiresAt?: string;
}

/**
 * The allowlist as screening reads it: pairs of (party, listed entry) found not to match.
 * Parties are keyed by their folded name, so later declarations spelling the same party
 * differently in case, punctuation or legal form are honoured too.
 */
export class Allowlist {
  private readonly byPair = new Map<string, AllowlistEntry[]>();
  /** `allowlist@<hash>` of the entries, or undefined when empty: it joins the decision identity. */
  readonly version: string | undefined;

  constructor(readonly entries: AllowlistEntry[] = []) {
    for (const entry of entries) {
      const key = pairKey(entry.partyName, entry.list, entry.entryId);
      this.byPair.set(key, [...(this.byPair.get(key) ?? []), entry]);
    }
    const canonical = entries.map((e) => [pairKey(e.partyName, e.list, e.entryId), e.partyCountry ?? '', e.expiresAt ?? ''].join('|')).sort();
    this.version = entries.length ? `allowlist@${createHash('sha256').update(canonical.join('\n')).digest('hex').slice(0, 12)}` : undefined;
  }

  allows(partyName: string, partyCountry: string | undefined, list: string, entryId: string, at: Date): AllowlistEntry | undefined {
    return this.byPair.get(pairKey(partyName, list, entryId))?.find(
      (e) => (!e.partyCountry || e.partyCountry === partyCountry) && (!e.expiresAt || Date.parse(e.expiresAt) > at.getTime()),
    );
  }
}

function pairKey(partyName: string, list: string, entryId: string): string {
  return `${prepareName(partyName).keys.join(' ')}\u001f${list}\u001f${entryId}`;
}
