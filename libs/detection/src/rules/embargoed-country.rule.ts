import { z } from 'zod';
import { Hit } from '@chokepoint/contracts';
import { listInWords } from '../goods-profile';
import { Rule } from '../rule-set';
import { score, sentence } from './rule-params';
import { describePointer, onlyRoute as routeOnly, partyRolesOf, rolesByCountry } from './country-pointers';

export const EMBARGOED_COUNTRY_RULE_ID = 'embargoed-country';

const PARAMS = z
  .object({
    /** Destination or a party in an embargoed country. */
    score: score(95),
    /** Only the route or the money touches it: transit, port of discharge, payment. */
    routeScore: score(85),
  })
  .strict();

/**
 * Destination, any party, a transit country, the port of discharge or the payment in an
 * embargoed country. One hit per embargoed country naming every role that points there.
 * STRATEGIC_GOODS when the goods are sensitive (controlled, correlated or CHPL), else DIVERSION_RISK.
 */
export const embargoedCountryRule: Rule<z.infer<typeof PARAMS>> = {
  id: EMBARGOED_COUNTRY_RULE_ID,
  summary: 'Destination, party, transit, port of discharge or payment in an embargoed country',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    const sensitive = env.goods.filter((g) => g.sensitive).map((g) => g.item.lineNumber);
    return [...rolesByCountry(declaration, (c) => env.tables.embargoed.has(c))].map(([country, roles]) => {
      const partyRoles = partyRolesOf(roles);
      const onlyRoute = routeOnly(roles);
      return {
        ruleId: EMBARGOED_COUNTRY_RULE_ID,
        category: sensitive.length ? 'STRATEGIC_GOODS' : 'DIVERSION_RISK',
        severity: onlyRoute ? 'HIGH' : 'CRITICAL',
        score: onlyRoute ? params.routeScore : params.score,
        message: `${sentence(listInWords(roles.map(describePointer)))} ${roles.length > 1 ? 'are' : 'is'} in ${country}, an embargoed country${sensitive.length ? `, and the goods include sensitive items (lines ${sensitive.join(', ')})` : ''}.`,
        ...(partyRoles.length ? { partyRoles } : {}),
        ...(sensitive.length ? { itemLines: sensitive } : {}),
        evidence: { country, roles, embargoedCountries: [...env.tables.embargoed] },
      } satisfies Hit;
    });
  },
};
