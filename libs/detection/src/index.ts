export * from './rule-set';
export * from './rules';
export * from './decision-policy';
export * from './screen';
export * from './default-rule-set';
export * from './declaration-lifecycle';
export * from './party-lists';
