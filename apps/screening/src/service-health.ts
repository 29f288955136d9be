import type { Clock } from '@chokepoint/config';
import type { ConsumerState } from '@chokepoint/messaging';
import type { OutboxBacklog } from '@chokepoint/persistence';

/** What the probes look at; each part is read fresh on every probe. */
export interface HealthSources {
  consumer: () => ConsumerState;
  /** Reads the outbox's backlog; its failure is the database's unreachability. */
  outboxBacklog: () => Promise<OutboxBacklog>;
  clock: Clock;
  /** An outbox whose oldest decision waits longer than this is not keeping up (broker away, relay stuck). */
  maxOutboxAgeSeconds: number;
  /** How long the database may take to answer a probe. */
  databaseTimeoutMs: number;
}

export interface HealthReport {
  status: 'up' | 'down';
  /** What is wrong, in words an operator can act on; empty when all is well. */
  problems: string[];
  /** What is worth knowing but needs no restart and does not stop screening (parked decisions). */
  warnings: string[];
  kafka: { joined: boolean; partitions: number[]; lastBatchAt?: string; lastError?: string };
  database: { reachable: boolean; error?: string };
  outbox?: { pending: number; oldestPendingAgeSeconds: number; parked: number };
}

/**
 * The service's two probes. Liveness (`/health`) fails only for what a restart mends: a consumer
 * that crashed for good. Readiness (`/ready`) fails whenever the service is not screening:
 * database unreachable, no partitions assigned, outbox falling behind. Both bodies say all of it.
 */
export class ServiceHealth {
  constructor(private readonly sources: HealthSources) {}

  async liveness(): Promise<HealthReport> {
    const report = await this.observe();
    const stopped = this.sources.consumer().stoppedFor;
    return { ...report, status: stopped ? 'down' : 'up' };
  }

  async readiness(): Promise<HealthReport> {
    const report = await this.observe();
    return { ...report, status: report.problems.length ? 'down' : 'up' };
  }

  private async observe(): Promise<HealthReport> {
    const consumer = this.sources.consumer();
    const problems: string[] = [];
    const warnings: string[] = [];
    if (consumer.stoppedFor) problems.push(consumer.stoppedFor);
    else if (!consumer.joined) problems.push('not in the consumer group (joining or rebalancing)');
    else if (consumer.partitions.length === 0) problems.push('no partitions of the declarations topic assigned (more instances than partitions, or the group is rebalancing)');
    const kafka = { joined: consumer.joined, partitions: consumer.partitions, ...(consumer.lastBatchAt ? { lastBatchAt: consumer.lastBatchAt.toISOString() } : {}), ...(consumer.lastError ? { lastError: consumer.lastError } : {}) };
    const backlog = await this.backlog();
    if ('error' in backlog) {
      problems.push(`database unreachable: ${backlog.error}`);
      return { status: 'down', problems, warnings, kafka, database: { reachable: false, error: backlog.error } };
    }
    const oldestPendingAgeSeconds = backlog.oldestPendingAt ? Math.max(0, Math.round((this.sources.clock.now().getTime() - backlog.oldestPendingAt.getTime()) / 1000)) : 0;
    if (oldestPendingAgeSeconds > this.sources.maxOutboxAgeSeconds) problems.push(`the outbox is falling behind: its oldest decision has waited ${oldestPendingAgeSeconds} s to be published (${backlog.pending} waiting)`);
    if (backlog.parked) warnings.push(`${backlog.parked} decision(s) refused by the broker are parked; \`chokepoint outbox list\` shows them, \`chokepoint outbox resend\` sends them again`);
    return { status: 'up', problems, warnings, kafka, database: { reachable: true }, outbox: { pending: backlog.pending, oldestPendingAgeSeconds, parked: backlog.parked } };
  }

  private async backlog(): Promise<OutboxBacklog | { error: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ error: string }>((resolve) => {
      timer = setTimeout(() => resolve({ error: `no answer within ${this.sources.databaseTimeoutMs} ms` }), this.sources.databaseTimeoutMs);
    });
    try {
      return await Promise.race([this.sources.outboxBacklog().catch((error: Error) => ({ error: error.message || String(error) })), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
