import { EMBARGOED_COUNTRY_RULE_ID, SANCTIONED_PARTY_RULE_ID, UNLICENSED_CONTROL_CODE_RULE_ID } from './rules';
import { RuleSet } from './rule-set';

/** The rule set the service runs until analysts activate another; embargo list from settings. */
export function defaultRuleSet(embargoedCountries: string[]): RuleSet {
  return {
    version: `default-2+embargo.${[...embargoedCountries].sort().join('.')}`,
    enabledRules: [EMBARGOED_COUNTRY_RULE_ID, UNLICENSED_CONTROL_CODE_RULE_ID, SANCTIONED_PARTY_RULE_ID],
    countryGroups: { embargoed: [...embargoedCountries] },
    lanes: { yellowFrom: 40, redFrom: 80 },
  };
}
