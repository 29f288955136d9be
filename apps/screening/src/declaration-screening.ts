import { checkDeclarationRecord } from '@chokepoint/contracts';
import type { Clock, Logger } from '@chokepoint/config';
import { DeadLetterPublisher, RecordBatch, RejectedRecord } from '@chokepoint/messaging';
import { ArchivedEvent, ScreeningLedger } from '@chokepoint/persistence';
import { BatchSummary, planBatch, PlanInputs } from './batch-plan';
import { ScreeningMetrics } from './screening-metrics';

export interface DeclarationScreeningDeps {
  ledger: ScreeningLedger;
  deadLetters: DeadLetterPublisher;
  /** Told after each committed batch that decisions await publication. */
  outbox: { wake(): void };
  /** The rule set, lists and history in force for the next batch. */
  inputs: () => Omit<PlanInputs, 'now'>;
  /** Runs before each batch: takes in what other instances archived since (history windows span all partitions). */
  beforeBatch?: () => Promise<void>;
  metrics?: ScreeningMetrics;
  maxRecordBytes: number;
  /** How far ahead of the clock a declaration may be dated (ms). */
  maxFutureSkewMs: number;
  clock: Clock;
  logger: Logger;
}

/**
 * The pipeline for one batch: validate at the edge, send what fails to the dead-letter topic,
 * then archive, decide and enqueue the rest in one transaction. Resolves only when all of it
 * is durable; the transport commits offsets after that.
 */
export class DeclarationScreening {
  constructor(private readonly deps: DeclarationScreeningDeps) {}

  async screenBatch(batch: RecordBatch): Promise<BatchSummary & { rejected: number }> {
    const accepted: ArchivedEvent[] = [];
    const rejected: RejectedRecord[] = [];
    const eventTime = { now: this.deps.clock.now(), maxFutureSkewMs: this.deps.maxFutureSkewMs };
    for (const record of batch.records) {
      const verdict = checkDeclarationRecord(record.key, record.value, this.deps.maxRecordBytes, eventTime);
      if (verdict.accepted) accepted.push({ event: verdict.event, topic: record.topic, partition: record.partition, offset: record.offset });
      else rejected.push({ record, rejection: verdict.rejection });
    }
    const now = this.deps.clock.now();
    await this.deps.deadLetters.send(rejected, now);
    for (const { record, rejection } of rejected) {
      this.deps.logger.warn({ partition: record.partition, offset: record.offset, reason: rejection.reason, detail: rejection.detail }, 'declaration record refused; sent to the dead-letter topic');
    }
    this.deps.metrics?.refused(rejected.map((r) => r.rejection.reason));
    let summary = emptySummary();
    if (accepted.length) {
      await this.deps.beforeBatch?.();
      const outcome = await this.deps.ledger.record(unique(accepted.map((a) => a.event.data.declarationId)), now, (session) => planBatch(accepted, session, { ...this.deps.inputs(), now }));
      this.deps.metrics?.decided(outcome.decisions);
      summary = outcome.summary;
    }
    if (summary.screened || summary.republished) this.deps.outbox.wake();
    this.deps.logger.debug({ partition: batch.partition, records: batch.records.length, rejected: rejected.length, ...summary }, 'batch screened');
    return { ...summary, rejected: rejected.length };
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function emptySummary(): BatchSummary {
  return { screened: 0, held: 0, cleared: 0, republished: 0, withdrawn: 0, archivedOnly: 0 };
}
