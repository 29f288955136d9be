import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { ConsumedRecord, DECLARATION_BATCH, RecordBatch } from './declaration-records';

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
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;

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
    // kafkajs waits for the batch in hand to finish (and so to commit) before leaving the group.
    await this.consumer?.disconnect();
    this.consumer = undefined;
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
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: fetchMaxWaitMs, sessionTimeout: sessionTimeoutMs, heartbeatInterval: Math.min(3000, sessionTimeoutMs / 5) });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.consume(payload) });
  }

  private async consume({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const handler = this.getHandlerByPattern(DECLARATION_BATCH);
    if (!handler) throw new Error(`no handler for ${DECLARATION_BATCH}`);
    const { maxRecords } = this.options;
    for (let start = 0; start < batch.messages.length; start += maxRecords) {
      if (!isRunning() || isStale()) return;
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
      await this.consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
      resolveOffset(last);
      await heartbeat();
    }
  }
}
