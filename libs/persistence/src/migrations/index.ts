import { ScreeningLedger1763900000000 } from './1763900000000-screening-ledger';

/** Every migration, in order. */
export const MIGRATIONS = [ScreeningLedger1763900000000];
