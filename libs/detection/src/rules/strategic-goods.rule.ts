import { z } from 'zod';
import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { ItemProfile, itemLinesText, lineNumbers, listInWords } from '../goods-profile';
import { Rule, RuleEnvironment } from '../rule-set';
import { score, sentence } from './rule-params';

export const STRATEGIC_GOODS_RULE_ID = 'strategic-goods-without-licence';

const PARAMS = z
  .object({
    /** A declared control code without a licence. */
    declaredScore: score(70),
    /**
     * No control code, but the HS code correlates to a controlled category: the exporter must show
     * it is not controlled.
     */
    correlatedScore: score(40),
    /**
     * CHPL tiers whose correlated items are left to the CHPL rule: mass-market electronics, which
     * a correlation alone would hold everywhere, and which that rule weighs where they go to a hub.
     * Items of other tiers (machine tools, navigation, test instruments) are checked like any other.
     */
    chplTiersLeftToChplRule: z.array(z.string()).default(['1', '2', '3A']),
  })
  .strict();

/**
 * Strategic goods leaving the partner-state group without a licence: items declared under a
 * control code, and items whose HS code correlates to a dual-use category but carry neither a
 * control code nor a licence. Partner states apply the same controls, so goods to them pass.
 */
export const strategicGoodsRule: Rule<z.infer<typeof PARAMS>> = {
  id: STRATEGIC_GOODS_RULE_ID,
  summary: 'Controlled or dual-use-correlated goods outside the partner-state group without a licence',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    const outside = countriesOutsidePartners(declaration, env);
    if (outside.length === 0) return [];
    const unlicensed = env.goods.filter((g) => !g.licensed);
    const declared = unlicensed.filter((g) => g.controlCode);
    const leftToChplRule = (g: ItemProfile) => !!g.chpl && params.chplTiersLeftToChplRule.includes(g.chpl.tier);
    const correlated = unlicensed.filter((g) => !g.controlCode && g.dualUse && !leftToChplRule(g));
    const where = listInWords(outside);
    const hits: Hit[] = [];
    if (declared.length) {
      const codes = [...new Set(declared.map((g) => g.controlCode!))];
      hits.push(hit(declared, params.declaredScore, 'HIGH', `${sentence(itemLinesText(lineNumbers(declared)))} ${verb(declared)} declared under control ${codes.length === 1 ? 'code' : 'codes'} ${codes.join(', ')} and ${verb(declared)} going to ${where}, outside the partner states, without ${licenceWords(declared, 'an export licence')}.`));
    }
    if (correlated.length) {
      const categories = [...new Set(correlated.flatMap((g) => g.dualUse!.categories))];
      hits.push(hit(correlated, params.correlatedScore, 'MEDIUM', `${sentence(itemLinesText(lineNumbers(correlated)))} ${verb(correlated)} classified under HS codes that correlate to dual-use ${categories.join(', ')} and ${verb(correlated)} going to ${where} with neither a control code nor ${licenceWords(correlated, 'a licence')}.`));
    }
    return hits;
  },
};

/** Destination and end user countries outside the partner-state group. */
function countriesOutsidePartners(declaration: ExportDeclaration, env: RuleEnvironment): string[] {
  const countries = [declaration.destinationCountry, declaration.parties.endUser?.country].filter((c): c is string => !!c);
  return [...new Set(countries.filter((c) => !env.tables.partnerStates.has(c)))];
}

function hit(goods: ItemProfile[], points: number, severity: Hit['severity'], message: string): Hit {
  return {
    ruleId: STRATEGIC_GOODS_RULE_ID,
    category: 'STRATEGIC_GOODS',
    severity,
    score: points,
    message,
    itemLines: lineNumbers(goods),
    evidence: {
      items: goods.map((g) => ({
        lineNumber: g.item.lineNumber,
        hsCode: g.item.hsCode,
        ...(g.controlCode ? { controlCode: g.controlCode } : {}),
        ...(g.dualUse ? { correlatedCategories: g.dualUse.categories, correlatedItem: g.dualUse.item } : {}),
        ...(g.licenceProblems ? { licence: g.item.licence!.number, licenceProblems: g.licenceProblems } : {}),
        value: g.item.value,
      })),
    },
  };
}

/** `an export licence`, or `a valid export licence (licence E-1 expired on 2026-10-01)` where one was declared that does not count. */
function licenceWords(goods: ItemProfile[], none: string): string {
  const problems = goods.flatMap((g) => g.licenceProblems ?? []);
  return problems.length ? `${none.replace(/^an? /, 'a valid ')} (${problems.join('; ')})` : none;
}

function verb(goods: ItemProfile[]): string {
  return goods.length === 1 ? 'is' : 'are';
}
