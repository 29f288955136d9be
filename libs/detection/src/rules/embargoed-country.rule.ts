import { describeRole, ExportDeclaration, Hit, partiesOf } from '@chokepoint/contracts';
import { Rule, RuleSet } from '../rule-set';

export const EMBARGOED_COUNTRY_RULE_ID = 'embargoed-country';

/**
 * Destination or any party in an embargoed country. One hit per embargoed country, naming
 * every role that points there, so the officer sees the whole picture in one line.
 */
export const embargoedCountryRule: Rule = {
  id: EMBARGOED_COUNTRY_RULE_ID,
  evaluate(declaration: ExportDeclaration, ruleSet: RuleSet): Hit[] {
    const embargoed = new Set(ruleSet.countryGroups.embargoed);
    const rolesByCountry = new Map<string, string[]>();
    const note = (country: string, role: string) => {
      if (!embargoed.has(country)) return;
      rolesByCountry.set(country, [...(rolesByCountry.get(country) ?? []), role]);
    };
    note(declaration.destinationCountry, 'destination');
    for (const { role, party } of partiesOf(declaration)) note(party.country, role);

    return [...rolesByCountry].map(([country, roles]) => {
      const partyRoles = roles.filter((r) => r !== 'destination');
      return {
        ruleId: EMBARGOED_COUNTRY_RULE_ID,
        category: 'STRATEGIC_GOODS',
        severity: 'CRITICAL',
        score: 95,
        message: `${describeRoles(roles)} ${roles.length > 1 ? 'are' : 'is'} in ${country}, an embargoed country.`,
        ...(partyRoles.length ? { partyRoles } : {}),
        evidence: { country, roles, embargoedCountries: ruleSet.countryGroups.embargoed },
      } satisfies Hit;
    });
  },
};

function describeRoles(roles: string[]): string {
  const words = roles.map((r) => (r === 'destination' ? 'the declared destination' : `the ${describeRole(r)}`));
  const text = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
