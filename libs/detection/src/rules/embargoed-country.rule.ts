import { z } from 'zod';
import { describeRole, ExportDeclaration, Hit, partiesOf } from '@chokepoint/contracts';
import { countryOfPort, listInWords } from '../goods-profile';
import { Rule, RuleEnvironment } from '../rule-set';
import { score, sentence } from './rule-params';

export const EMBARGOED_COUNTRY_RULE_ID = 'embargoed-country';

const PARAMS = z
  .object({
    /** Destination or a party in an embargoed country. */
    score: score(95),
    /** Only the route or the money touches it: transit, port of discharge, payment. */
    routeScore: score(85),
  })
  .strict();

/** Where a declaration points to: roles are parties, the others are the route and the money. */
const ROUTE_ROLES = new Set(['transit', 'portOfDischarge', 'payment']);

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
    return [...rolesByEmbargoedCountry(declaration, env)].map(([country, roles]) => {
      const partyRoles = roles.filter((r) => r !== 'destination' && !ROUTE_ROLES.has(r));
      const onlyRoute = roles.every((r) => ROUTE_ROLES.has(r));
      return {
        ruleId: EMBARGOED_COUNTRY_RULE_ID,
        category: sensitive.length ? 'STRATEGIC_GOODS' : 'DIVERSION_RISK',
        severity: onlyRoute ? 'HIGH' : 'CRITICAL',
        score: onlyRoute ? params.routeScore : params.score,
        message: `${sentence(listInWords(roles.map(describe)))} ${roles.length > 1 ? 'are' : 'is'} in ${country}, an embargoed country${sensitive.length ? `, and the goods include sensitive items (lines ${sensitive.join(', ')})` : ''}.`,
        ...(partyRoles.length ? { partyRoles } : {}),
        ...(sensitive.length ? { itemLines: sensitive } : {}),
        evidence: { country, roles, embargoedCountries: [...env.tables.embargoed] },
      } satisfies Hit;
    });
  },
};

function rolesByEmbargoedCountry(declaration: ExportDeclaration, env: RuleEnvironment): Map<string, string[]> {
  const rolesByCountry = new Map<string, string[]>();
  const note = (country: string | undefined, role: string) => {
    if (!country || !env.tables.embargoed.has(country)) return;
    const roles = rolesByCountry.get(country) ?? [];
    if (!roles.includes(role)) roles.push(role);
    rolesByCountry.set(country, roles);
  };
  note(declaration.destinationCountry, 'destination');
  for (const { role, party } of partiesOf(declaration)) note(party.country, role);
  for (const country of declaration.transitCountries ?? []) note(country, 'transit');
  note(countryOfPort(declaration.portOfDischarge), 'portOfDischarge');
  note(declaration.paymentCountry, 'payment');
  return rolesByCountry;
}

const ROUTE_WORDS: Record<string, string> = {
  destination: 'the declared destination',
  transit: 'a transit country',
  portOfDischarge: 'the port of discharge',
  payment: 'the payment',
};

function describe(role: string): string {
  return ROUTE_WORDS[role] ?? `the ${describeRole(role)}`;
}
