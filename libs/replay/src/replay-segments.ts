import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import type { AllowlistEntry } from '@chokepoint/party-screening';
import { ReplayComparison } from './replay-comparison';

/** What one segment worker replays. */
export interface SegmentTask {
  file: string;
  /** The segment is the file's lines fromLine < n <= toLine (numbered from 1); the lines before warm it up. */
  fromLine: number;
  toLine: number;
  output: string;
  /** Resolved rule set documents: the candidate, then the one compared with, if any. */
  ruleSets: unknown[];
  sanctions: string[];
  /** Load the reading dictionaries, as the live service does. */
  nameDictionaries: boolean;
  /** Allowlist findings applied to party screening (those in force when the replay began). */
  allowlist: AllowlistEntry[];
  threshold: number;
  maxRecordBytes: number;
}

export interface SegmentedReplay {
  file: string;
  segments: number;
  ruleSets: unknown[];
  sanctions: string[];
  nameDictionaries: boolean;
  allowlist: AllowlistEntry[];
  threshold: number;
  maxRecordBytes: number;
  comparison: ReplayComparison;
  /** Receives the decisions, in input order, once every segment is done. */
  output?: string;
  onProgress?: (events: number) => void;
}

/**
 * Replays an NDJSON file on several threads: the file is cut into consecutive segments of
 * lines, each decided by a worker that first takes in (without deciding) every line before its
 * segment, so that its history and lifecycle are what a single thread's would be there. The
 * segments' decisions are joined in input order. The one difference from a single thread: a
 * revision redelivered in a later segment than its first delivery is decided again rather than
 * repeated (same worker count, same bytes).
 */
export async function replayFileInSegments(options: SegmentedReplay): Promise<{ events: number; decisions: number; listVersions: string[] }> {
  const lines = await countLines(options.file);
  const folder = mkdtempSync(join(tmpdir(), 'chokepoint-replay-'));
  try {
    const bounds = segmentBounds(lines, options.segments);
    const progress = bounds.map(() => 0);
    const results = await Promise.all(
      bounds.map(([fromLine, toLine], i) =>
        runSegment({ file: options.file, fromLine, toLine, output: join(folder, `segment-${i}.ndjson`), ruleSets: options.ruleSets, sanctions: options.sanctions, nameDictionaries: options.nameDictionaries, allowlist: options.allowlist, threshold: options.threshold, maxRecordBytes: options.maxRecordBytes }, (events) => {
          progress[i] = events;
          options.onProgress?.(progress.reduce((a, b) => a + b, 0));
        }),
      ),
    );
    for (const result of results) options.comparison.absorb(Object.assign(Object.create(ReplayComparison.prototype), result.comparison));
    if (options.output) {
      const out = createWriteStream(options.output);
      for (let i = 0; i < bounds.length; i++) await pipeline(createReadStream(join(folder, `segment-${i}.ndjson`)), out, { end: i === bounds.length - 1 });
    }
    return {
      events: results.reduce((n, r) => n + r.counts.events, 0),
      decisions: results.reduce((n, r) => n + r.counts.decisions, 0),
      listVersions: results[0]?.listVersions ?? [],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface SegmentResult {
  counts: { events: number; decisions: number };
  comparison: ReplayComparison;
  listVersions: string[];
}

function runSegment(task: SegmentTask, onProgress: (events: number) => void): Promise<SegmentResult> {
  return new Promise((resolve, reject) => {
    // A larger young generation: replay allocates many short-lived objects, and scavenges cost a fifth of its time.
    const worker = new Worker(join(__dirname, 'segment-worker.js'), { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 192 } });
    worker.on('message', (message: { kind: 'progress'; events: number } | ({ kind: 'done' } & SegmentResult)) => {
      if (message.kind === 'progress') onProgress(message.events);
      else resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`replay segment worker exited with ${code}`)));
  });
}

/** What taking a line in costs beside deciding it (measured: checking and observing, without the rules). */
const WARM_UP_COST = 0.45;

/**
 * Cuts `lines` into segments of equal work: a later segment warms up on every line before it, so
 * it gets fewer lines of its own. Segment k starting at line b decides C - WARM_UP_COST * b lines,
 * with C chosen (by bisection) so that the segments end at the last line.
 */
export function segmentBounds(lines: number, segments: number): [number, number][] {
  const ends = (cost: number) => {
    let start = 0;
    for (let k = 0; k < segments; k++) start += Math.max(1, cost - WARM_UP_COST * start);
    return start;
  };
  let low = 0;
  let high = lines;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (ends(mid) < lines) low = mid;
    else high = mid;
  }
  const bounds: [number, number][] = [];
  let start = 0;
  for (let k = 0; k < segments; k++) {
    const end = k === segments - 1 ? lines : Math.min(lines, Math.round(start + Math.max(1, high - WARM_UP_COST * start)));
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

/** Lines of a file: its newlines, and a last line without one. */
export async function countLines(file: string): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    let last = 10;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) if (buffer[i] === 10) lines++;
      last = buffer[bytesRead - 1];
    }
    return last === 10 ? lines : lines + 1;
  } finally {
    await handle.close();
  }
}
