import { z } from 'zod';
import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { countryOfPort, hubCountryOf, ItemProfile, itemLinesText, lineNumbers, listInWords, unlicensedChpl } from '../goods-profile';
import { Rule, RuleEnvironment } from '../rule-set';
import { score, sentence, severityOf } from './rule-params';

export const CHPL_DIVERSION_HUB_RULE_ID = 'chpl-to-diversion-hub';

const PARAMS = z
  .object({
    /** Score by CHPL tier; Tier 1 (integrated circuits) weighs most. A tier not named scores `otherTierScore`. */
    tierScores: z.record(z.string(), score(0)).default({ '1': 25, '2': 25, '3A': 15, '3B': 10 }),
    otherTierScore: score(10),
    /** The end user, a transit country, the port of discharge or the payment points to an embargoed country. */
    embargoedPointerScore: score(90),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

/**
 * Common High Priority List goods consigned to a diversion hub (by destination or consignee
 * country). Alone a risk indicator weighed by tier; with the end user, route or money pointing
 * to an embargoed country, the textbook transshipment.
 */
export const chplDiversionHubRule: Rule<Params> = {
  id: CHPL_DIVERSION_HUB_RULE_ID,
  summary: 'Common High Priority List goods consigned to a diversion hub, worse when the route points to an embargoed country',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    const hub = hubCountryOf(declaration, env.tables);
    const chpl = env.goods.filter((g) => g.chpl);
    if (!hub || chpl.length === 0) return [];
    const evidenceOf = (goods: ItemProfile[]) => ({ hubCountry: hub, items: goods.map((g) => ({ lineNumber: g.item.lineNumber, hs6: g.hs6, tier: g.chpl!.tier, chplDescription: g.chpl!.description, ...(g.licensed ? { licence: g.item.licence!.number } : {}) })) });
    // A licensed line was authorised for this consignee by the licensing office: no
    // diversion indicator of its own, unless the route points past the hub (below).
    const unlicensed = unlicensedChpl(chpl);
    const hits: Hit[] = [];
    if (unlicensed.length) {
      const top = unlicensed.reduce((best, g) => (tierScore(g, params) > tierScore(best, params) ? g : best));
      const tiers = [...new Set(unlicensed.map((g) => g.chpl!.tier))];
      const points = tierScore(top, params);
      hits.push({
        ruleId: CHPL_DIVERSION_HUB_RULE_ID,
        category: 'DIVERSION_RISK',
        severity: severityOf(points),
        score: points,
        message: `${sentence(itemLinesText(lineNumbers(unlicensed)))} ${unlicensed.length === 1 ? 'is' : 'are'} on the Common High Priority List (tier ${tiers.join(', ')}) and consigned to ${hub}, a diversion hub.`,
        itemLines: lineNumbers(unlicensed),
        evidence: evidenceOf(unlicensed),
      });
    }
    const evidence = evidenceOf(chpl);
    const pointers = embargoedPointers(declaration, env);
    if (pointers.length) {
      hits.push({
        ruleId: CHPL_DIVERSION_HUB_RULE_ID,
        category: 'TRANSSHIPMENT',
        severity: 'CRITICAL',
        score: params.embargoedPointerScore,
        message: `High-priority goods consigned to ${hub} while ${listInWords(pointers.map((p) => `${p.what} is in ${p.country}`))}: the pattern of transshipment to an embargoed end user.`,
        itemLines: lineNumbers(chpl),
        evidence: { ...evidence, embargoedPointers: pointers },
      });
    }
    return hits;
  },
};

/** Whatever on the declaration points past the hub to an embargoed country. */
function embargoedPointers(declaration: ExportDeclaration, env: RuleEnvironment): { what: string; country: string }[] {
  const candidates = [
    { what: 'the end user', country: declaration.parties.endUser?.country },
    ...(declaration.transitCountries ?? []).map((country) => ({ what: 'a transit country', country })),
    { what: 'the port of discharge', country: countryOfPort(declaration.portOfDischarge) },
    { what: 'the payment', country: declaration.paymentCountry },
  ];
  return candidates.filter((c): c is { what: string; country: string } => !!c.country && env.tables.embargoed.has(c.country));
}

function tierScore(goods: ItemProfile, params: Params): number {
  return params.tierScores[goods.chpl!.tier] ?? params.otherTierScore;
}
