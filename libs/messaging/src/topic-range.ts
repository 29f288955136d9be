import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';

/** A record read back from a topic, with where it was. */
export interface RangeRecord {
  partition: number;
  offset: string;
  timestamp: number;
  value: Buffer;
}

export interface TopicRange {
  topic: string;
  /** Start at the first record at or after this time; without it and without `offsets`, at the beginning. */
  since?: Date;
  /** Per partition, the first offset to read and, if given, the last (inclusive). */
  offsets?: { partition: number; from: string; to?: string }[];
}

/**
 * Reads a range of a topic once, up to the end each partition had when the read began, and
 * returns it in a deterministic order (record time, then partition, then offset): the order in
 * which a consumer sees partitions is not. It reads outside any consumer group the service
 * uses and commits nothing. The range is held in memory: bound it with `since` and offsets.
 */
export async function readTopicRange(kafka: Kafka, range: TopicRange): Promise<RangeRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  let bounds: Map<number, { from: bigint; end: bigint }>;
  try {
    const ends = await admin.fetchTopicOffsets(range.topic);
    const starts = range.since ? await admin.fetchTopicOffsetsByTimestamp(range.topic, range.since.getTime()) : ends.map((e) => ({ partition: e.partition, offset: e.low }));
    bounds = new Map(
      ends.map((e) => {
        const chosen = range.offsets?.find((o) => o.partition === e.partition);
        const byTime = BigInt(starts.find((s) => s.partition === e.partition)?.offset ?? e.low);
        // A broker that answers the end of a non-empty partition may not look up times at all
        // (librdkafka's mock cluster does not): read it from its start and filter by time here.
        const start = chosen ? BigInt(chosen.from) : byTime < 0n || (byTime === BigInt(e.high) && BigInt(e.high) > BigInt(e.low)) ? BigInt(e.low) : byTime;
        const end = chosen?.to !== undefined ? BigInt(chosen.to) + 1n : BigInt(e.high);
        return [e.partition, { from: start, end: end < BigInt(e.high) ? end : BigInt(e.high) }];
      }),
    );
    if (range.offsets) for (const p of bounds.keys()) if (!range.offsets.some((o) => o.partition === p)) bounds.delete(p);
  } finally {
    await admin.disconnect();
  }
  const pending = new Set([...bounds].filter(([, b]) => b.from < b.end).map(([p]) => p));
  const records: RangeRecord[] = [];
  if (pending.size === 0) return records;

  const consumer = kafka.consumer({ groupId: `chokepoint-replay-${randomUUID()}`, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [range.topic], fromBeginning: true });
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    consumer.on(consumer.events.GROUP_JOIN, () => {
      for (const [partition, b] of bounds) if (pending.has(partition)) consumer.seek({ topic: range.topic, partition, offset: b.from.toString() });
    });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const b = bounds.get(batch.partition);
        if (!b || !pending.has(batch.partition)) return;
        for (const m of batch.messages) {
          const offset = BigInt(m.offset);
          if (offset < b.from) continue;
          if (offset >= b.end) break;
          if (range.since && Number(m.timestamp) < range.since.getTime()) continue;
          records.push({ partition: batch.partition, offset: m.offset, timestamp: Number(m.timestamp), value: m.value ?? Buffer.alloc(0) });
        }
        if (BigInt(batch.lastOffset()) + 1n >= b.end) {
          pending.delete(batch.partition);
          if (pending.size === 0) finish();
        }
      },
    });
    await done;
  } finally {
    await consumer.disconnect();
  }
  return records.sort((a, b) => a.timestamp - b.timestamp || a.partition - b.partition || (BigInt(a.offset) < BigInt(b.offset) ? -1 : 1));
}
