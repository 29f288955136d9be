import { z } from 'zod';
import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { lineNumbers, listInWords } from '../goods-profile';
import { partyKey } from '../party-keys';
import { DAY_MS, Rule, RuleEnvironment } from '../rule-set';
import { combined, days, score, sentence, severityOf } from './rule-params';

export const CONSIGNEE_PROFILE_RULE_ID = 'consignee-profile';

const PARAMS = z
  .object({
    /** A freight forwarder or trading company receives the goods: the end user is someone else. */
    intermediaryScore: score(15),
    /** The consignee was first seen this recently (or is seen now for the first time). */
    newWithinDays: days(90),
    newConsigneeScore: score(20),
    /** Payment from a country that is neither the consignee's, the destination nor the exporter's. */
    thirdCountryPaymentScore: score(25),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

interface Factor {
  kind: 'INTERMEDIARY' | 'NEW_CONSIGNEE' | 'THIRD_COUNTRY_PAYMENT';
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
    const found = factors(declaration, params, env);
    if (found.length === 0) return [];
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
    ];
  },
};

function factors(declaration: ExportDeclaration, params: Params, env: RuleEnvironment): Factor[] {
  const found: Factor[] = [];
  const consignee = declaration.parties.consignee;
  if (consignee.kind === 'FREIGHT_FORWARDER' || consignee.kind === 'TRADER') {
    found.push({ kind: 'INTERMEDIARY', text: `is a ${consignee.kind === 'TRADER' ? 'trading company' : 'freight forwarder'}`, score: params.intermediaryScore });
  }
  const newSince = newConsigneeSince(declaration, params, env);
  if (newSince !== undefined) found.push({ kind: 'NEW_CONSIGNEE', text: newSince, score: params.newConsigneeScore });
  const payment = declaration.paymentCountry;
  if (payment && ![consignee.country, declaration.destinationCountry, declaration.exportCountry].includes(payment)) {
    found.push({ kind: 'THIRD_COUNTRY_PAYMENT', text: `is paid for from ${payment}`, score: params.thirdCountryPaymentScore });
  }
  return found;
}

/** "was first seen 12 days ago", "is seen for the first time", or undefined when known long enough (or history too short to tell). */
function newConsigneeSince(declaration: ExportDeclaration, params: Params, env: RuleEnvironment): string | undefined {
  const history = env.history;
  const windowStart = env.at - params.newWithinDays * DAY_MS;
  if (!history || history.coverageStart === undefined || history.coverageStart > windowStart) return undefined;
  const first = history.firstSeen(partyKey(declaration.parties.consignee));
  if (first === undefined || first >= env.at) return 'is seen for the first time';
  if (first < windowStart) return undefined;
  return `was first seen ${Math.floor((env.at - first) / DAY_MS)} days ago`;
}
