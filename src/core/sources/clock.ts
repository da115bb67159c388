/**
 * Time as a parameter: everything in `sources/` that waits or compares times takes a Clock, so tests
 * run on a manual clock and never sleep.
 */

/** Reads and waits for time, in milliseconds since the epoch. */
export interface Clock {
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time. */
  sleep(ms: number): Promise<void>;
}

/** The wall clock, for the CLI and the API. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that only moves when told to, or when something sleeps on it (sleeping advances it). */
export class ManualClock implements Clock {
  private current: number;
  /** Every sleep asked for, in order, so tests can assert on politeness delays. */
  readonly sleeps: number[] = [];

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  async sleep(ms: number): Promise<void> {
    const wait = Math.max(0, ms);
    this.sleeps.push(wait);
    this.current += wait;
  }

  /** Moves time forward by `ms`. */
  advance(ms: number): void {
    this.current += ms;
  }
}
