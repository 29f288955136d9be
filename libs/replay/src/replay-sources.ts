import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Kafka } from 'kafkajs';
import type { TopicRange } from '@chokepoint/messaging';
import type { ArchiveFilter, DeclarationArchive } from '@chokepoint/persistence';
import { ReplayInput } from './run-replay';

const PAGE = 2000;

/** An NDJSON file of declaration events, one contract v1 event a line, read as a stream. */
export async function* ndjsonFile(path: string, pageSize = PAGE): AsyncGenerator<ReplayInput[]> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let page: ReplayInput[] = [];
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    page.push({ text: line, line: n, position: `line ${n}` });
    if (page.length >= pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

/** The declaration archive in PostgreSQL, in event-time order, between two times and for countries. */
export async function* archivedEvents(archive: DeclarationArchive, filter: ArchiveFilter, pageSize = PAGE): AsyncGenerator<ReplayInput[]> {
  for await (const rows of archive.eventsByEventTime(filter, pageSize)) yield rows.map((r) => ({ text: r.payload, position: `archive id ${r.id}` }));
}

/** A range of a Kafka topic, by time or offsets, in record-time order. */
export async function* topicRange(kafka: Kafka, range: TopicRange, pageSize = PAGE): AsyncGenerator<ReplayInput[]> {
  // Loaded here, not at the top: a replay of a file should not load the Kafka adapter.
  const { readTopicRange } = await import('@chokepoint/messaging');
  const records = await readTopicRange(kafka, range);
  for (let i = 0; i < records.length; i += pageSize) {
    yield records.slice(i, i + pageSize).map((r) => ({ text: r.value.toString('utf8'), position: `partition ${r.partition} offset ${r.offset}` }));
  }
}
