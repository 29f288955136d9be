import { DAY_MS, DeclarationHistory, historyDays, RuleSet, ruleSetFrom } from '@chokepoint/detection';
import { DeclarationArchive, RuleSetStore } from '@chokepoint/persistence';
import type { Logger } from '@chokepoint/config';

/** How long a gap in archive ids is re-read: a transaction open longer than this is taken as rolled back. */
const GAP_PATIENCE = 200;

export interface ScreeningRulesOptions {
  store: RuleSetStore;
  archive: DeclarationArchive;
  /** The rule set to activate when the database has none active yet. */
  bootstrap: () => RuleSet;
  refreshSeconds: number;
  /** This instance's name on the events it archives: it takes those in as it screens them. */
  instanceId: string;
  logger: Logger;
  now: () => Date;
}

/** The rule set in force with the history built for it: replaced together, never half. */
interface InForce {
  ruleSet: RuleSet;
  history: DeclarationHistory;
  /** Highest archive id taken in, and ids below it not yet seen (their transactions were open). */
  lastId: string;
  gaps: Map<string, number>;
  confirmedSeq: string;
  /** Archive rows seen since the last eviction, this instance's own included. */
  rowsSinceEviction: number;
  /**
   * Catch-ups still to read this instance's own events in full: a batch screened against the
   * previous history while this one was built took its events into that one, not this one.
   */
  readOwn: number;
}

/** A jump in archive ids larger than this is not tracked id by id (a sequence reset, a restore). */
const MAX_GAP = 10_000;

/**
 * Keeps the screening service on the active rule set and its history. Follows the newest
 * activation in the database (every instance follows the same), and before each batch takes in
 * what the archive received since, from every instance, with one query: windows and baselines
 * see all partitions, not just this instance's.
 */
export class ScreeningRules {
  private current!: InForce;
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;
  /** Catch-ups run one after another: a batch's and a switch's must not interleave. */
  private catching: Promise<void> = Promise.resolve();

  private constructor(private readonly options: ScreeningRulesOptions) {}

  static async start(options: ScreeningRulesOptions): Promise<ScreeningRules> {
    const rules = new ScreeningRules(options);
    const active = await options.store.active();
    let ruleSet: RuleSet;
    if (active) ruleSet = ruleSetFrom(active.ruleSet.document);
    else {
      ruleSet = options.bootstrap();
      await options.store.activate(ruleSet, { activatedBy: 'chokepoint', reason: 'no rule set was active: the configured rule set was activated at start-up', at: options.now() });
      options.logger.warn({ version: ruleSet.version }, 'no rule set was active: activated the configured one');
    }
    rules.current = await rules.build(ruleSet);
    rules.timer = setInterval(() => void rules.refresh(), options.refreshSeconds * 1000);
    rules.timer.unref();
    return rules;
  }

  get ruleSet(): RuleSet {
    return this.current.ruleSet;
  }

  get history(): DeclarationHistory {
    return this.current.history;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Checks for a newer activation now; a new rule set is served only once its history is built. */
  refresh(): Promise<void> {
    this.refreshing ??= this.switchIfActivated()
      .catch((error) => this.options.logger.error({ err: error, version: this.current.ruleSet.version }, 'rule set refresh failed: screening goes on with the rule set in force'))
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** Takes in what the archive received since the last call and any newly confirmed holds. */
  catchUp(): Promise<void> {
    const next = this.catching.then(() => this.takeInArchived(this.current));
    this.catching = next.catch(() => undefined);
    return next;
  }

  private async takeInArchived(state: InForce): Promise<void> {
    const reader = state.readOwn > 0 ? '' : this.options.instanceId;
    const rows = await this.options.archive.eventsAfter(state.lastId, [...state.gaps.keys()], reader);
    state.readOwn = Math.max(0, state.readOwn - 1);
    let expected = BigInt(state.lastId) + 1n;
    for (const { id, event } of rows) {
      state.gaps.delete(id);
      const n = BigInt(id);
      if (n > BigInt(state.lastId)) {
        if (n - expected <= MAX_GAP) for (let missing = expected; missing < n; missing++) state.gaps.set(String(missing), 0);
        expected = n + 1n;
        state.lastId = id;
      }
      if (event) this.takeIn(state, event);
    }
    state.rowsSinceEviction += rows.length;
    for (const [id, tries] of state.gaps) tries >= GAP_PATIENCE ? state.gaps.delete(id) : state.gaps.set(id, tries + 1);
    for (const hold of await this.options.archive.confirmedHoldsAfter(state.confirmedSeq)) {
      state.history.confirmHold(hold.event.data, hold.confirmedAt);
      state.confirmedSeq = hold.seq;
    }
    this.evictIfDue(state);
  }

  private takeIn(state: InForce, event: { type: string; data: Parameters<DeclarationHistory['observe']>[0] }): void {
    if (event.type.endsWith('.withdrawn.v1')) state.history.withdraw(event.data.declarationId);
    else state.history.observe(event.data);
  }

  /** Every ten thousand declarations, drops what the rule set's longest window no longer reaches. */
  private evictIfDue(state: InForce): void {
    const latest = state.history.latest;
    if (state.rowsSinceEviction < 10_000 || latest === undefined) return;
    state.history.evictBefore(latest - (historyDays(state.ruleSet) + 1) * DAY_MS);
    state.rowsSinceEviction = 0;
  }

  private async switchIfActivated(): Promise<void> {
    const active = await this.options.store.active();
    if (!active || active.ruleSet.digest === this.current.ruleSet.digest) return;
    const next = await this.build(ruleSetFrom(active.ruleSet.document));
    const before = this.current.ruleSet.version;
    this.current = next;
    await this.catchUp();
    this.options.logger.info({ before, after: next.ruleSet.version, activatedBy: active.activation.activatedBy, reason: active.activation.reason }, 'rule set activated');
  }

  /** Builds the history the rule set needs from the archive: its longest window back from the latest event time. */
  private async build(ruleSet: RuleSet): Promise<InForce> {
    const started = performance.now();
    const { archive } = this.options;
    const state: InForce = { ruleSet, history: new DeclarationHistory(ruleSet.tables), lastId: '0', gaps: new Map(), confirmedSeq: '0', rowsSinceEviction: 0, readOwn: 2 };
    // Read before the scan: whatever arrives during it is above this id, and the first catch-up takes it in.
    const lastBefore = await archive.lastId();
    const latest = await archive.latestEventTime();
    if (latest) {
      const from = new Date(latest.getTime() - (historyDays(ruleSet) + 1) * DAY_MS);
      for await (const page of archive.eventsFrom(from)) {
        for (const { event } of page) this.takeIn(state, event);
        state.lastId = page[page.length - 1].id;
      }
    }
    if (BigInt(lastBefore) > BigInt(state.lastId)) state.lastId = lastBefore;
    for (const hold of await archive.confirmedHoldsAfter('0')) {
      state.history.confirmHold(hold.event.data, hold.confirmedAt);
      state.confirmedSeq = hold.seq;
    }
    state.rowsSinceEviction = 0;
    this.options.logger.info({ version: ruleSet.version, digest: ruleSet.digest.slice(0, 12), historyDays: historyDays(ruleSet), ...state.history.size, ms: Math.round(performance.now() - started) }, 'rule set and its history ready');
    return state;
  }
}
