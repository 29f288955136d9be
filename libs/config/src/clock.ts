/** The one source of "now", injected so that tests and replay control time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; for tests. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date): void {
    this.current = to;
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
