import { countries } from 'countries-list';
import { z } from 'zod';
import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { hubCountryOf, lineNumbers, listInWords, unlicensedChpl } from '../goods-profile';
import { partyKey } from '../party-keys';
import { DAY_MS, Rule, RuleEnvironment } from '../rule-set';
import { combined, days, score, sentence, severityOf } from './rule-params';
import { daysOfHistory, historyCovers, noBaselineYet } from './baseline';

export const CONSIGNEE_PROFILE_RULE_ID = 'consignee-profile';

const PARAMS = z
  .object({
    /** A freight forwarder or trading company receives the goods: the end user is someone else. */
    intermediaryScore: score(15),
    /** The consignee was first seen this recently (or is seen now for the first time). */
    newWithinDays: days(90),
    newConsigneeScore: score(20),
    /** Fewest consignees the history must know (besides the window covered) before one can be called new. */
    minKnownConsignees: z.number().int().nonnegative().default(20),
    /** Payment from a country that is neither the consignee's, the destination nor the exporter's. */
    thirdCountryPaymentScore: score(25),
    /**
     * A new trading company or forwarder in a diversion hub receiving high-priority goods: the
     * pairing enforcement guidance names first, weighed on top of its parts.
     */
    newIntermediaryInHubScore: score(15),
    /** A trading company or forwarder declared as the end user of the goods it receives: a reseller is no end user. */
    selfDeclaredEndUserScore: score(20),
    /** Unlicensed high-priority goods paid for from a third country, weighed on top of the payment itself. */
    chplPaidFromThirdCountryScore: score(15),
    /** Invoiced in a currency of none of the countries concerned and none of the common invoicing ones. */
    unusualCurrencyScore: score(15),
    /** Currencies any trade may be invoiced in, wherever it goes. */
    commonCurrencies: z.array(z.string().regex(/^[A-Z]{3}$/)).default(['USD', 'EUR', 'JPY', 'GBP', 'CHF', 'CNY']),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

interface Factor {
  kind: 'INTERMEDIARY' | 'NEW_CONSIGNEE' | 'THIRD_COUNTRY_PAYMENT' | 'NEW_INTERMEDIARY_IN_HUB' | 'SELF_DECLARED_END_USER' | 'CHPL_PAID_FROM_THIRD_COUNTRY' | 'UNUSUAL_CURRENCY';
  text: string;
  score: number;
}

/**
 * Who receives sensitive goods: an intermediary rather than a user of them, a consignee new to
 * the exporter's trade, money from a third country. Fires only on sensitive goods, where these
 * are the red flags enforcement guidance names; one hit with every factor found.
 */
export const consigneeProfileRule: Rule<Params> = {
  id: CONSIGNEE_PROFILE_RULE_ID,
  summary: 'Sensitive goods to a forwarder or trader, a new consignee, or paid from a third country',
  params: PARAMS,
  lookbackDays: (params) => params.newWithinDays,
  evaluate(declaration, params, env): Hit[] {
    const sensitive = env.goods.filter((g) => g.sensitive);
    if (sensitive.length === 0) return [];
    const newness = newnessOf(declaration, params, env);
    const found = factors(declaration, params, newness, env);
    const notes = newness?.baseline === false ? [firstSightingWithoutBaseline(declaration, newness.why, lineNumbers(sensitive))] : [];
    if (found.length === 0) return notes;
    const points = combined(found.map((f) => f.score));
    const consignee = declaration.parties.consignee;
    return [
      {
        ruleId: CONSIGNEE_PROFILE_RULE_ID,
        category: 'DIVERSION_RISK',
        severity: severityOf(points),
        score: points,
        message: `${sentence(`the consignee "${consignee.name}" (${consignee.country}) of sensitive goods ${listInWords(found.map((f) => f.text))}`)}.`,
        partyRoles: ['consignee'],
        itemLines: lineNumbers(sensitive),
        evidence: { factors: found.map((f) => f.kind), consigneeKind: consignee.kind ?? null, paymentCountry: declaration.paymentCountry ?? null },
      },
      ...notes,
    ];
  },
};

function factors(declaration: ExportDeclaration, params: Params, newness: Newness | undefined, env: RuleEnvironment): Factor[] {
  const found: Factor[] = [];
  const consignee = declaration.parties.consignee;
  const intermediary = consignee.kind === 'FREIGHT_FORWARDER' || consignee.kind === 'TRADER';
  if (intermediary) {
    found.push({ kind: 'INTERMEDIARY', text: `is a ${consignee.kind === 'TRADER' ? 'trading company' : 'freight forwarder'}`, score: params.intermediaryScore });
  }
  if (newness?.baseline) found.push({ kind: 'NEW_CONSIGNEE', text: newness.since, score: params.newConsigneeScore });
  const chpl = unlicensedChpl(env.goods).length > 0;
  const hub = hubCountryOf(declaration, env.tables);
  if (intermediary && newness?.baseline && hub && chpl) {
    found.push({ kind: 'NEW_INTERMEDIARY_IN_HUB', text: `takes high-priority goods to ${hub}, a diversion hub, as a new intermediary`, score: params.newIntermediaryInHubScore });
  }
  const endUser = declaration.parties.endUser;
  if (intermediary && endUser && partyKey(endUser) === partyKey(consignee)) {
    found.push({ kind: 'SELF_DECLARED_END_USER', text: 'is declared as the end user of what it resells', score: params.selfDeclaredEndUserScore });
  }
  const payment = declaration.paymentCountry;
  if (payment && ![consignee.country, declaration.destinationCountry, declaration.exportCountry].includes(payment)) {
    found.push(
      chpl
        ? { kind: 'CHPL_PAID_FROM_THIRD_COUNTRY', text: `is paid for from ${payment}, for high-priority goods`, score: combined([params.thirdCountryPaymentScore, params.chplPaidFromThirdCountryScore]) }
        : { kind: 'THIRD_COUNTRY_PAYMENT', text: `is paid for from ${payment}`, score: params.thirdCountryPaymentScore },
    );
  }
  if (unusualCurrency(declaration, params)) found.push({ kind: 'UNUSUAL_CURRENCY', text: `is invoiced in ${declaration.currency}, the currency of none of the countries concerned`, score: params.unusualCurrencyScore });
  return found;
}

/** The currency of none of the exporter's, consignee's, destination's or payer's countries, nor a common invoicing one. */
function unusualCurrency(declaration: ExportDeclaration, params: Params): boolean {
  if (params.commonCurrencies.includes(declaration.currency)) return false;
  const concerned = [declaration.exportCountry, declaration.parties.consignee.country, declaration.destinationCountry, declaration.paymentCountry];
  return !concerned.some((c) => c && (countries as Record<string, { currency: string[] }>)[c]?.currency.includes(declaration.currency));
}

/** A consignee not known before the window: with the history to tell (`baseline`), or why there is none yet. */
type Newness = { since: string; baseline: true } | { since: string; baseline: false; why: string };

/** "was first seen 12 days ago" or "is seen for the first time"; undefined when known long enough or without history. */
function newnessOf(declaration: ExportDeclaration, params: Params, env: RuleEnvironment): Newness | undefined {
  const history = env.history;
  if (!history) return undefined;
  const windowStart = env.at - params.newWithinDays * DAY_MS;
  const first = history.firstSeen(partyKey(declaration.parties.consignee));
  if (first !== undefined && first < windowStart) return undefined;
  const since = first === undefined || first >= env.at ? 'is seen for the first time' : `was first seen ${Math.floor((env.at - first) / DAY_MS)} days ago`;
  if (!historyCovers(history, windowStart)) return { since, baseline: false, why: `the history covers ${daysOfHistory(history, env.at)} of the ${params.newWithinDays} days needed` };
  if (history.knownConsignees < params.minKnownConsignees) return { since, baseline: false, why: `${history.knownConsignees} consignee${history.knownConsignees === 1 ? '' : 's'} known, ${params.minKnownConsignees} needed` };
  return { since, baseline: true };
}

function firstSightingWithoutBaseline(declaration: ExportDeclaration, why: string, itemLines: number[]): Hit {
  const consignee = declaration.parties.consignee;
  return noBaselineYet({
    ruleId: CONSIGNEE_PROFILE_RULE_ID,
    category: 'DIVERSION_RISK',
    message: `No baseline yet for first sightings (${why}): that the consignee "${consignee.name}" (${consignee.country}) is new is not scored.`,
    partyRoles: ['consignee'],
    itemLines,
    evidence: { factor: 'NEW_CONSIGNEE', why },
  });
}
