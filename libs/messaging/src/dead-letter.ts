import type { IHeaders, Producer } from 'kafkajs';
import type { Rejection } from '@chokepoint/contracts';
import { ConsumedRecord } from './declaration-records';

/** Header names on dead-letter records; integrators read these. */
export const DEAD_LETTER_HEADERS = {
  reason: 'chokepoint.dlq.reason',
  detail: 'chokepoint.dlq.detail',
  sourceTopic: 'chokepoint.source.topic',
  sourcePartition: 'chokepoint.source.partition',
  sourceOffset: 'chokepoint.source.offset',
  rejectedAt: 'chokepoint.dlq.rejected-at',
} as const;

export interface RejectedRecord {
  record: ConsumedRecord;
  rejection: Rejection;
}

/** Sends refused records to the dead-letter topic with their original key, bytes and headers. */
export class DeadLetterPublisher {
  constructor(
    private readonly producer: Producer,
    private readonly topic: string,
  ) {}

  async send(rejected: RejectedRecord[], at: Date): Promise<void> {
    if (rejected.length === 0) return;
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: rejected.map(({ record, rejection }) => ({
        key: record.key,
        value: record.value,
        headers: { ...record.headers, ...reasonHeaders(record, rejection, at) },
      })),
    });
  }
}

function reasonHeaders(record: ConsumedRecord, rejection: Rejection, at: Date): IHeaders {
  return {
    [DEAD_LETTER_HEADERS.reason]: rejection.reason,
    [DEAD_LETTER_HEADERS.detail]: rejection.detail,
    [DEAD_LETTER_HEADERS.sourceTopic]: record.topic,
    [DEAD_LETTER_HEADERS.sourcePartition]: String(record.partition),
    [DEAD_LETTER_HEADERS.sourceOffset]: record.offset,
    [DEAD_LETTER_HEADERS.rejectedAt]: at.toISOString(),
  };
}
