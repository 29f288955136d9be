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
  perThousand: number;
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
    const reported = alarms.filter((a) => a.party.group === group).length;
    return { group, names, reported, perThousand: (1000 * reported) / names };
  });
}
