import { resolve } from 'node:path';
import { ExportDeclaration, GoodsItem, Hit } from '@chokepoint/contracts';
import { readRuleSetFile } from './rule-set-file';
import { ruleSetFrom } from './rule-set-document';
import { Rule, RuleSet } from './rule-set';
import { ruleEnvironment, ScreeningInputs } from './screen';

/** A clean declaration for tests: Korean exporter, Swedish consignee, no controlled goods. */
export function cleanDeclaration(overrides: Partial<ExportDeclaration> = {}): ExportDeclaration {
  return {
    declarationId: 'KR-TEST-0001',
    revision: 0,
    submittedAt: '2026-11-20T08:14:55Z',
    exportCountry: 'KR',
    destinationCountry: 'SE',
    currency: 'USD',
    totalValue: 12000,
    parties: {
      exporter: { name: 'Hanbit Electronics Co., Ltd.', country: 'KR' },
      consignee: { name: 'Nordic Industrial Supply AB', country: 'SE' },
    },
    items: [{ lineNumber: 1, hsCode: '8482100000', description: 'Ball bearings', quantity: 400, unit: 'PCE', value: 12000, originCountry: 'KR' }],
    ...overrides,
  };
}

/** A goods line for tests: a Tier 1 CHPL processor unless told otherwise. */
export function goodsItem(overrides: Partial<GoodsItem> = {}): GoodsItem {
  return { lineNumber: 1, hsCode: '854231', description: 'Processors', quantity: 100, unit: 'PCE', value: 5000, originCountry: 'KR', ...overrides };
}

/** The reference data beside the repository (`../shared/data`): tests read it there, never a copy. */
export const SHARED_DATA_DIR = resolve(__dirname, '../../../../shared/data');

let shipped: RuleSet | undefined;

/** The shipped default rule set, its CHPL read from the shared reference data. */
export function defaultTestRuleSet(): RuleSet {
  shipped ??= readRuleSetFile(resolve(__dirname, '../rule-sets/default.yaml'), SHARED_DATA_DIR);
  return shipped;
}

/** The default rule set with changes to its document (lanes, a rule's parameters, a table). */
export function adjustedRuleSet(change: (document: RuleSet['document']) => RuleSet['document']): RuleSet {
  return ruleSetFrom(change(structuredClone(defaultTestRuleSet().document)));
}

/** Runs one rule as the screening does, with the parameters the rule set gives it. */
export function evaluateRule(rule: Rule, declaration: ExportDeclaration, inputs: Partial<ScreeningInputs> = {}, decidedAt = new Date('2026-11-20T08:15:00Z')): Hit[] {
  const ruleSet = inputs.ruleSet ?? defaultTestRuleSet();
  const configured = ruleSet.rules.find((r) => r.id === rule.id);
  const params = configured ? configured.params : rule.params.parse({});
  return rule.evaluate(declaration, params, ruleEnvironment(declaration, { ...inputs, ruleSet }, decidedAt));
}
