import { PartyMatch, ScreeningIndex, screenParty } from '@chokepoint/party-screening';
import { OrdinaryParty } from './corpora';

export interface FalseAlarm {
  party: OrdinaryParty;
  best: PartyMatch;
}

export interface GroupFigures {
  group: string;
  names: number;
  reported: number;
  /** Reports that are most likely right: the whole name exactly, in the listed entity's own country. */
  listedThemselves: number;
  perThousand: number;
}

/**
 * A large listed company can itself be on a sectoral list (Chinese military-industrial firms on
 * the consolidated list): the whole name, letter for letter, in the listed entry's country.
 * These are reported apart, by name, for a reader to check, and not counted as false alarms.
 */
export function listedItself({ best }: FalseAlarm): boolean {
  const name = best.breakdown.name;
  return best.breakdown.country.effect === 'supports' && !!name && !name.unmatchedScreened.length && !name.unmatchedListed.length && name.pairs.every((p) => p.similarity === 1);
}

/** Screens each ordinary party with what a declaration says of it (country, kind); any report is a false alarm. */
export function screenOrdinary(index: ScreeningIndex, parties: OrdinaryParty[], threshold: number): FalseAlarm[] {
  const alarms: FalseAlarm[] = [];
  for (const party of parties) {
    const [best] = screenParty(index, { name: party.name, country: party.country, kind: party.kind }, { threshold, limit: 1 });
    if (best) alarms.push({ party, best });
  }
  return alarms;
}

export function byGroup(parties: OrdinaryParty[], alarms: FalseAlarm[]): GroupFigures[] {
  const groups = [...new Set(parties.map((p) => p.group))];
  return groups.map((group) => {
    const names = parties.filter((p) => p.group === group).length;
    const of = alarms.filter((a) => a.party.group === group);
    const listedThemselves = of.filter(listedItself).length;
    const reported = of.length - listedThemselves;
    return { group, names, reported, listedThemselves, perThousand: (1000 * reported) / names };
  });
}
