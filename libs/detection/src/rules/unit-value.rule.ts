import { z } from 'zod';
import { Hit } from '@chokepoint/contracts';
import { Rule } from '../rule-set';
import { score } from './rule-params';
import { daysOfHistory, noBaselineYet } from './baseline';

export const UNIT_VALUE_RULE_ID = 'unit-value-outlier';

const PARAMS = z
  .object({
    /** Fewest earlier unit values of the HS-6 and unit before a range is trusted. */
    minSamples: z.number().int().min(5).default(20),
    /** Fewest days of history before the declaration: a first fortnight's prices may be one buyer's. */
    minHistoryDays: z.number().int().nonnegative().max(3660).default(14),
    /** How far outside, in robust standard deviations of the log unit value (1.4826 x MAD). */
    deviations: z.number().positive().default(4),
    /** Least spread assumed, in natural-log units (0.15 is about 15 %): identical prices do not make every change an outlier. */
    minSpread: z.number().positive().default(0.15),
    score: score(35),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

/**
 * Unit values far outside the range seen for the same HS-6 and unit of quantity: a
 * controlled processor declared at the price of a toy chip, or the reverse. Robust statistics
 * (median and MAD of log unit values) so that a few odd prices do not move the range.
 */
export const unitValueRule: Rule<Params> = {
  id: UNIT_VALUE_RULE_ID,
  summary: 'Unit value far outside the robust range seen for the HS-6',
  params: PARAMS,
  evaluate(_declaration, params, env): Hit[] {
    const history = env.history;
    if (!history) return [];
    return env.goods.flatMap((g) => {
      if (g.usdValue === undefined) return [];
      const range = history.unitValueRange(g.hs6, g.item.unit);
      if (!range || range.samples < MIN_SAMPLES_TO_NOTE) return [];
      const unitValue = g.usdValue / g.item.quantity;
      const centre = range.logMedian;
      const spread = Math.max(1.4826 * range.logMad, params.minSpread);
      const distance = (Math.log(unitValue) - centre) / spread;
      if (Math.abs(distance) < params.deviations) return [];
      const typical = Math.exp(centre);
      const factor = distance < 0 ? typical / unitValue : unitValue / typical;
      const historyDays = daysOfHistory(history, env.at);
      if (range.samples < params.minSamples || historyDays < params.minHistoryDays) {
        const why = range.samples < params.minSamples ? `${range.samples} earlier unit values, ${params.minSamples} needed` : `${historyDays} days of history, ${params.minHistoryDays} needed`;
        return [
          noBaselineYet({
            ruleId: UNIT_VALUE_RULE_ID,
            category: 'MISDECLARATION',
            message: `No baseline yet for the unit value of HS ${g.hs6} (${why}): item ${g.item.lineNumber} at USD ${round(unitValue)} per ${g.item.unit}, ${round(factor)} times ${distance < 0 ? 'below' : 'above'} the USD ${round(typical)} seen so far, is not scored.`,
            itemLines: [g.item.lineNumber],
            evidence: { lineNumber: g.item.lineNumber, hs6: g.hs6, unit: g.item.unit, unitValueUsd: round(unitValue), medianUnitValueUsd: round(typical), samples: range.samples, minSamples: params.minSamples, historyDays, minHistoryDays: params.minHistoryDays },
          }),
        ];
      }
      return [
        {
          ruleId: UNIT_VALUE_RULE_ID,
          category: 'MISDECLARATION',
          severity: 'MEDIUM',
          score: params.score,
          message: `Item ${g.item.lineNumber} (HS ${g.hs6}) is declared at USD ${round(unitValue)} per ${g.item.unit}, ${round(factor)} times ${distance < 0 ? 'below' : 'above'} the typical USD ${round(typical)} of ${range.samples} earlier declarations.`,
          itemLines: [g.item.lineNumber],
          evidence: {
            lineNumber: g.item.lineNumber,
            hs6: g.hs6,
            unit: g.item.unit,
            unitValueUsd: round(unitValue),
            medianUnitValueUsd: round(typical),
            robustDeviations: Math.round(distance * 10) / 10,
            samples: range.samples,
          },
        } satisfies Hit,
      ];
    });
  },
};

/** Fewer earlier unit values than this say nothing at all, not even that there is no baseline yet. */
const MIN_SAMPLES_TO_NOTE = 3;

/** Three significant digits: enough for an officer, stable in evidence. */
function round(value: number): number {
  return Number(value.toPrecision(3));
}
