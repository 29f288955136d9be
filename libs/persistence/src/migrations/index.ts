import { ScreeningLedger1763900000000 } from './1763900000000-screening-ledger';
import { PartyAllowlist1764000000000 } from './1764000000000-party-allowlist';
import { RuleSets1764100000000 } from './1764100000000-rule-sets';
import { ReplayRuns1764200000000 } from './1764200000000-replay-runs';
import { HoldDesk1764300000000 } from './1764300000000-hold-desk';
import { ParkedOutbox1764400000000 } from './1764400000000-parked-outbox';
import { LifecycleStep1764500000000 } from './1764500000000-lifecycle-step';

/** Every migration, in order. */
export const MIGRATIONS = [ScreeningLedger1763900000000, PartyAllowlist1764000000000, RuleSets1764100000000, ReplayRuns1764200000000, HoldDesk1764300000000, ParkedOutbox1764400000000, LifecycleStep1764500000000];
