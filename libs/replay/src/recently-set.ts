/**
 * Remembers the values most recently set: at most `limit` keys, and never fewer than the last
 * `limit / 2` set. Two generations: when the newer fills half the limit, the older is dropped
 * whole and the newer takes its place.
 *
 * Why not one Map, dropping its first key past the limit: V8 leaves a deleted entry in place
 * until the table is rebuilt, and finding the first live key walks over all of them. At 500,000
 * declarations that walk made replay fall from about 18,000 to 5,000 declarations a second.
 */
export class RecentlySet<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly limit: number) {
    if (!(limit >= 2)) throw new Error(`a limit of at least 2 is needed, not ${limit}`);
  }

  get(key: string): V | undefined {
    return this.newer.has(key) ? this.newer.get(key) : this.older.get(key);
  }

  set(key: string, value: V): void {
    this.newer.set(key, value);
    if (this.newer.size < this.limit / 2) return;
    this.older = this.newer;
    this.newer = new Map();
  }

  /** Keys held, counting a key in both generations once for each. */
  get size(): number {
    return this.newer.size + this.older.size;
  }
}
