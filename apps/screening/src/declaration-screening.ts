import { checkDeclarationRecord, Rejection } from '@chokepoint/contracts';
import type { Clock, Logger } from '@chokepoint/config';
import { ConsumedRecord, DeadLetterPublisher, RecordBatch, RejectedRecord } from '@chokepoint/messaging';
import { ArchivedEvent, dataRejectionOf, ScreeningLedger } from '@chokepoint/persistence';
import { BatchOutcome, BatchSummary, planBatch, PlanInputs } from './batch-plan';
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
    const recordOf = new Map<ArchivedEvent, ConsumedRecord>();
    const eventTime = { now: this.deps.clock.now(), maxFutureSkewMs: this.deps.maxFutureSkewMs };
    for (const record of batch.records) {
      const verdict = checkDeclarationRecord(record.key, record.value, this.deps.maxRecordBytes, eventTime);
      if (!verdict.accepted) {
        rejected.push({ record, rejection: verdict.rejection });
        continue;
      }
      const archived = { event: verdict.event, topic: record.topic, partition: record.partition, offset: record.offset };
      accepted.push(archived);
      recordOf.set(archived, record);
    }
    const now = this.deps.clock.now();
    await this.refuse(rejected, now);
    let summary = emptySummary();
    if (accepted.length) {
      await this.deps.beforeBatch?.();
      const outcome = await this.record(accepted, now);
      this.deps.metrics?.decided(outcome.decisions);
      summary = outcome.summary;
      const refusedPastEdge = [
        ...outcome.reusedEventIds.map((a) => ({ record: recordOf.get(a)!, rejection: { reason: 'EVENT_ID_REUSED' as const, detail: `event id ${a.event.id} was archived before with other content` } })),
        ...outcome.refusedByDatabase.map(({ archived, rejection }) => ({ record: recordOf.get(archived)!, rejection })),
      ];
      await this.refuse(refusedPastEdge, now);
      rejected.push(...refusedPastEdge);
    }
    if (summary.screened || summary.republished) this.deps.outbox.wake();
    this.deps.logger.debug({ partition: batch.partition, records: batch.records.length, rejected: rejected.length, ...summary }, 'batch screened');
    return { ...summary, rejected: rejected.length };
  }

  private async refuse(rejected: RejectedRecord[], now: Date): Promise<void> {
    await this.deps.deadLetters.send(rejected, now);
    for (const { record, rejection } of rejected) {
      this.deps.logger.warn({ partition: record.partition, offset: record.offset, reason: rejection.reason, detail: rejection.detail }, 'declaration record refused; sent to the dead-letter topic');
    }
    this.deps.metrics?.refused(rejected.map((r) => r.rejection.reason));
  }

  /**
   * Records the accepted events in one transaction. If the database refuses one of them for a
   * data reason, the batch is split in halves, in order, until that record stands alone; it is
   * set aside as DATABASE_REJECTED and the rest is recorded. Other errors are thrown, and the
   * whole batch is tried again.
   */
  private async record(accepted: ArchivedEvent[], now: Date): Promise<RecordedBatch> {
    try {
      const declarationIds = unique(accepted.map((a) => a.event.data.declarationId));
      const outcome = await this.deps.ledger.record(declarationIds, now, (session) => planBatch(accepted, session, { ...this.deps.inputs(), now }));
      return { ...outcome, refusedByDatabase: [] };
    } catch (error) {
      const refusal = dataRejectionOf(error);
      if (!refusal) throw error;
      if (accepted.length === 1) {
        const detail = `the database refused the record (SQLSTATE ${refusal.sqlState}): ${refusal.message}`;
        return { summary: emptySummary(), decisions: [], reusedEventIds: [], refusedByDatabase: [{ archived: accepted[0], rejection: { reason: 'DATABASE_REJECTED', detail } }] };
      }
      const half = accepted.length >> 1;
      const first = await this.record(accepted.slice(0, half), now);
      const second = await this.record(accepted.slice(half), now);
      return joined(first, second);
    }
  }
}

interface RecordedBatch extends BatchOutcome {
  refusedByDatabase: { archived: ArchivedEvent; rejection: Rejection }[];
}

function joined(a: RecordedBatch, b: RecordedBatch): RecordedBatch {
  const summary = emptySummary();
  for (const key of Object.keys(summary) as (keyof BatchSummary)[]) summary[key] = a.summary[key] + b.summary[key];
  return { summary, decisions: [...a.decisions, ...b.decisions], reusedEventIds: [...a.reusedEventIds, ...b.reusedEventIds], refusedByDatabase: [...a.refusedByDatabase, ...b.refusedByDatabase] };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function emptySummary(): BatchSummary {
  return { screened: 0, held: 0, cleared: 0, republished: 0, withdrawn: 0, archivedOnly: 0 };
}
