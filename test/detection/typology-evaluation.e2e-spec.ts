import { join } from 'node:path';
import { Allowlist, buildIndexFrom, PartyScreener } from '@chokepoint/party-screening';
import { defaultTestRuleSet } from '../../libs/detection/src/test-declarations';
import { generateStream } from '../support/circumvention-stream';
import { evaluateStream } from '../support/detection-evaluation';
import { listedStreets } from '../support/listed-streets';

jest.setTimeout(120_000);

/**
 * The default rule set against a generated half-year of traffic with planted cases of every
 * typology (the stream `npm run bench` reports on): each typology found, clean traffic rarely held.
 */
describe('typology evaluation on a generated stream', () => {
  let lists: PartyScreener;

  beforeAll(async () => {
    const index = await buildIndexFrom([{ format: 'ofac-sdn', location: join(__dirname, '../../../shared/data/ofac-sdn') }]);
    lists = new PartyScreener(index, new Allowlist(), 0.8);
  });

  it.each([7, 21])('holds at least 95 %% of the planted cases of each typology and under 1.5 %% of clean traffic (seed %i)', (seed) => {
    const stream = generateStream({ seed, days: 185, cleanPerDay: 60, casesPerTypology: 30, listedStreets: listedStreets(lists.listedContacts) });
    const result = evaluateStream(stream, defaultTestRuleSet(), lists);
    for (const t of result.typologies) expect({ typology: t.typology, enough: t.targets >= 10, recall: t.recall >= 0.95 }).toEqual({ typology: t.typology, enough: true, recall: true });
    expect(result.clean.declarations).toBeGreaterThan(4000);
    expect(result.clean.falseHoldRate).toBeLessThan(0.015);
  });
});
