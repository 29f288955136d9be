import { Rule } from '../rule-set';
import { embargoedCountryRule } from './embargoed-country.rule';
import { destinationRestrictionsRule } from './destination-restrictions.rule';
import { sanctionedPartyRule } from './sanctioned-party.rule';
import { strategicGoodsRule } from './strategic-goods.rule';
import { chplDiversionHubRule } from './chpl-diversion-hub.rule';
import { routeInconsistencyRule } from './route-inconsistency.rule';
import { consigneeProfileRule } from './consignee-profile.rule';
import { structuringRule } from './structuring.rule';
import { surgeRule } from './surge.rule';
import { technologyDescriptionRule } from './technology-description.rule';
import { unitValueRule } from './unit-value.rule';
import { networkLinkRule } from './network-link.rule';

export * from './embargoed-country.rule';
export * from './destination-restrictions.rule';
export * from './sanctioned-party.rule';
export * from './strategic-goods.rule';
export * from './chpl-diversion-hub.rule';
export * from './route-inconsistency.rule';
export * from './consignee-profile.rule';
export * from './structuring.rule';
export * from './surge.rule';
export * from './technology-description.rule';
export * from './unit-value.rule';
export * from './network-link.rule';

/**
 * Every rule the detection library knows, by id, in the order they run (and their hits are
 * listed); a rule set turns them on and sets their parameters.
 */
export const RULES: ReadonlyMap<string, Rule> = new Map(
  [
    sanctionedPartyRule,
    embargoedCountryRule,
    destinationRestrictionsRule,
    strategicGoodsRule,
    chplDiversionHubRule,
    routeInconsistencyRule,
    consigneeProfileRule,
    structuringRule,
    surgeRule,
    technologyDescriptionRule,
    unitValueRule,
    networkLinkRule,
  ].map((r) => [r.id, r as Rule]),
);
