import { parentPort, workerData } from 'node:worker_threads';
import { Allowlist, buildIndexFrom, parseListSource, PartyScreener, readingDictionaries } from '@chokepoint/party-screening';
import type { PartyRow } from './party-file';
import { screenRows } from './screen-rows';

export interface ScreeningWorkerData {
  sanctions: string[];
  threshold: number;
  /** Load the reading dictionaries (PARTY_NAME_DICTIONARIES), as the live service does. */
  nameDictionaries: boolean;
}

/** One screening thread of `screen-names`: its own index over the lists, batches of rows in, their lines out. */
async function main({ sanctions, threshold, nameDictionaries }: ScreeningWorkerData): Promise<void> {
  const index = await buildIndexFrom(sanctions.map(parseListSource), await readingDictionaries(nameDictionaries));
  const screener = new PartyScreener(index, new Allowlist(), threshold);
  parentPort!.on('message', ({ seq, rows }: { seq: number; rows: PartyRow[] }) => parentPort!.postMessage({ kind: 'done', seq, batch: screenRows(screener, rows) }));
  parentPort!.postMessage({ kind: 'ready', listVersions: index.listVersions });
}

main(workerData as ScreeningWorkerData).catch((error: Error) => {
  // Thrown from here the error would reach the parent as a bare 'error' event: say what failed.
  parentPort!.postMessage({ kind: 'failed', message: error.message });
});
