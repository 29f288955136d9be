export * from './database';
export * from './entities';
export * from './embedded-postgres';
export * from './migrations';
export * from './outbox-store';
export * from './screening-ledger';
export * from './party-allowlist-store';
