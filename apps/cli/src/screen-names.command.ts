import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadSettings } from '@chokepoint/config';
import { openPartyFile, PARTY_FILE_FORMATS, PartyFileFormat, PartyRow } from './party-file';
import { rowScreening } from './screening-pool';
import { bySeverity, ScreenedBatch } from './screen-rows';
import { SCREEN_NAMES_USAGE } from './usage';

const OPTIONS = {
  input: { type: 'string' },
  format: { type: 'string' },
  sanctions: { type: 'string', multiple: true },
  threshold: { type: 'string' },
  output: { type: 'string' },
  workers: { type: 'string' },
} as const;

/** Rows go to be screened, and their lines come back to be written, this many at a time. */
const ROWS_PER_BATCH = 500;
/** Below this size a file is screened on this thread: loading the lists on more costs more than it saves. */
const SMALL_FILE_BYTES = 256 * 1024;

/**
 * `chokepoint screen-names --input parties.csv`: a party file screened row by row with the live
 * service's screener (the sanctioned-party rule's path; the officers' allowlist, which lives in
 * the database, is not applied), one NDJSON line out per row in, in input order.
 */
export async function screenNamesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.input) throw new Error(`screen-names needs --input <file>:\n${SCREEN_NAMES_USAGE}`);
  const format = values.format?.toLowerCase() as PartyFileFormat | undefined;
  if (format && !PARTY_FILE_FORMATS.includes(format)) throw new Error(`--format is one of ${PARTY_FILE_FORMATS.join(', ')}`);
  const settings = loadSettings();
  const threshold = values.threshold === undefined ? settings.partyScreening.threshold : Number(values.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new Error('--threshold is a score above 0 and at most 1 (e.g. 0.8)');
  const sanctions = values.sanctions?.length ? values.sanctions : settings.partyScreening.lists;
  if (!sanctions.length) throw new Error('no party lists: pass --sanctions <format>:<path-or-url> or set SANCTIONS_LISTS');
  const file = await openPartyFile(values.input, format);
  const workers = values.workers === undefined ? defaultWorkers(file.size) : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new Error('--workers is a whole number (0: screen on this thread)');

  const started = performance.now();
  const screening = await rowScreening({ sanctions, threshold, nameDictionaries: settings.partyScreening.nameDictionaries }, workers);
  const ready = performance.now();
  const output = values.output ? createWriteStream(values.output) : process.stdout;
  const summary = new Summary();
  const progress = process.stderr.isTTY
    ? new SingleBar({ format: 'screen-names {bar} {percentage}% | {rows} rows | {rate} names/s | ETA {eta_formatted}', stream: process.stderr, etaBuffer: 50 })
    : undefined;
  progress?.start(file.size, 0, { rows: 0, rate: 0 });
  // Batches in hand, oldest first: written in that order, so output follows input whichever thread finishes first.
  const inHand: Promise<ScreenedBatch>[] = [];
  const writeOldest = async () => {
    const batch = await inHand.shift()!;
    summary.add(batch);
    await write(output, batch.lines);
    progress?.update(file.bytesRead(), { rows: summary.rows, rate: summary.rate(ready) });
  };
  const hand = (rows: PartyRow[]) => {
    const batch = screening.screen(rows);
    // A thread's failure is thrown where its oldest batch is awaited, not also as unhandled.
    batch.catch(() => undefined);
    inHand.push(batch);
  };
  try {
    let rows: PartyRow[] = [];
    for await (const row of file.rows) {
      rows.push(row);
      if (rows.length < ROWS_PER_BATCH) continue;
      hand(rows);
      rows = [];
      while (inHand.length >= screening.parallelBatches) await writeOldest();
    }
    if (rows.length) hand(rows);
    while (inHand.length) await writeOldest();
  } finally {
    await screening.close();
  }
  if (output !== process.stdout) await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  progress?.update(file.size, { rows: summary.rows, rate: summary.rate(ready) });
  progress?.stop();
  process.stderr.write(summary.text(screening.listVersions, threshold, workers, started, ready));
  return 0;
}

/** A thread a core, up to four (each holds its own index of the lists); none for a small file. */
function defaultWorkers(fileBytes: number): number {
  const cores = availableParallelism();
  return fileBytes < SMALL_FILE_BYTES || cores < 2 ? 0 : Math.min(cores, 4);
}

class Summary {
  rows = 0;
  errors = 0;
  withMatches = 0;
  readonly bySeverity = new Map<string, number>();

  add(batch: ScreenedBatch): void {
    this.rows += batch.rows;
    this.errors += batch.errors;
    this.withMatches += batch.withMatches;
    for (const [severity, n] of Object.entries(batch.bySeverity)) this.bySeverity.set(severity, (this.bySeverity.get(severity) ?? 0) + n);
  }

  rate(since: number): number {
    return Math.round(this.rows / Math.max((performance.now() - since) / 1000, 1e-3));
  }

  text(lists: string[], threshold: number, workers: number, started: number, ready: number): string {
    const seconds = (performance.now() - ready) / 1000;
    const severities = [...this.bySeverity].sort(([a], [b]) => bySeverity(a, b)).map(([s, n]) => `${s} ${n}`).join(', ');
    return (
      `screen-names: ${this.rows} rows, ${this.withMatches} with matches${severities ? ` (by strongest match: ${severities})` : ''}, ` +
      `${this.errors} not screened (see their "error")\n` +
      `  against ${lists.join(', ')} at threshold ${threshold}: ${seconds.toFixed(1)} s, ${this.rate(ready)} names/s ` +
      `on ${workers ? `${workers} threads` : 'this thread'} (after ${((ready - started) / 1000).toFixed(1)} s loading the lists)\n`
    );
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => (stream.write(text) ? resolve() : stream.once('drain', () => resolve())));
}
