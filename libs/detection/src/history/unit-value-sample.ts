import { UnitValueRange } from './history-view';

/** Unit values kept per HS-6 and unit: enough for a stable median and spread. */
const UNIT_VALUE_SAMPLE = 200;

/**
 * Recent unit values of one HS-6 and unit, by declaration line (taking a line in twice counts it
 * once), with their robust range. The range is recomputed as values come in, once the sample
 * has changed by a twentieth: a median over 200 values moves little with each new one, and
 * sorting them for every goods line would cost more than all the other rules. It depends only
 * on the values taken in, never on when it is asked for, so any reader sees the same range.
 * Lines are kept as 53-bit hashes beside their values, in two arrays of numbers: about 3.7 KB
 * for a full sample where a map by line id string took some 27 KB. That is what lets the
 * unit-value keys be bounded at tens of thousands.
 */
export class UnitValueSample {
  /** Oldest first, as `logs`. */
  private readonly lines: number[] = [];
  private readonly logs: number[] = [];
  private cached!: UnitValueRange;
  private changes = 0;
  /** The latest event time of a value taken in: what eviction reads. */
  lastAt = -Infinity;

  add(line: number, value: number, at: number): void {
    if (this.lines.includes(line)) return;
    this.lastAt = Math.max(this.lastAt, at);
    this.lines.push(line);
    this.logs.push(Math.log(value));
    if (this.logs.length > UNIT_VALUE_SAMPLE) {
      this.lines.shift();
      this.logs.shift();
    }
    if (this.cached && ++this.changes < Math.max(1, this.logs.length / 20)) return;
    const logMedian = median(this.logs);
    this.cached = { samples: this.logs.length, logMedian, logMad: median(this.logs.map((l) => Math.abs(l - logMedian))) };
    this.changes = 0;
  }

  range(): UnitValueRange {
    return this.cached;
  }
}

/**
 * A declaration line as a 53-bit number (cyrb53 over the id, seeded with the line number). The
 * same line always gets the same number, so live and replay agree; a line is taken for another
 * already in its sample of 200 with odds of about 1 in 4 x 10^13.
 */
export function lineId(declarationId: string, lineNumber: number): number {
  let h1 = 0xdeadbeef ^ lineNumber;
  let h2 = 0x41c6ce57 ^ lineNumber;
  for (let i = 0; i < declarationId.length; i++) {
    const c = declarationId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The median by selection (Hoare's quickselect on a copy): linear time, where sorting is not. */
export function median(values: number[]): number {
  const a = Float64Array.from(values);
  const mid = a.length >> 1;
  const upper = select(a, mid);
  return a.length % 2 ? upper : (upper + max(a, mid)) / 2;
}

/** Puts the k-th smallest value at index k, smaller ones before it, and returns it. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

/** The largest of the first `n` values (after `select(a, n)`, the lower neighbour of the median). */
function max(a: Float64Array, n: number): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (a[i] > m) m = a[i];
  return m;
}
