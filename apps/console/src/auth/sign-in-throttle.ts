/**
 * Slows password guessing: after `limit` failed sign-ins for a username within `windowMs`, that
 * username is refused until the window has passed since the last failure. In memory, per
 * console process: a site with several consoles behind a balancer also has its identity provider.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Milliseconds until the username may try again; 0 when it may now. */
  waitFor(username: string, now: Date): number {
    const recent = this.recent(username, now);
    return recent.length >= this.limit ? recent[recent.length - 1] + this.windowMs - now.getTime() : 0;
  }

  failed(username: string, now: Date): void {
    this.failures.set(username, [...this.recent(username, now), now.getTime()]);
    // Bounded: usernames tried long ago are forgotten as others come in.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(username: string): void {
    this.failures.delete(username);
  }

  private recent(username: string, now: Date): number[] {
    return (this.failures.get(username) ?? []).filter((t) => now.getTime() - t < this.windowMs);
  }
}
