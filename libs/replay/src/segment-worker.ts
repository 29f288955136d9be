import { createWriteStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ruleSetFrom } from '@chokepoint/detection';
import { Allowlist, buildIndexFrom, parseListSource, PartyScreener, readingDictionaries } from '@chokepoint/party-screening';
import { ReplayComparison } from './replay-comparison';
import { ReplayEngine } from './replay-engine';
import { ndjsonFile } from './replay-sources';
import { check, runReplay } from './run-replay';
import type { SegmentTask } from './replay-segments';

/**
 * One segment of a file replay, on its own thread: warms up on the lines before the segment
 * (lifecycle and history only, no decisions), then decides the segment's lines exactly as a
 * single thread would, writing them to the segment's own output file.
 */
async function main(task: SegmentTask): Promise<void> {
  const lists = task.sanctions.length ? new PartyScreener(await buildIndexFrom(task.sanctions.map(parseListSource), await readingDictionaries(task.nameDictionaries)), new Allowlist(task.allowlist), task.threshold) : undefined;
  const engines = task.ruleSets.map((document) => new ReplayEngine({ ruleSet: ruleSetFrom(document), ...(lists ? { partyLists: lists } : {}) }));
  const comparison = new ReplayComparison({ candidate: '' });
  const output = createWriteStream(task.output);
  // Lines are numbered from 1; the segment is lines fromLine < n <= toLine.
  async function* segment() {
    for await (const page of ndjsonFile(task.file)) {
      warm(page.filter((input) => input.line! <= task.fromLine));
      const mine = page.filter((input) => input.line! > task.fromLine && input.line! <= task.toLine);
      if (mine.length) yield mine;
      if (page[page.length - 1].line! >= task.toLine) return;
    }
  }
  function warm(page: Parameters<typeof check>[0]): void {
    for (const c of check(page, task)) if (c.accepted) for (const engine of engines) engine.warm(c.event);
  }
  const counts = await runReplay({
    pages: segment(),
    candidate: engines[0],
    ...(engines[1] ? { baseline: { kind: 'rule-set' as const, engine: engines[1] } } : {}),
    comparison,
    write: (lines) => new Promise<void>((resolve) => (output.write(lines) ? resolve() : output.once('drain', () => resolve()))),
    onProgress: (events) => parentPort!.postMessage({ kind: 'progress', events }),
    maxRecordBytes: task.maxRecordBytes,
  });
  await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  parentPort!.postMessage({ kind: 'done', counts, comparison, listVersions: lists?.versions ?? [] });
}

main(workerData as SegmentTask).catch((error) => {
  throw error;
});
