export * from './kafka';
export * from './embedded-broker';
export * from './declaration-records';
export * from './batch-transport';
export * from './dead-letter';
export * from './outbox-relay';
export * from './topic-range';
