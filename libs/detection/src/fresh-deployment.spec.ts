import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { DeclarationHistory } from './history/declaration-history';
import { screenDeclaration } from './screen';
import { cleanDeclaration, defaultTestRuleSet, goodsItem } from './test-declarations';
import { CONSIGNEE_PROFILE_RULE_ID } from './rules/consignee-profile.rule';
import { SURGE_RULE_ID } from './rules/surge.rule';
import { UNIT_VALUE_RULE_ID } from './rules/unit-value.rule';

const BASELINE_RULES = [SURGE_RULE_ID, UNIT_VALUE_RULE_ID, CONSIGNEE_PROFILE_RULE_ID];
const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString();

/**
 * The first two weeks of a fresh deployment: an empty history, then high-priority processors
 * to a diversion hub, worth more each day, to consignees never seen before, at prices far apart.
 * Every one of them would look like a surge, a new consignee or an odd price against nothing.
 */
function firstFortnight(): ExportDeclaration[] {
  return Array.from({ length: 28 }, (_, i) => {
    const unitPrice = i % 7 === 6 ? 0.4 : 50;
    return cleanDeclaration({
      declarationId: `FRESH-${i}`,
      submittedAt: day(i / 2),
      destinationCountry: 'AE',
      parties: { exporter: { name: 'Hanbit Electronics Co., Ltd.', country: 'KR' }, consignee: { name: `Gulf Components ${i} LLC`, country: 'AE', kind: 'MANUFACTURER' } },
      items: [goodsItem({ quantity: 4000, value: unitPrice * 4000 })],
    });
  });
}

describe('a fresh deployment', () => {
  it('scores no surge, odd price or new consignee without the history to measure them, and says "no baseline yet"', () => {
    const ruleSet = defaultTestRuleSet();
    const history = new DeclarationHistory(ruleSet.tables);
    const hits: Hit[] = [];
    for (const declaration of firstFortnight()) {
      // As the service and replay do: each declaration is screened against what came before, then kept.
      hits.push(...screenDeclaration(declaration, { ruleSet, history }, new Date(declaration.submittedAt)).hits);
      history.observe(declaration);
    }
    const fromBaselineRules = hits.filter((h) => BASELINE_RULES.includes(h.ruleId));
    expect(fromBaselineRules.filter((h) => (h.score ?? 0) > 0)).toEqual([]);
    const noted = new Set(fromBaselineRules.filter((h) => h.evidence?.baseline === 'none yet').map((h) => h.ruleId));
    expect([...noted].sort()).toEqual([...BASELINE_RULES].sort());
  });
});
