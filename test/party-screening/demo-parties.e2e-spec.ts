import { join } from 'node:path';
import { Party } from '@chokepoint/contracts';
import { Allowlist, buildIndexFrom, DEFAULT_MATCH_THRESHOLD, parseListSource, PartyScreener } from '@chokepoint/party-screening';
import { DEMO_PARTIES, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';

jest.setTimeout(120_000);
const DATA = join(__dirname, '../../../shared/data');
const SOURCES = [`ofac-sdn:${DATA}/ofac-sdn`, `ofac-consolidated:${DATA}/ofac-consolidated`, `un-xml:${DATA}/un/consolidated.xml`, `bis-dpl:${DATA}/bis-dpl/dpl.txt`];

/**
 * The demo's parties are ordinary firms except the one meant to be held for a party match: the
 * Rosoboronexport end user, written in Cyrillic, listed on the SDN (and the consolidated list)
 * as ROSOBORONEKSPORT OAO. Every other party must clear; the others held in the demo are held for
 * their country or their goods, never for a name that only resembles a listed one.
 */
const HELD: Record<string, { list: string; matchedName: string }[]> = {
  'АО «Рособоронэкспорт»': [
    { list: 'ofac-sdn', matchedName: 'ROSOBORONEKSPORT OAO' },
    { list: 'ofac-consolidated', matchedName: 'ROSOBORONEKSPORT OAO' },
  ],
};

const all: { role: string; party: Party }[] = Object.entries(DEMO_PARTIES).flatMap(([role, parties]) => parties.map((party) => ({ role, party })));

describe('the demo parties against the four shared lists', () => {
  it('lists every party the sample declarations name', () => {
    const samples = new SampleDeclarations(seededRandom(1), { embargoedShare: 0.5 });
    const named = new Set<string>();
    for (let i = 0; i < 2000; i++) for (const party of Object.values(samples.declaration(new Date(Date.UTC(2026, 0, 1, 0, i))).parties)) if (party) named.add(party.name);
    expect([...named].sort()).toEqual(all.map((p) => p.party.name).sort());
  });

  it(`holds exactly the listed party at the default threshold (${DEFAULT_MATCH_THRESHOLD}) and clears every other`, async () => {
    const screener = new PartyScreener(await buildIndexFrom(SOURCES.map(parseListSource)), new Allowlist(), DEFAULT_MATCH_THRESHOLD);
    // As the sanctioned-party rule screens a declared party: name, country, kind, identifiers.
    const outcome = Object.fromEntries(
      all.map(({ role, party }) => [`${role}: ${party.name} (${party.country})`, screener.matchesFor(party, new Date('2026-11-23T00:00:00Z')).map((m) => ({ list: m.list, matchedName: m.matchedName }))]),
    );
    const expected = Object.fromEntries(all.map(({ role, party }) => [`${role}: ${party.name} (${party.country})`, HELD[party.name] ?? []]));
    expect(outcome).toEqual(expected);
  });
});
