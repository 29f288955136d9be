import { join } from 'node:path';
import { DeclarationEvent, ExportDeclaration } from '@chokepoint/contracts';
import { DeclarationHistory, PartyLists, RuleSet } from '@chokepoint/detection';
import { Allowlist, buildIndexFrom, parseListSource, PartyScreener } from '@chokepoint/party-screening';
import { ArchivedEvent, ScreeningLedger } from '@chokepoint/persistence';
import type { DataSource } from 'typeorm';
import { planBatch } from '../../apps/screening/src/batch-plan';
import { declarationEvent } from '../../apps/screening/src/demo/sample-declarations';
import { defaultTestRuleSet } from '../../libs/detection/src/test-declarations';
import { generateStream } from './circumvention-stream';

export const SDN = `ofac-sdn:${join(__dirname, '../../../shared/data/ofac-sdn')}`;

/**
 * A generated month and a half of traffic with planted cases, and one consignee that bears a
 * listed entity's name without being it: "Golden Crown Overseas Trading LLC" of Dubai against
 * the SDN's "GOLDEN CROWN OVERSEAS LIMITED" (of the UK), a namesake an officer allowlists.
 */
export function trafficWithLookalike(seed = 3): { events: DeclarationEvent[]; lookalike: ExportDeclaration } {
  const generated = generateStream({ seed, days: 45, cleanPerDay: 12, casesPerTypology: 2, listedStreets: [] }).entries.map((e) => e.declaration);
  const lookalike: ExportDeclaration = {
    ...generated[100],
    declarationId: 'KR-LOOKALIKE-0001',
    revision: 0,
    parties: { ...generated[100].parties, consignee: { name: 'Golden Crown Overseas Trading LLC', country: 'AE', address: 'Al Maktoum Rd, Deira, Dubai', kind: 'TRADER' } },
  };
  return { events: [...generated.slice(0, 101), lookalike, ...generated.slice(101)].map((d) => declarationEvent(d)), lookalike };
}

export async function sdnScreener(): Promise<PartyLists> {
  return new PartyScreener(await buildIndexFrom([parseListSource(SDN)]), new Allowlist(), 0.8);
}

/** Puts events through the live service's own write path: archive, decisions of record, statuses, outbox. */
export async function screenIntoLedger(dataSource: DataSource, events: DeclarationEvent[], at: Date, partyLists?: PartyLists, ruleSet: RuleSet = defaultTestRuleSet()): Promise<void> {
  const history = new DeclarationHistory(ruleSet.tables);
  const archived: ArchivedEvent[] = events.map((event, i) => ({ event, topic: 'customs.declarations.v1', partition: 0, offset: String(i) }));
  const ledger = new ScreeningLedger(dataSource, 'test');
  for (let i = 0; i < archived.length; i += 200) {
    const batch = archived.slice(i, i + 200);
    await ledger.record([...new Set(batch.map((a) => a.event.data.declarationId))], at, (session) =>
      planBatch(batch, session, { screening: { ruleSet, history, ...(partyLists ? { partyLists } : {}) }, history, decisionSource: 'urn:test', topics: { holds: 'screening.holds.v1', clearances: 'screening.clearances.v1' }, now: at }),
    );
  }
}
