import { z } from 'zod';
import { Hit } from '@chokepoint/contracts';
import { hubCountryOf, lineNumbers, unlicensedChpl, usd } from '../goods-profile';
import { DAY_MS, Rule } from '../rule-set';
import { days, score } from './rule-params';
import { historyCovers, noBaselineYet } from './baseline';

export const SURGE_RULE_ID = 'chpl-surge-to-hub';

const PARAMS = z
  .object({
    recentDays: days(7),
    /** The trailing baseline before the recent window; the history must cover it, or the rule stays silent. */
    baselineDays: days(56),
    /** How many times the baseline rate the recent window must reach. */
    ratio: z.number().min(1).default(3),
    /** Fewest CHPL declarations in the recent window (this one included) for a count surge. */
    minDeclarations: z.number().int().positive().default(8),
    /** Least CHPL value in the recent window for a value surge. */
    minValueUsd: z.number().positive().default(250_000),
    /**
     * Fewest CHPL declarations to the hub in the baseline for it to be one: below, "expected" is
     * noise (a fresh deployment, a hub first seen), and any flow would read as a surge.
     */
    minBaselineDeclarations: z.number().int().nonnegative().default(4),
    score: score(30),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

/**
 * A surge of Common High Priority List goods to a diversion hub: in the recent window, the
 * count or the value of such declarations to that country far above its own trailing
 * baseline. Every declaration in the surge carries the hit, so officers see the flow.
 */
export const surgeRule: Rule<Params> = {
  id: SURGE_RULE_ID,
  summary: 'Count or value of CHPL goods to a diversion hub far above its trailing baseline',
  params: PARAMS,
  lookbackDays: (params) => params.recentDays + params.baselineDays,
  evaluate(declaration, params, env): Hit[] {
    const history = env.history;
    const hub = hubCountryOf(declaration, env.tables);
    // Licensed lines were authorised case by case: they are no part of an unexplained flow.
    const chpl = unlicensedChpl(env.goods);
    if (!history || !hub || chpl.length === 0) return [];
    const recentFrom = env.at - params.recentDays * DAY_MS;
    const baselineFrom = recentFrom - params.baselineDays * DAY_MS;
    const before = history.hubFlow(hub, recentFrom, env.at, declaration.declarationId);
    const recent = { declarations: before.declarations + 1, usdValue: before.usdValue + chpl.reduce((s, g) => s + (g.usdValue ?? 0), 0) };
    if (recent.declarations < params.minDeclarations && recent.usdValue < params.minValueUsd) return [];
    const covered = historyCovers(history, baselineFrom);
    const baseline = covered ? history.hubFlow(hub, baselineFrom, recentFrom, declaration.declarationId) : { declarations: 0, usdValue: 0 };
    if (!covered || baseline.declarations < params.minBaselineDeclarations) return [surgeWithoutBaseline(hub, recent, baseline.declarations, covered, params, lineNumbers(chpl))];
    const scale = params.recentDays / params.baselineDays;
    const expected = { declarations: baseline.declarations * scale, usdValue: baseline.usdValue * scale };
    // A baseline of nothing is read as one declaration, so a first trickle is not a surge.
    const countSurge = recent.declarations >= params.minDeclarations && recent.declarations >= params.ratio * Math.max(expected.declarations, 1);
    const valueSurge = recent.usdValue >= params.minValueUsd && recent.usdValue >= params.ratio * expected.usdValue;
    if (!countSurge && !valueSurge) return [];
    const what = countSurge
      ? `${recent.declarations} declarations of high-priority goods to ${hub} in ${params.recentDays} days against ${expected.declarations.toFixed(1)} expected from the ${params.baselineDays} days before`
      : `${usd(recent.usdValue)} of high-priority goods to ${hub} in ${params.recentDays} days against ${usd(expected.usdValue)} expected from the ${params.baselineDays} days before`;
    return [
      {
        ruleId: SURGE_RULE_ID,
        category: 'SURGE',
        severity: 'MEDIUM',
        score: params.score,
        message: `This declaration is part of a surge: ${what}.`,
        itemLines: lineNumbers(chpl),
        evidence: {
          hubCountry: hub,
          recentDays: params.recentDays,
          baselineDays: params.baselineDays,
          recent: { declarations: recent.declarations, usdValue: Math.round(recent.usdValue) },
          expected: { declarations: Math.round(expected.declarations * 10) / 10, usdValue: Math.round(expected.usdValue) },
          ratio: params.ratio,
          surgeIn: [...(countSurge ? ['count'] : []), ...(valueSurge ? ['value'] : [])],
        },
      },
    ];
  },
};

/** Recent flow large enough to be a surge, but nothing yet to measure it against. */
function surgeWithoutBaseline(hub: string, recent: { declarations: number; usdValue: number }, baselineDeclarations: number, covered: boolean, params: Params, itemLines: number[]): Hit {
  const why = covered
    ? `${baselineDeclarations} such declaration${baselineDeclarations === 1 ? '' : 's'} to ${hub} in the ${params.baselineDays} days before, ${params.minBaselineDeclarations} needed`
    : `the history does not yet cover the ${params.baselineDays} days before`;
  return noBaselineYet({
    ruleId: SURGE_RULE_ID,
    category: 'SURGE',
    message: `No baseline yet for high-priority goods to ${hub} (${why}): ${recent.declarations} declarations, ${usd(recent.usdValue)}, in ${params.recentDays} days not scored as a surge.`,
    itemLines,
    evidence: {
      hubCountry: hub,
      recentDays: params.recentDays,
      baselineDays: params.baselineDays,
      recent: { declarations: recent.declarations, usdValue: Math.round(recent.usdValue) },
      baselineDeclarations,
      minBaselineDeclarations: params.minBaselineDeclarations,
      historyCoversBaseline: covered,
    },
  });
}
