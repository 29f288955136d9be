import { Rule } from '../rule-set';
import { embargoedCountryRule } from './embargoed-country.rule';
import { unlicensedControlCodeRule } from './unlicensed-control-code.rule';
import { sanctionedPartyRule } from './sanctioned-party.rule';

export * from './embargoed-country.rule';
export * from './unlicensed-control-code.rule';
export * from './sanctioned-party.rule';

/** Every rule the detection library knows, by id; a rule set picks among them. */
export const RULES: ReadonlyMap<string, Rule> = new Map([embargoedCountryRule, unlicensedControlCodeRule, sanctionedPartyRule].map((r) => [r.id, r]));
