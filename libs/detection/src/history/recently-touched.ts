/**
 * Entries by key, at most `limit` of them and never fewer than the `limit / 2` touched last: what
 * bounds each of the history's maps against a sender who makes up keys (consignee names, contact
 * points, units). Touching a key (observing it again) moves it to the newer generation; when that
 * fills half the limit, the older generation is forgotten whole and the newer takes its place.
 * Events arrive roughly in event-time order, so the generation forgotten holds the keys whose
 * last event is oldest.
 *
 * Why not one Map, dropping its first key past the limit: V8 leaves a deleted entry in place
 * until the table is rebuilt, and finding the first live key walks over all of them (the replay
 * engine's RecentlySet met this at 500,000 declarations). Two generations cost the same at any size.
 *
 * Pure: what is kept depends only on the order of the calls, never on a clock.
 */
export class RecentlyTouched<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  /** `forgotten` hears of every entry dropped, by the limit or by `forgetWhere`, to tidy what refers to it. */
  constructor(
    readonly limit: number,
    private readonly forgotten?: (key: string, value: V) => void,
  ) {
    if (!(limit >= 2)) throw new Error(`a limit of at least 2 is needed, not ${limit}`);
  }

  get(key: string): V | undefined {
    const value = this.newer.get(key);
    return value !== undefined ? value : this.older.get(key);
  }

  /** Sets the value and counts the key as just used. */
  touch(key: string, value: V): void {
    if (this.older.size > 0) this.older.delete(key);
    this.newer.set(key, value);
    if (this.newer.size >= this.limit / 2) this.startGeneration();
  }

  /** Sets the value of a key held, where it is, without counting it as used; false if not held. */
  replace(key: string, value: V): boolean {
    const generation = this.newer.has(key) ? this.newer : this.older.has(key) ? this.older : undefined;
    generation?.set(key, value);
    return generation !== undefined;
  }

  delete(key: string): boolean {
    return this.newer.delete(key) || this.older.delete(key);
  }

  /** Keys held (a key lives in one generation only). */
  get size(): number {
    return this.newer.size + this.older.size;
  }

  /** Forgets every entry `stale` says is so: eviction by event time. `stale` may tidy the value it is shown. */
  forgetWhere(stale: (value: V, key: string) => boolean): void {
    for (const generation of [this.older, this.newer]) {
      for (const [key, value] of generation) {
        if (!stale(value, key)) continue;
        generation.delete(key);
        this.forgotten?.(key, value);
      }
    }
  }

  private startGeneration(): void {
    const dropped = this.older;
    this.older = this.newer;
    this.newer = new Map();
    if (this.forgotten) for (const [key, value] of dropped) this.forgotten(key, value);
  }
}
