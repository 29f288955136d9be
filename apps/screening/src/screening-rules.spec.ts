import pino from 'pino';
import { DeclarationEvent } from '@chokepoint/contracts';
import { DeclarationArchive, RuleSetStore } from '@chokepoint/persistence';
import { adjustedRuleSet, cleanDeclaration, defaultTestRuleSet, goodsItem } from '../../../libs/detection/src/test-declarations';
import { ScreeningRules } from './screening-rules';

/** An archive in memory: rows with ids, some archived by this instance, some not yet visible. */
class FakeArchive {
  rows: { id: string; event: DeclarationEvent; by: string; visible: boolean }[] = [];
  async latestEventTime() {
    return undefined;
  }
  async *eventsFrom() {}
  async lastId() {
    return '0';
  }
  async eventsAfter(afterId: string, ids: string[], reader: string) {
    return this.rows
      .filter((r) => r.visible && (BigInt(r.id) > BigInt(afterId) || ids.includes(r.id)))
      .map((r) => ({ id: r.id, ...(r.by === reader ? {} : { event: r.event }) }));
  }
  async confirmedHoldsAfter() {
    return [];
  }
  add(id: number, declarationId: string, by: string, visible = true): void {
    const data = cleanDeclaration({ declarationId, destinationCountry: 'KZ', parties: { exporter: { name: 'Exporter', country: 'KR' }, consignee: { name: `Buyer ${declarationId}`, country: 'KZ' } }, items: [goodsItem()] });
    this.rows.push({ id: String(id), by, visible, event: { specversion: '1.0', id: declarationId, source: 'test', type: 'customs.export-declaration.submitted.v1', time: data.submittedAt, data } });
  }
}

function fakeStore(initial?: ReturnType<typeof defaultTestRuleSet>) {
  let active = initial ? { ruleSet: { version: initial.version, digest: initial.digest, document: initial.document }, activation: { activatedBy: 'a', reason: 'r' } } : undefined;
  const activations: string[] = [];
  return {
    activations,
    setActive: (ruleSet: ReturnType<typeof defaultTestRuleSet>) => (active = { ruleSet: { version: ruleSet.version, digest: ruleSet.digest, document: ruleSet.document }, activation: { activatedBy: 'analyst', reason: 'test' } }),
    store: {
      active: async () => active,
      activate: async (ruleSet: { version: string }) => void activations.push(ruleSet.version),
    } as unknown as RuleSetStore,
  };
}

const start = (store: RuleSetStore, archive: FakeArchive) =>
  ScreeningRules.start({ store, archive: archive as unknown as DeclarationArchive, bootstrap: defaultTestRuleSet, refreshSeconds: 3600, instanceId: 'me', logger: pino({ level: 'silent' }), now: () => new Date('2026-11-20T00:00:00Z') });

describe('ScreeningRules', () => {
  it('activates the configured rule set, on record, when none is active', async () => {
    const { store, activations } = fakeStore();
    const rules = await start(store, new FakeArchive());
    expect(activations).toEqual(['default-5']);
    expect(rules.ruleSet.version).toBe('default-5');
    rules.stop();
  });

  it('takes in other instances\' events, skips its own once caught up, and re-reads gaps left by open transactions', async () => {
    const { store } = fakeStore(defaultTestRuleSet());
    const archive = new FakeArchive();
    const rules = await start(store, archive);
    await rules.catchUp();
    await rules.catchUp(); // past the first catch-ups that read everything after a (re)build
    archive.add(1, 'OTHER-1', 'them');
    archive.add(2, 'OPEN-2', 'them', false);
    archive.add(3, 'MINE-3', 'me');
    await rules.catchUp();
    expect(rules.history.size.sensitiveDeclarations).toBe(1);
    archive.rows[1].visible = true;
    await rules.catchUp();
    expect(rules.history.size.sensitiveDeclarations).toBe(2);
    expect(rules.history.hubFlow('KZ', 0, Date.now(), 'x').declarations).toBe(2);
    rules.stop();
  });

  it('switches to a newly activated rule set with a history of its own, reading its own events again', async () => {
    const { store, setActive } = fakeStore(defaultTestRuleSet());
    const archive = new FakeArchive();
    const rules = await start(store, archive);
    await rules.catchUp();
    await rules.catchUp();
    const before = rules.history;
    setActive(adjustedRuleSet((d) => ({ ...d, version: 'next' })));
    archive.add(1, 'MINE-1', 'me');
    await rules.refresh();
    expect(rules.ruleSet.version).toBe('next');
    expect(rules.history).not.toBe(before);
    expect(rules.history.size.sensitiveDeclarations).toBe(1);
    rules.stop();
  });
});
