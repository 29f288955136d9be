import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Allowlist, buildIndexFrom, parseListSource, PartyScreener, readingDictionaries } from '@chokepoint/party-screening';
import type { PartyRow } from './party-file';
import { ScreenedBatch, screenRows } from './screen-rows';
import type { ScreeningWorkerData } from './screen-names.worker';

/** Screens batches of rows: here, or spread over worker threads, each with its own index. */
export interface RowScreening {
  listVersions: string[];
  screen(rows: PartyRow[]): Promise<ScreenedBatch>;
  /** How many batches may be in hand at once without leaving a thread idle. */
  parallelBatches: number;
  close(): Promise<void>;
}

export async function rowScreening(lists: ScreeningWorkerData, workers: number): Promise<RowScreening> {
  const { sanctions, threshold } = lists;
  if (workers === 0) {
    const index = await buildIndexFrom(sanctions.map(parseListSource), await readingDictionaries(lists.nameDictionaries));
    const screener = new PartyScreener(index, new Allowlist(), threshold);
    return { listVersions: index.listVersions, parallelBatches: 1, screen: async (rows) => screenRows(screener, rows), close: async () => undefined };
  }
  const threads = await Promise.all(Array.from({ length: workers }, () => ScreeningThread.start(lists)));
  let seq = 0;
  return {
    listVersions: threads[0].listVersions,
    parallelBatches: workers * 3,
    // The thread with the fewest batches in hand takes the next.
    screen: (rows) => threads.reduce((a, b) => (b.inHand < a.inHand ? b : a)).screen(seq++, rows),
    close: async () => void (await Promise.all(threads.map((t) => t.worker.terminate()))),
  };
}

class ScreeningThread {
  private readonly pending = new Map<number, { resolve: (batch: ScreenedBatch) => void; reject: (error: Error) => void }>();
  listVersions: string[] = [];

  private constructor(readonly worker: Worker) {}

  get inHand(): number {
    return this.pending.size;
  }

  static start(data: ScreeningWorkerData): Promise<ScreeningThread> {
    const thread = new ScreeningThread(new Worker(join(__dirname, 'screen-names.worker.js'), { workerData: data }));
    return new Promise((ready, failed) => {
      const fail = (error: Error) => {
        failed(error);
        for (const { reject } of thread.pending.values()) reject(error);
        thread.pending.clear();
      };
      thread.worker.on('message', (message: { kind: 'ready'; listVersions: string[] } | { kind: 'done'; seq: number; batch: ScreenedBatch } | { kind: 'failed'; message: string }) => {
        if (message.kind === 'ready') {
          thread.listVersions = message.listVersions;
          ready(thread);
        } else if (message.kind === 'failed') {
          fail(new Error(message.message));
        } else {
          thread.pending.get(message.seq)?.resolve(message.batch);
          thread.pending.delete(message.seq);
        }
      });
      thread.worker.once('error', fail);
      thread.worker.once('exit', (code) => code !== 0 && fail(new Error(`screening thread exited with ${code}`)));
    });
  }

  screen(seq: number, rows: PartyRow[]): Promise<ScreenedBatch> {
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, rows });
    });
  }
}
