import type { IHeaders } from 'kafkajs';

/** One record of the declarations topic, as consumed: bytes untouched. */
export interface ConsumedRecord {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

/** Consecutive records of one partition, handed to the pipeline together. */
export interface RecordBatch {
  topic: string;
  partition: number;
  records: ConsumedRecord[];
}

/** The message pattern under which the batch transport hands batches to their handler. */
export const DECLARATION_BATCH = 'customs.declarations.batch';
