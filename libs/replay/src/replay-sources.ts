import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Kafka } from 'kafkajs';
import { readTopicRange, TopicRange } from '@chokepoint/messaging';
import { ArchiveFilter, DeclarationArchive } from '@chokepoint/persistence';
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
    page.push({ bytes: Buffer.from(line, 'utf8'), position: `line ${n}` });
    if (page.length >= pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

/** The declaration archive in PostgreSQL, in event-time order, between two times and for countries. */
export async function* archivedEvents(archive: DeclarationArchive, filter: ArchiveFilter, pageSize = PAGE): AsyncGenerator<ReplayInput[]> {
  for await (const rows of archive.eventsByEventTime(filter, pageSize)) yield rows.map((r) => ({ bytes: Buffer.from(r.payload, 'utf8'), position: `archive id ${r.id}` }));
}

/** A range of a Kafka topic, by time or offsets, in record-time order. */
export async function* topicRange(kafka: Kafka, range: TopicRange, pageSize = PAGE): AsyncGenerator<ReplayInput[]> {
  const records = await readTopicRange(kafka, range);
  for (let i = 0; i < records.length; i += pageSize) {
    yield records.slice(i, i + pageSize).map((r) => ({ bytes: r.value, position: `partition ${r.partition} offset ${r.offset}` }));
  }
}
