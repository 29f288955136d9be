import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { historyDays, resolveRuleSetDocument, ruleSetFrom, RuleSetError } from './rule-set-document';
import { defaultTestRuleSet, SHARED_DATA_DIR } from './test-declarations';

const shippedText = readFileSync(resolve(__dirname, '../rule-sets/default.yaml'), 'utf8');
const readShared = (file: string) => readFileSync(resolve(SHARED_DATA_DIR, file), 'utf8');

/** Object keys in jsonb's order: shorter keys first, then by bytes. */
function asJsonb(value: any): any {
  if (Array.isArray(value)) return value.map(asJsonb);
  if (!value || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, asJsonb(value[k])]));
}

describe('rule set documents', () => {
  it('ships a default rule set with every rule on, every table cited and the CHPL read from the reference data', () => {
    const ruleSet = defaultTestRuleSet();
    expect(ruleSet.version).toBe('default-5');
    expect(ruleSet.rules.map((r) => r.id)).toHaveLength(11);
    expect(ruleSet.tables.chpl.size).toBe(50);
    expect(ruleSet.tables.chpl.get('854231')).toMatchObject({ tier: '1' });
    // The official list of 23 February 2024: machine tools are Tier 4.B.
    expect(ruleSet.tables.chpl.get('845710')).toMatchObject({ tier: '4B' });
    const tables = ruleSet.document.tables;
    for (const table of [...Object.values(tables.countryGroups), tables.chpl, tables.dualUseCorrelation, tables.technologyKeywords, tables.currencyRates]) expect(table.source.length).toBeGreaterThan(20);
    expect(historyDays(ruleSet)).toBe(90);
  });

  it('gives the same content the same digest, and other content another', () => {
    const again = ruleSetFrom(resolveRuleSetDocument(shippedText, readShared));
    expect(again.digest).toBe(defaultTestRuleSet().digest);
    const changed = ruleSetFrom(resolveRuleSetDocument(shippedText.replace('yellowFrom: 40', 'yellowFrom: 45'), readShared));
    expect(changed.digest).not.toBe(again.digest);
  });

  it('round-trips through its resolved document as PostgreSQL stores it (jsonb reorders keys): same digest, same run order', () => {
    const shipped = defaultTestRuleSet();
    const stored = ruleSetFrom(asJsonb(JSON.parse(JSON.stringify(shipped.document))));
    expect(Object.keys(asJsonb(shipped.document).rules)).not.toEqual(Object.keys(shipped.document.rules));
    expect(stored.digest).toBe(shipped.digest);
    expect(stored.rules.map((r) => r.id)).toEqual(shipped.rules.map((r) => r.id));
  });

  it('turns off a rule marked enabled: false, keeping the run order of the others', () => {
    const ruleSet = ruleSetFrom(resolveRuleSetDocument(shippedText.replace('  structuring:\n', '  structuring:\n    enabled: false\n'), readShared));
    expect(ruleSet.rules.map((r) => r.id)).not.toContain('structuring');
    expect(ruleSet.rules[0].id).toBe('sanctioned-party');
  });

  it.each([
    ['an unknown rule', (t: string) => t.replace('  network-link:', '  no-such-rule:'), /unknown rule "no-such-rule"/],
    ['a parameter out of range', (t: string) => t.replace('declaredScore: 70', 'declaredScore: 170'), /strategic-goods-without-licence: declaredScore/],
    ['an unknown parameter', (t: string) => t.replace('windowDays: 30', 'windowDayz: 30'), /structuring.*windowDayz/],
    ['lanes out of order', (t: string) => t.replace('yellowFrom: 40', 'yellowFrom: 90'), /yellowFrom must be below redFrom/],
    ['a table without its source', (t: string) => t.replace(/    source: Indicative rates.*\n/, ''), /tables.currencyRates.source/],
    ['a bad country code', (t: string) => t.replace('[BY, CU, IR, KP, RU, SY]', '[BY, Cuba]'), /countryGroups.embargoed.countries.1/],
    ['text that is not YAML', () => 'version: [', /not YAML or JSON/],
  ])('refuses %s, saying where', (_what, change, message) => {
    expect(() => ruleSetFrom(resolveRuleSetDocument(change(shippedText), readShared))).toThrow(message);
    expect(() => ruleSetFrom(resolveRuleSetDocument(change(shippedText), readShared))).toThrow(RuleSetError);
  });

  it('refuses a CHPL file it cannot read or parse', () => {
    expect(() => resolveRuleSetDocument(shippedText, () => 'code,tier\n1,2')).toThrow(/CHPL table chpl\/chpl-2024-02.csv: .*hs6/);
    expect(() => resolveRuleSetDocument(shippedText, () => { throw new Error('ENOENT'); })).toThrow(/ENOENT/);
  });
});
