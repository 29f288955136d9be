import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { ConsumedRecord, DECLARATION_BATCH, RecordBatch } from './declaration-records';
import { kafkaErrorOfType } from './kafka';

export interface BatchTransportOptions {
  kafka: Kafka;
  groupId: string;
  topic: string;
  maxRecords: number;
  fetchMaxWaitMs: number;
  sessionTimeoutMs: number;
  /** Called after a batch is handled and before its offsets are committed; tests use it to crash there. */
  beforeCommit?: (batch: RecordBatch) => Promise<void>;
}

/**
 * A Nest microservice transport that consumes the declarations topic in a consumer group and
 * hands whole batches (at most `maxRecords`, one partition) to the `DECLARATION_BATCH` handler.
 * Offsets are committed only after the handler resolves, so a crash re-delivers the batch and
 * nothing consumed is lost. Nest's own Kafka transport hands over one message at a time.
 */
/** What the consumer is doing, for the health probes. */
export interface ConsumerState {
  /** In the group with an assignment (possibly empty), not rebalancing. */
  joined: boolean;
  /** Partitions of the declarations topic assigned to this instance. */
  partitions: number[];
  /** Set when the consumer crashed and will not restart by itself: only a new process helps. */
  stoppedFor?: string;
  /** Last error the consumer recovered from, if any (a batch retried, a crash it restarted from). */
  lastError?: string;
  lastBatchAt?: Date;
}

export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private readonly current: ConsumerState = { joined: false, partitions: [] };
  private closing = false;
  private readonly inHand = new Set<Promise<void>>();

  constructor(private readonly options: BatchTransportOptions) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.closing = true;
    // kafkajs may leave the group while a batch is still being recorded, and its offsets would
    // then never be committed: take no new batch, let the one in hand commit, then leave.
    await Promise.allSettled([...this.inHand]);
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  get state(): ConsumerState {
    return { ...this.current, partitions: [...this.current.partitions] };
  }

  on(): void {
    throw new Error('KafkaBatchTransport has no events to subscribe to');
  }

  unwrap<T>(): T {
    if (!this.consumer) throw new Error('the transport is not listening');
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const { kafka, groupId, topic, fetchMaxWaitMs, sessionTimeoutMs } = this.options;
    // A rebalance waits for the group's consumers to rejoin at most a session: a batch takes seconds, and a
    // member that left without a word (killed) must not hold the whole group for kafkajs' minute.
    const consumer = kafka.consumer({
      groupId,
      maxWaitTimeInMs: fetchMaxWaitMs,
      sessionTimeout: sessionTimeoutMs,
      rebalanceTimeout: sessionTimeoutMs,
      heartbeatInterval: Math.min(3000, sessionTimeoutMs / 5),
      // kafkajs restarts a crashed consumer (a broker down beyond its retries, say) on a timer set
      // after the crash's own disconnect, which close() cannot clear: a close during a crash left
      // the consumer restarting for ever. `retries: 5` is kafkajs' consumer default, kept.
      retry: { retries: 5, restartOnFailure: async () => !this.closing },
    });
    // A restart already under way when close() ran joins the group afterwards: leave again.
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (this.closing) consumer.disconnect().catch(() => undefined);
    });
    this.consumer = consumer;
    this.follow(consumer, topic);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.hold(this.consume(payload)) });
  }

  private async hold(batch: Promise<void>): Promise<void> {
    this.inHand.add(batch);
    try {
      await batch;
    } finally {
      this.inHand.delete(batch);
    }
  }

  private follow(consumer: Consumer, topic: string): void {
    const state = this.current;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      state.joined = true;
      state.partitions = [...(payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
      delete state.stoppedFor;
    });
    consumer.on(consumer.events.REBALANCING, () => {
      state.joined = false;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      state.joined = false;
      state.partitions = [];
      state.lastError = payload.error.message;
      if (!payload.restart) state.stoppedFor = `the consumer crashed and does not restart: ${payload.error.message}`;
    });
    consumer.on(consumer.events.STOP, () => {
      state.joined = false;
      state.partitions = [];
    });
  }

  private async consume({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const handler = this.getHandlerByPattern(DECLARATION_BATCH);
    if (!handler) throw new Error(`no handler for ${DECLARATION_BATCH}`);
    const { maxRecords } = this.options;
    for (let start = 0; start < batch.messages.length; start += maxRecords) {
      if (this.closing || !isRunning() || isStale()) return;
      const records: ConsumedRecord[] = batch.messages.slice(start, start + maxRecords).map((m) => ({
        topic: batch.topic,
        partition: batch.partition,
        offset: m.offset,
        key: m.key,
        value: m.value,
        headers: m.headers ?? {},
      }));
      const chunk: RecordBatch = { topic: batch.topic, partition: batch.partition, records };
      const result = await handler(chunk);
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      await this.options.beforeCommit?.(chunk);
      const last = records[records.length - 1].offset;
      await asGroupChange(() => this.consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]));
      resolveOffset(last);
      this.current.lastBatchAt = new Date();
      await asGroupChange(heartbeat);
    }
  }
}

/** The coordinator's answers that mean the group changed under this member: rejoin, don't crash. */
const GROUP_CHANGES = new Set(['REBALANCE_IN_PROGRESS', 'NOT_COORDINATOR_FOR_GROUP', 'ILLEGAL_GENERATION', 'UNKNOWN_MEMBER_ID']);

/**
 * A commit or heartbeat refused because the group is rebalancing reaches us wrapped as
 * non-retriable, and kafkajs then stops the consumer for good instead of rejoining. Thrown bare,
 * it makes kafkajs rejoin. The batch is on record already: whoever gets the partition
 * re-delivers it, and its revisions re-publish their decisions rather than decide again.
 */
async function asGroupChange(call: () => Promise<void>): Promise<void> {
  try {
    await call();
  } catch (error) {
    throw kafkaErrorOfType(error, GROUP_CHANGES) ?? error;
  }
}
