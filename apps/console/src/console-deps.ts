import type { Clock, Logger } from '@chokepoint/config';
import type { ConsoleUserStore, HoldDesk, HoldDeskViews, RuleSetStore } from '@chokepoint/persistence';
import type { ConsoleTokens } from './auth/console-tokens';

/** What the console's controllers are built from; `startConsole` wires them. */
export class ConsoleDeps {
  readonly desk!: HoldDesk;
  readonly views!: HoldDeskViews;
  readonly users!: ConsoleUserStore;
  readonly ruleSets!: RuleSetStore;
  readonly tokens!: ConsoleTokens;
  readonly clock!: Clock;
  readonly logger!: Logger;
  /** Where releases go (through the outbox) and under which CloudEvents source. */
  readonly releases!: { topic: string; source: string };
  readonly feedPollMs!: number;
  /** Where a new rule set document's table files (the CHPL) are read from. */
  readonly referenceDataDir!: string;

  constructor(parts: ConsoleDeps) {
    Object.assign(this, parts);
  }
}
