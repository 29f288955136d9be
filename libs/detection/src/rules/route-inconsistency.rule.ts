import { z } from 'zod';
import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { countryOfPort, lineNumbers } from '../goods-profile';
import { Rule } from '../rule-set';
import { combined, score, sentence, severityOf } from './rule-params';

export const ROUTE_INCONSISTENCY_RULE_ID = 'route-inconsistency';

const PARAMS = z
  .object({
    /** Per inconsistency when the goods are sensitive (controlled, correlated or CHPL). */
    sensitiveScore: score(40),
    /** Per inconsistency for other goods: noted, rarely enough to hold. */
    otherScore: score(10),
  })
  .strict();

interface Inconsistency {
  kind: 'PORT_OFF_ROUTE' | 'END_USER_ELSEWHERE' | 'CONSIGNEE_ELSEWHERE';
  text: string;
}

/**
 * A route that does not fit together: goods discharged in a country that is neither the
 * destination nor a declared transit country; an end user in another country than the
 * consignee; a consignee outside the declared destination. Each is how a transshipment shows
 * on paper; together, and with sensitive goods, they weigh more.
 */
export const routeInconsistencyRule: Rule<z.infer<typeof PARAMS>> = {
  id: ROUTE_INCONSISTENCY_RULE_ID,
  summary: 'Port of discharge, transit countries, destination, consignee and end user that do not fit together',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    const found = inconsistencies(declaration);
    if (found.length === 0) return [];
    const sensitive = env.goods.filter((g) => g.sensitive);
    const points = combined(found.map(() => (sensitive.length ? params.sensitiveScore : params.otherScore)));
    return [
      {
        ruleId: ROUTE_INCONSISTENCY_RULE_ID,
        category: 'TRANSSHIPMENT',
        severity: severityOf(points),
        score: points,
        message: `${sentence(found.map((f) => f.text).join('; '))}${sensitive.length ? ` (sensitive goods on lines ${lineNumbers(sensitive).join(', ')})` : ''}.`,
        ...(sensitive.length ? { itemLines: lineNumbers(sensitive) } : {}),
        evidence: {
          inconsistencies: found.map((f) => f.kind),
          destinationCountry: declaration.destinationCountry,
          transitCountries: declaration.transitCountries ?? [],
          portOfDischarge: declaration.portOfDischarge ?? null,
          consigneeCountry: declaration.parties.consignee.country,
          endUserCountry: declaration.parties.endUser?.country ?? null,
        },
      },
    ];
  },
};

function inconsistencies(declaration: ExportDeclaration): Inconsistency[] {
  const found: Inconsistency[] = [];
  const destination = declaration.destinationCountry;
  const transit = declaration.transitCountries ?? [];
  const port = countryOfPort(declaration.portOfDischarge);
  if (port && port !== destination && !transit.includes(port)) {
    found.push({ kind: 'PORT_OFF_ROUTE', text: `the goods are discharged at ${declaration.portOfDischarge} in ${port}, which is neither the destination ${destination} nor a declared transit country` });
  }
  const consignee = declaration.parties.consignee.country;
  if (consignee !== destination) found.push({ kind: 'CONSIGNEE_ELSEWHERE', text: `the consignee is in ${consignee} but the goods are declared for ${destination}` });
  const endUser = declaration.parties.endUser?.country;
  if (endUser && endUser !== consignee) found.push({ kind: 'END_USER_ELSEWHERE', text: `the end user is in ${endUser} while the consignee is in ${consignee}` });
  return found;
}
